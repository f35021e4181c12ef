/**
 * The story packs that ship inside the extension: every JSON file in data/packs/. They are
 * validated by the unit tests (tests/unit/packs.test.ts) before a build can pass, so the
 * runtime takes them as typed.
 */
import type { Pack } from './schema';

const modules = import.meta.glob<{ default: Pack }>('./packs/*.json', { eager: true });

export const bundledPacks: readonly Pack[] = Object.keys(modules)
  .sort()
  .map((path) => modules[path]!.default);
