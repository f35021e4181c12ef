/**
 * The story packs that ship inside the extension: every JSON file in data/packs/. They are
 * validated by the unit tests (tests/unit/packs.test.ts) before a build can pass, so the
 * runtime takes them as typed.
 *
 * Each is bundled as JSON text and parsed here (see scripts/build/packs-as-json-text.ts): the
 * content script is compiled on every page and frame, and an engine compiles a long string far
 * faster than the same data written as an object literal.
 */
import type { Pack } from './schema';

const texts = import.meta.glob<string>('./packs/*.json', { eager: true, query: '?raw', import: 'default' });

export const bundledPacks: readonly Pack[] = Object.keys(texts)
  .sort()
  .map((path) => JSON.parse(texts[path]!) as Pack);
