/**
 * The shape of a story pack, defined once: the validator (lib/knowledge/validate.ts) checks
 * packs against these schemas and the TypeScript types are inferred from them, so the two can
 * never drift apart. Cross-references (related ids, reaction actors, stance labels) and
 * uniqueness are checked in the validator, because they need the whole pack.
 *
 * Field-by-field documentation for pack writers is in data/README.md.
 */
import * as v from 'valibot';

export const SCHEMA_VERSION = 1;

/** Limits that keep a pack small enough to compile on every page and safe to render. */
export const LIMITS = {
  idLength: 64,
  shortText: 200,
  longText: 2000,
  aliasesPerEntity: 64,
  entities: 20000,
} as const;

export const ENTITY_TYPES = [
  'person',
  'country',
  'organization',
  'agreement',
  'policy',
  'region',
  'place',
  'concept',
] as const;

/** Where a statement comes from: the story's source article, or established background. */
export const SOURCES = ['article', 'background'] as const;

/** How a stance label should be coloured; the UI maps tones to colours. */
export const STANCE_TONES = ['positive', 'cautious', 'negative', 'neutral', 'mixed'] as const;

const ID = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens'),
  v.maxLength(LIMITS.idLength, `must be at most ${LIMITS.idLength} characters`),
);

const text = (max: number) =>
  v.pipe(
    v.string(),
    v.trim(),
    v.nonEmpty('must not be empty'),
    v.maxLength(max, `must be at most ${max} characters`),
  );

/** A date as precise as it is known: 2015, 2015-07 or 2015-07-14. */
const PARTIAL_DATE = v.pipe(
  v.string(),
  v.regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD'),
);

const FULL_DATE = v.pipe(
  v.string(),
  v.regex(/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/, 'must be YYYY-MM-DD'),
);

const SOURCE = v.picklist(SOURCES, `must be one of: ${SOURCES.join(', ')}`);

/** A sentence or paragraph with its provenance. */
export const StatementSchema = v.strictObject({
  text: text(LIMITS.longText),
  source: SOURCE,
});

export const AliasSchema = v.strictObject({
  /** The form as readers meet it: "Khamenei", "U.S.", "خامنه‌ای". */
  text: text(LIMITS.shortText),
  /** Only this exact capitalisation counts ("US" but not "us"). Default false. */
  caseSensitive: v.optional(v.boolean()),
  /**
   * How the form relates to the name, shown on the card as the reason for a match:
   * name (a full or usual name), short (a surname or short form), abbreviation,
   * inflection (Iranian, sanctioned), transliteration (Khamene'i), script (another script).
   */
  kind: v.optional(v.picklist(['name', 'short', 'abbreviation', 'inflection', 'transliteration', 'script'])),
  /** BCP 47 language of the form when it is not English, e.g. "fa" for Persian. */
  lang: v.optional(v.pipe(v.string(), v.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 tag'))),
  /**
   * The form is also an everyday word or another person's name ("Trump", "Congress",
   * "sanctions"): it counts only where the page is about the story or its neighbours agree.
   */
  ambiguous: v.optional(v.boolean()),
});

export const FactSchema = v.strictObject({
  date: PARTIAL_DATE,
  text: text(LIMITS.longText),
  source: SOURCE,
});

export const StanceSchema = v.strictObject({
  /** The id of one of the pack's stance labels. */
  label: ID,
  summary: text(LIMITS.longText),
  source: SOURCE,
});

export const EntitySchema = v.strictObject({
  id: ID,
  name: text(LIMITS.shortText),
  type: v.picklist(ENTITY_TYPES, `must be one of: ${ENTITY_TYPES.join(', ')}`),
  aliases: v.pipe(
    v.array(AliasSchema),
    v.minLength(1, 'must list at least one alias'),
    v.maxLength(LIMITS.aliasesPerEntity, `must list at most ${LIMITS.aliasesPerEntity} aliases`),
  ),
  /** One line for the card: who or what it is, true as of the pack's date. */
  description: text(LIMITS.shortText),
  /** Its part in this story. */
  role: StatementSchema,
  stance: v.optional(StanceSchema),
  /** Dated key facts, oldest first. */
  facts: v.array(FactSchema),
  /** Ids of other entities of the pack. */
  related: v.array(ID),
  /** Words that look like an alias but are not this entity (Khomeini for Khamenei). */
  confusables: v.optional(v.array(text(LIMITS.shortText))),
});

export const StanceLabelSchema = v.strictObject({
  id: ID,
  label: text(LIMITS.shortText),
  tone: v.picklist(STANCE_TONES, `must be one of: ${STANCE_TONES.join(', ')}`),
});

export const ReactionSchema = v.strictObject({
  /** The id of an entity of the pack. */
  actor: ID,
  /** The id of one of the pack's stance labels. */
  stance: ID,
  summary: text(LIMITS.longText),
  source: SOURCE,
});

export const ArticleSchema = v.strictObject({
  title: text(LIMITS.shortText),
  /** What is known of where the article came from; no link is followed. */
  note: text(LIMITS.longText),
});

export const StorySchema = v.strictObject({
  title: text(LIMITS.shortText),
  summary: StatementSchema,
  background: v.pipe(v.array(StatementSchema), v.minLength(1, 'must have at least one paragraph')),
  impact: v.pipe(v.array(StatementSchema), v.minLength(1, 'must have at least one item')),
  reactions: v.pipe(v.array(ReactionSchema), v.minLength(1, 'must have at least one reaction')),
  next: v.pipe(v.array(StatementSchema), v.minLength(1, 'must have at least one item')),
  /** Where the article gets something wrong, and what is true instead. */
  corrections: v.optional(v.array(StatementSchema)),
});

export const PackSchema = v.strictObject({
  schemaVersion: v.literal(SCHEMA_VERSION, `must be ${SCHEMA_VERSION}`),
  id: ID,
  /** The date as of which every fact in the pack is true. */
  asOf: FULL_DATE,
  language: v.pipe(v.string(), v.regex(/^[a-z]{2,3}$/, 'must be a two- or three-letter language code')),
  article: ArticleSchema,
  stanceLabels: v.pipe(v.array(StanceLabelSchema), v.minLength(1, 'must have at least one label')),
  story: StorySchema,
  entities: v.pipe(
    v.array(EntitySchema),
    v.minLength(1, 'must have at least one entity'),
    v.maxLength(LIMITS.entities, `must have at most ${LIMITS.entities} entities`),
  ),
});

export type Statement = v.InferOutput<typeof StatementSchema>;
export type Alias = v.InferOutput<typeof AliasSchema>;
export type AliasKind = NonNullable<Alias['kind']>;
export type Fact = v.InferOutput<typeof FactSchema>;
export type Stance = v.InferOutput<typeof StanceSchema>;
export type Entity = v.InferOutput<typeof EntitySchema>;
export type EntityType = Entity['type'];
export type StanceLabel = v.InferOutput<typeof StanceLabelSchema>;
export type StanceTone = StanceLabel['tone'];
export type Reaction = v.InferOutput<typeof ReactionSchema>;
export type Story = v.InferOutput<typeof StorySchema>;
export type Pack = v.InferOutput<typeof PackSchema>;
export type Source = Statement['source'];
