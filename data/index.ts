/**
 * The story packs that ship inside the extension: every JSON file in data/packs/. They are
 * validated by the unit tests (tests/unit/packs.test.ts) before a build can pass, so the
 * runtime takes them as typed.
 *
 * Each is bundled as JSON text (see modules/packs-as-json-text.ts), in the background's, the
 * popup's and the options page's bundles: an engine compiles a long string literal far faster
 * than the same data written as an object literal, and the background's script is evaluated
 * at each of its starts, which are frequent in Chrome (an idle service worker is stopped). The
 * text is parsed on first use, not when the module loads: a start of the background that
 * matches no page's text never needs the packs. Figures: docs/decisions/packs-as-json-text.md.
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
