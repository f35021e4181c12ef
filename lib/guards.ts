/**
 * Small checks of unknown values, for what is read without a schema: what the extension sends a
 * page's content script (protocol/, where valibot's schemas would be compiled in every frame of
 * every page: docs/decisions/page-side-checks.md) and the quick check of a stored pack
 * (lib/knowledge/stored-pack.ts). What pages send, and settings, are checked with valibot.
 */

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A whole number of at least 0. */
export function isCount(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0;
}

/** An id, alias or type word: a string of at most 256 characters. */
export function isWord(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 256;
}

export function isListOf(value: unknown, test: (item: unknown) => boolean, max = Infinity): value is unknown[] {
  return Array.isArray(value) && value.length <= max && value.every(test);
}
