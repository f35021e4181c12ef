/**
 * A WXT module with a Vite plugin that hands webextension-polyfill to the bundle as an ES module with one default
 * export. The polyfill is CommonJS; the bundler's usual interop copies every property of what
 * it exports into a module namespace, and where the browser has its own `browser` object (which
 * the polyfill then exports as it is) that copy makes Chromium build every extension API's
 * binding, at the start of the content script on every page and frame. Here the polyfill's own
 * file (read from node_modules at build time) runs in a CommonJS-shaped scope and its
 * `module.exports` is exported as is: same code, same object, nothing copied.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';
import { addViteConfig, defineWxtModule } from 'wxt/modules';

const ID = 'webextension-polyfill';
const RESOLVED = '\0backstory:webextension-polyfill';

export function polyfillAsEsmPlugin(): Plugin {
  return {
    name: 'backstory-polyfill-as-esm',
    enforce: 'pre',
    resolveId(id) {
      return id === ID ? RESOLVED : null;
    },
    load(id) {
      if (id !== RESOLVED) return null;
      const file = createRequire(import.meta.url).resolve(ID);
      const source = readFileSync(file, 'utf8').replace(/\/\/# sourceMappingURL=.*$/m, '');
      // Its UMD wrapper takes the CommonJS branch when `exports` and `module` are defined.
      return `const module = { exports: {} };\nconst exports = module.exports;\n${source}\nexport default module.exports;\n`;
    },
  };
}

/** Loaded by WXT from modules/: adds the plugin to every build. */
export default defineWxtModule({
  name: 'backstory:polyfill-as-esm',
  setup(wxt) {
    addViteConfig(wxt, () => ({ plugins: [polyfillAsEsmPlugin()] }));
  },
});
