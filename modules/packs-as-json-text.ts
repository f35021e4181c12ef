/**
 * A WXT module with a Vite plugin that bundles each story pack of data/packs/ (imported with `?raw`, see
 * data/index.ts) as its JSON text with the white space taken out. data/index.ts and
 * lib/knowledge/bundled.ts parse that text when it is first used. The alternative, the
 * bundler's JSON import, writes a pack out as an object literal, which the engine must compile
 * with the script that carries it: the background at each of its starts (frequent in Chrome,
 * where an idle service worker is stopped), the popup and the options page each time they open.
 * A string literal compiles much faster, and parsing it is quick. Figures:
 * docs/decisions/packs-as-json-text.md.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { addViteConfig, defineWxtModule } from 'wxt/modules';

export function packsAsJsonTextPlugin(packsDir: string): Plugin {
  const dir = resolve(packsDir);
  return {
    name: 'backstory-packs-as-json-text',
    enforce: 'pre',
    load(id) {
      const [file, query] = id.split('?');
      if (query !== 'raw' || !file?.endsWith('.json') || dirname(resolve(file)) !== dir) return null;
      // Parsed and written again: the same data, and a broken file fails the build here.
      const text = JSON.stringify(JSON.parse(readFileSync(file, 'utf8')));
      return `export default ${JSON.stringify(text)};`;
    },
  };
}

/** Loaded by WXT from modules/: adds the plugin to every build. */
export default defineWxtModule({
  name: 'backstory:packs-as-json-text',
  setup(wxt) {
    addViteConfig(wxt, () => ({ plugins: [packsAsJsonTextPlugin(resolve(wxt.config.root, 'data/packs'))] }));
  },
});
