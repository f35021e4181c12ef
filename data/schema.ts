/**
 * The shape of a story pack, defined once: the validator (lib/knowledge/validate.ts) checks
 * packs against these schemas and the TypeScript types are inferred from them, so the two can
 * never drift apart. Cross-references (related ids, reaction actors, stance labels) and
 * uniqueness are checked in the validator, because they need the whole pack.
 *
 * Field-by-field documentation for pack writers is in docs/packs.md.
 */
import * as v from 'valibot';
import { ALIAS_KINDS, ENTITY_TYPES, SCHEMA_VERSION, SCHEMA_VERSIONS, SOURCES, STANCE_TONES } from './vocabulary';

export { ENTITY_TYPES };

/**
 * Limits that keep a pack safe to render and small enough for the background to compile at each
 * of its starts, and for the popup and the options page to read. A pack that breaks one is
 * refused whole; lists are measured before their items are checked, so an oversized pack is
 * refused quickly.
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
  /** Sources a pack may list, and sources one statement may cite. */
  sources: 5000,
  citesPerStatement: 20,
  /** Statements of an entity's role. */
  roleStatements: 5,
  /** Events in the story's `since`. */
  sinceItems: 100,
  /** How the interface names the article when it attributes a claim to it. */
  articleName: 80,
  /** A source's address. */
  url: 2000,
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
 * says) are refused too, as are other invisible characters (the zero-width space, the Arabic
 * letter mark, line and paragraph separators, tag characters, Hangul fillers, interlinear
 * annotation marks, the byte-order mark) and broken surrogate pairs. Persian's zero-width
 * non-joiner, the zero-width joiner and the left-to-right and right-to-left marks are allowed:
 * mixed-script text needs them.
 */
