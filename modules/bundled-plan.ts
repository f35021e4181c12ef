/**
 * A WXT module with a Vite plugin that compiles the packs in data/packs/ at build time and offers the result as
 * the module `virtual:backstory/bundled-plan` (see lib/knowledge/plan.ts), which only the
 * background imports. The background makes its knowledge at each of its starts, and in Chrome
 * it starts often (an idle service worker is stopped); with no pack installed, it rebuilds the
 * knowledge from this plan, which is faster than compiling the bundled packs (figures:
 * docs/decisions/build-time-plan.md). A pack that fails validation fails the build, with the
 * validator's list of problems.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { addViteConfig, defineWxtModule } from 'wxt/modules';
import type { Pack } from '../data/schema';
import { compileKnowledge } from '../lib/knowledge/compile';
import { planKnowledge } from '../lib/knowledge/plan';
import { formatProblems, validatePack } from '../lib/knowledge/validate';

const ID = 'virtual:backstory/bundled-plan';
const RESOLVED = `\0${ID}`;

/** The packs in `dir`, validated, in the order data/index.ts lists them (by file name). */
function readPacks(dir: string): { packs: Pack[]; files: string[] } {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(dir, f));
  const packs = files.map((file) => {
    const result = validatePack(JSON.parse(readFileSync(file, 'utf8')));
    if (!result.ok) throw new Error(`${file} is not a valid story pack:\n${formatProblems(result.problems)}`);
    return result.pack;
  });
  return { packs, files };
}

export function bundledPlanPlugin(packsDir: string): Plugin {
  return {
    name: 'backstory-bundled-plan',
    resolveId(id) {
      return id === ID ? RESOLVED : null;
    },
    load(id) {
      if (id !== RESOLVED) return null;
      const { packs, files } = readPacks(packsDir);
      for (const file of files) this.addWatchFile(file);
      const plan = planKnowledge(compileKnowledge(packs));
      // As JSON text, parsed where it is used (lib/knowledge/bundled.ts): engines compile a
      // string much faster than an object literal, and a start of the background that matches
      // no page's text never parses it (docs/decisions/packs-as-json-text.md).
      return `export const planText = ${JSON.stringify(JSON.stringify(plan))};\n`;
    },
  };
}

/** Loaded by WXT from modules/: adds the plugin to every build. */
export default defineWxtModule({
  name: 'backstory:bundled-plan',
  setup(wxt) {
    addViteConfig(wxt, () => ({ plugins: [bundledPlanPlugin(join(wxt.config.root, 'data/packs'))] }));
  },
});
