/**
 * A WXT module that ships PRIVACY.md inside the extension as privacy.txt, so that the options
 * page links the same statement the repository holds, read offline as plain text.
 */
import { resolve } from 'node:path';
import { defineWxtModule } from 'wxt/modules';

export default defineWxtModule({
  name: 'backstory:privacy-statement',
  setup(wxt) {
    wxt.hook('build:publicAssets', (_, files) => {
      files.push({ absoluteSrc: resolve(wxt.config.root, 'PRIVACY.md'), relativeDest: 'privacy.txt' });
    });
  },
});