const NOT_PLAIN =
  /<[A-Za-z!/?]|[\u0000-\u001f\u007f-\u009f\u061c\u115f\u1160\u180e\u200b\u2028-\u202e\u2060-\u2064\u2066-\u206f\u3164\ufeff\uffa0\ufff9-\ufffb]|\udb40[\udc00-\udc7f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function isPlainText(value: string): boolean {
  return !NOT_PLAIN.test(value);
}

/** What NOT_PLAIN refuses besides markup: characters to leave out of text taken from a page. */
const NOT_PLAIN_CHARACTERS = new RegExp(NOT_PLAIN.source.slice(NOT_PLAIN.source.indexOf('|') + 1), 'g');

/**
 * Text from elsewhere (a web page a story is drafted from) made plain as a pack needs it: the
 * characters a pack refuses left out, and what would read as markup ("<b") broken with a single
 * angle quote, so that the words stay.
 */
export function toPlainText(value: string): string {
  return value.replace(NOT_PLAIN_CHARACTERS, '').replace(/<(?=[A-Za-z!/?])/g, '‹');
}

/** Whether `url` is an address a source may have: https, a host with a dot, at most LIMITS.url long. */
export function isSourceUrl(url: string): boolean {
  return url.length <= LIMITS.url && HTTPS_URL.test(url) && isPlainText(url);
}

// Dot-separated parts cannot overlap, so a long bad address is refused in linear time.
const HTTPS_URL = /^https:\/\/[^\s/?#.]+(?:\.[^\s/?#.]+)+(?:[/?#]\S*)?$/;

const text = (max: number) =>
  v.pipe(
    v.string(),
    v.maxLength(max, `must be at most ${max} characters`),
    v.trim(),
    v.nonEmpty('must not be empty'),
    v.check(isPlainText, 'must be plain text: no markup (<…>), control or invisible characters, or direction overrides'),
  );

/** A list of at most `max` items. */
const list = <T extends v.GenericSchema>(item: T, max: number, what: string) =>
  v.pipe(v.array(item), v.maxLength(max, `must have at most ${max} ${what}`));

/** A list of at least one and at most `max` items. */
const someOf = <T extends v.GenericSchema>(item: T, max: number, what: string, none: string) =>
  v.pipe(v.array(item), v.minLength(1, none), v.maxLength(max, `must have at most ${max} ${what}`));

/** Whether a date's day, if it has one, is a day of its month (no 31 February). */
function dayExists(date: string): boolean {
  if (date.length !== 10) return true;
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A date as precise as it is known: 2015, 2015-07 or 2015-07-14. */
const PARTIAL_DATE = v.pipe(
  v.string(),
  v.regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD'),
  v.check(dayExists, 'is a day its month does not have'),
);

/** A day, YYYY-MM-DD, that its month has. */
export const FULL_DATE = v.pipe(
  v.string(),
  v.regex(/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/, 'must be YYYY-MM-DD'),
  v.check(dayExists, 'is a day its month does not have'),
);

const SOURCE = v.picklist(SOURCES, `must be one of: ${SOURCES.join(', ')}`);

/**
 * The ids of the pack's sources (its `sources` list) a statement rests on. The validator checks
 * that each exists, and that every statement marked "background" cites at least one.
 */
const CITES = v.optional(list(ID, LIMITS.citesPerStatement, 'cited sources'));

/** A published report or official text the pack's statements rest on. */
const SourceSchema = v.strictObject({
  id: ID,
  /** Who published it: "Reuters", "The White House". */
  publisher: text(LIMITS.shortText),
  /**
   * Its headline or title, as published; in square brackets, a description of a page whose
   * headline is not known ("[Report on oil prices in the first week of the war]").
   */
  title: text(LIMITS.shortText),
  /** When it was published, as precisely as it says (an undated timeline page: its year). */
  date: PARTIAL_DATE,
  /** Where it is: an https address. Backstory never fetches it; the reader may open it. */
  url: v.pipe(
    v.string(),
    v.maxLength(LIMITS.url, `must be at most ${LIMITS.url} characters`),
    v.regex(HTTPS_URL, 'must be an https address'),
    v.check(isPlainText, 'must be plain text: no markup (<…>), control or invisible characters, or direction overrides'),
  ),
});

/** A sentence or paragraph with its provenance. */
const StatementSchema = v.strictObject({
  text: text(LIMITS.longText),
  source: SOURCE,
  cites: CITES,
});

const AliasSchema = v.strictObject({
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
   * "Russian"): it counts only where the page is about the story or its neighbours agree.
   */
  ambiguous: v.optional(v.boolean()),
  /**
   * The form is a generic phrase that means this entity only on a page about the story
   * ("sanctions", "nuclear program", "oil prices"): it counts only there, and never vouches for
   * a neighbour. Implies `ambiguous`.
   */
  needsStory: v.optional(v.boolean()),
  /**
   * The form names this entity only from or until a date, both included: a title that passes
   * from holder to holder ("Iran's supreme leader"), a surname two holders share. The page's
   * date decides which holder it names.
   */
  from: v.optional(FULL_DATE),
  until: v.optional(FULL_DATE),
});

const FactSchema = v.strictObject({
  date: PARTIAL_DATE,
  text: text(LIMITS.longText),
  source: SOURCE,
  cites: CITES,
});

const StanceSchema = v.strictObject({
  /** The id of one of the pack's stance labels. */
  label: ID,
  summary: text(LIMITS.longText),
  source: SOURCE,
  cites: CITES,
});

export const EntitySchema = v.strictObject({
  id: ID,
  name: text(LIMITS.shortText),
  type: v.picklist(ENTITY_TYPES, `must be one of: ${ENTITY_TYPES.join(', ')}`),
  aliases: someOf(AliasSchema, LIMITS.aliasesPerEntity, 'aliases', 'must list at least one alias'),
  /** One line for the card: who or what it is, true as of the pack's date. */
  description: text(LIMITS.shortText),
  /** Its part in this story: what the article claims of it, and the background, each apart. */
  role: someOf(StatementSchema, LIMITS.roleStatements, 'statements', 'must have at least one statement'),
  stance: v.optional(StanceSchema),
  /** Dated key facts, oldest first. */
  facts: list(FactSchema, LIMITS.factsPerEntity, 'facts'),
  /** Ids of other entities of the pack. */
  related: list(ID, LIMITS.relatedPerEntity, 'related ids'),
  /** Words that look like an alias but are not this entity (Khomeini for Khamenei). */
  confusables: v.optional(list(text(LIMITS.shortText), LIMITS.confusablesPerEntity, 'confusables')),
});

const StanceLabelSchema = v.strictObject({
  id: ID,
  label: text(LIMITS.shortText),
  tone: v.picklist(STANCE_TONES, `must be one of: ${STANCE_TONES.join(', ')}`),
});

const ReactionSchema = v.strictObject({
  /** The id of an entity of the pack. */
  actor: ID,
  /** The id of one of the pack's stance labels. */
  stance: ID,
  summary: text(LIMITS.longText),
  source: SOURCE,
  cites: CITES,
});

const ArticleSchema = v.strictObject({
  title: text(LIMITS.shortText),
  /**
   * How the interface names the article wherever it attributes a claim to it ("per Rubio's
   * Bloomberg interview, 14 Feb 2026"): "the article" would read as the page in front of the
   * reader.
   */
  name: text(LIMITS.articleName),
  /** When it was published, as precisely as known; pages without a date of their own fall back to it. */
  date: v.optional(PARTIAL_DATE),
  /** What is known of where the article came from; no link is followed. */
  note: text(LIMITS.longText),
  /** Reports of what the article relays. */
  cites: CITES,
});

const StorySchema = v.strictObject({
  title: text(LIMITS.shortText),
  summary: StatementSchema,
  background: someOf(StatementSchema, LIMITS.storyItems, 'paragraphs', 'must have at least one paragraph'),
  impact: someOf(StatementSchema, LIMITS.storyItems, 'items', 'must have at least one item'),
  reactions: someOf(ReactionSchema, LIMITS.reactions, 'reactions', 'must have at least one reaction'),
  next: someOf(StatementSchema, LIMITS.storyItems, 'items', 'must have at least one item'),
  /** Where the article gets something wrong, and what is true instead. */
  corrections: v.optional(list(StatementSchema, LIMITS.storyItems, 'corrections')),
  /** What happened after the article, dated, oldest first. */
  since: v.optional(list(FactSchema, LIMITS.sinceItems, 'events')),
  /**
   * Ids of the entities that make a page about this story when it names them for sure (Iran,
   * the JCPOA), as the great powers or Trump do not. Without the list, every entity does.
   */
  anchors: v.optional(list(ID, LIMITS.entities, 'anchors')),
});

const PACK_FIELDS = {
  schemaVersion: v.picklist(SCHEMA_VERSIONS, `must be ${SCHEMA_VERSION} (or 1, for a pack written without sources)`),
  id: ID,
  /** The date as of which every fact in the pack is true. */
  asOf: FULL_DATE,
  /**
   * Which edition of the story this is (1 when left out): installing a higher one replaces a
   * lower one in place, the bundled story's included (lib/knowledge/revisions.ts).
   */
  revision: v.optional(
    v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(1, 'must be 1 or more'), v.maxValue(1_000_000, 'must be at most 1000000')),
  ),
  /** The day this revision was made. */
  updated: v.optional(FULL_DATE),
  language: v.pipe(
    v.string(),
    v.maxLength(3, 'must be a two- or three-letter language code'),
    v.regex(/^[a-z]{2,3}$/, 'must be a two- or three-letter language code'),
  ),
  article: ArticleSchema,
  /** The reports and official texts the pack's statements cite. */
  sources: list(SourceSchema, LIMITS.sources, 'sources'),
  stanceLabels: someOf(StanceLabelSchema, LIMITS.stanceLabels, 'labels', 'must have at least one label'),
  story: StorySchema,
};

const entities = <T extends v.GenericSchema>(item: T) =>
  someOf(item, LIMITS.entities, 'entities', 'must have at least one entity');

const PackSchema = v.strictObject({ ...PACK_FIELDS, entities: entities(EntitySchema) });

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
export type Entity = v.InferOutput<typeof EntitySchema>;
export type EntityType = Entity['type'];
export type StanceLabel = v.InferOutput<typeof StanceLabelSchema>;
export type Pack = v.InferOutput<typeof PackSchema>;
/** Where a statement comes from: the article, or the background. */
export type Provenance = Statement['source'];
export type Source = v.InferOutput<typeof SourceSchema>;
