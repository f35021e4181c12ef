/**
 * The fixed words of the pack format: its version and the values its fields may take. The
 * schemas (./schema.ts) are built from these; modules that need only the words (the content
 * script's messages and settings) import them from here, so that they carry no schema.
 */
export const SCHEMA_VERSION = 2;

/**
 * The versions a pack may declare: the current one, and 1, whose packs are read in the current
 * structure but keep their number, which tells that their statements cite no sources
 * (lib/knowledge/upgrade.ts).
 */
export const SCHEMA_VERSIONS = [1, SCHEMA_VERSION] as const;

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

/** How a form relates to the name (see AliasSchema's `kind` in ./schema.ts). */
export const ALIAS_KINDS = ['name', 'short', 'abbreviation', 'inflection', 'transliteration', 'script', 'title'] as const;

export type AliasKind = (typeof ALIAS_KINDS)[number];
