/**
 * The story packs that ship inside the extension: every JSON file in data/packs/. They are
 * validated by the unit tests (tests/unit/packs.test.ts) before a build can pass, so the
 * runtime takes them as typed.
 *
 * Each is bundled as JSON text (see modules/packs-as-json-text.ts): the content script is
 * compiled on every page and frame, and an engine compiles a long string far faster than the
 * same data written as an object literal. The text is parsed on first use, not when the module
 * loads: a page that names nothing never needs the packs.
 */
import type { Pack } from './schema';

const texts = import.meta.glob<string>('./packs/*.json', { eager: true, query: '?raw', import: 'default' });

let parsed: readonly Pack[] | null = null;

/** The bundled packs' JSON text, in file-name order. */
export function bundledPackTexts(): string[] {
  return Object.keys(texts)
    .sort()
    .map((path) => texts[path]!);
}

/** The bundled packs, in file-name order. */
export function bundledPacks(): readonly Pack[] {
  return (parsed ??= bundledPackTexts().map((text) => JSON.parse(text) as Pack));
}
