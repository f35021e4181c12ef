/**
 * The shape of a story pack, defined once: the validator (lib/knowledge/validate.ts) checks
 * packs against these schemas and the TypeScript types are inferred from them, so the two can
 * never drift apart. Cross-references (related ids, reaction actors, stance labels) and
 * uniqueness are checked in the validator, because they need the whole pack.
 *
 * Field-by-field documentation for pack writers is in data/README.md.
 */
import * as v from 'valibot';
import { ALIAS_KINDS, ENTITY_TYPES, SCHEMA_VERSION, SOURCES, STANCE_TONES } from './vocabulary';

export { ALIAS_KINDS, ENTITY_TYPES, SCHEMA_VERSION, SOURCES, STANCE_TONES };

/**
 * Limits that keep a pack small enough to compile on every page and safe to render. A pack
 * that breaks one is refused whole; lists are measured before their items are checked, so an
 * oversized pack is refused quickly.
 */
export const LIMITS = {
  idLength: 64,
  shortText: 200,
  longText: 2000,
  languageTag: 35,
  aliasesPerEntity: 64,
  confusablesPerEntity: 64,
  factsPerEntity: 100,
  relatedPerEntity: 100,
  /** Paragraphs or items in each part of the story (background, impact, next, corrections). */
  storyItems: 50,
  reactions: 200,
  stanceLabels: 20,
  entities: 20000,
  /** Aliases over the whole pack. */
  aliases: 200000,
  /** The pack file's length in characters (16 million: a 20,000-entity pack fits). */
  fileCharacters: 16_000_000,
} as const;

const ID = v.pipe(
  v.string(),
  v.maxLength(LIMITS.idLength, `must be at most ${LIMITS.idLength} characters`),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens'),
);

/**
 * Pack text is shown as text, never as HTML, so markup would only ever show as stray angle
 * brackets; it is refused so that no writer expects it to work and no pack carries any. Control
 * characters and bidirectional overrides (which can make text read differently from what it
 * says) are refused too, as are broken surrogate pairs. Persian's zero-width non-joiner and the
 * left-to-right and right-to-left marks are allowed: mixed-script text needs them.
 */
const NOT_PLAIN = /<[A-Za-z!/?]|[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function isPlainText(value: string): boolean {
  return !NOT_PLAIN.test(value);
}

const text = (max: number) =>
  v.pipe(
    v.string(),
    v.maxLength(max, `must be at most ${max} characters`),
    v.trim(),
    v.nonEmpty('must not be empty'),
    v.check(isPlainText, 'must be plain text: no markup (<…>), control characters or direction overrides'),
  );

/** A list of at most `max` items. */
const list = <T extends v.GenericSchema>(item: T, max: number, what: string) =>
  v.pipe(v.array(item), v.maxLength(max, `must have at most ${max} ${what}`));

/** A list of at least one and at most `max` items. */
const someOf = <T extends v.GenericSchema>(item: T, max: number, what: string, none: string) =>
  v.pipe(v.array(item), v.minLength(1, none), v.maxLength(max, `must have at most ${max} ${what}`));

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
  kind: v.optional(v.picklist(ALIAS_KINDS)),
  /** BCP 47 language of the form when it is not English, e.g. "fa" for Persian. */
  lang: v.optional(
    v.pipe(
      v.string(),
      v.maxLength(LIMITS.languageTag, `must be at most ${LIMITS.languageTag} characters`),
      v.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 tag'),
    ),
  ),
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
  aliases: someOf(AliasSchema, LIMITS.aliasesPerEntity, 'aliases', 'must list at least one alias'),
  /** One line for the card: who or what it is, true as of the pack's date. */
  description: text(LIMITS.shortText),
  /** Its part in this story. */
  role: StatementSchema,
  stance: v.optional(StanceSchema),
  /** Dated key facts, oldest first. */
  facts: list(FactSchema, LIMITS.factsPerEntity, 'facts'),
  /** Ids of other entities of the pack. */
  related: list(ID, LIMITS.relatedPerEntity, 'related ids'),
  /** Words that look like an alias but are not this entity (Khomeini for Khamenei). */
  confusables: v.optional(list(text(LIMITS.shortText), LIMITS.confusablesPerEntity, 'confusables')),
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
  background: someOf(StatementSchema, LIMITS.storyItems, 'paragraphs', 'must have at least one paragraph'),
  impact: someOf(StatementSchema, LIMITS.storyItems, 'items', 'must have at least one item'),
  reactions: someOf(ReactionSchema, LIMITS.reactions, 'reactions', 'must have at least one reaction'),
  next: someOf(StatementSchema, LIMITS.storyItems, 'items', 'must have at least one item'),
  /** Where the article gets something wrong, and what is true instead. */
  corrections: v.optional(list(StatementSchema, LIMITS.storyItems, 'corrections')),
});

const PACK_FIELDS = {
  schemaVersion: v.literal(SCHEMA_VERSION, `must be ${SCHEMA_VERSION}`),
  id: ID,
  /** The date as of which every fact in the pack is true. */
  asOf: FULL_DATE,
  language: v.pipe(
    v.string(),
    v.maxLength(3, 'must be a two- or three-letter language code'),
    v.regex(/^[a-z]{2,3}$/, 'must be a two- or three-letter language code'),
  ),
  article: ArticleSchema,
  stanceLabels: someOf(StanceLabelSchema, LIMITS.stanceLabels, 'labels', 'must have at least one label'),
  story: StorySchema,
};

const entities = <T extends v.GenericSchema>(item: T) =>
  someOf(item, LIMITS.entities, 'entities', 'must have at least one entity');

export const PackSchema = v.strictObject({ ...PACK_FIELDS, entities: entities(EntitySchema) });

/**
 * The pack with its entities left unchecked. The validator checks those one at a time against
 * EntitySchema, so that a pack with thousands of bad entities is refused after the first
 * hundred problems instead of being reported in full.
 */
export const PackShellSchema = v.strictObject({ ...PACK_FIELDS, entities: entities(v.unknown()) });

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
