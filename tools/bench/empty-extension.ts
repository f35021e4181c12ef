/**
 * The baseline of the extension-page benchmarks (popup, editor): a generated extension whose one
 * page, `page.html`, holds a single module script, `script`, that sets the marks the benchmark
 * reads at once. What any extension page costs the browser to open. For Firefox it is
 * Manifest V2 with our add-on id, as the real build. Returns its folder; the caller removes it.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GECKO_ID, type BrowserName } from '../../tests/e2e/harness/browsers';

export function emptyExtension(name: BrowserName, script: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'backstory-baseline-ext-'));
  const manifest =
    name === 'chromium'
      ? { manifest_version: 3, name: 'baseline', version: '1', background: { service_worker: 'bg.js' } }
      : { manifest_version: 2, name: 'baseline', version: '1', browser_specific_settings: { gecko: { id: GECKO_ID } } };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'bg.js'), '');
  writeFileSync(join(dir, 'page.html'), '<!doctype html><meta charset="utf-8"><div id="app"></div><script type="module" src="page.js"></script>');
  writeFileSync(join(dir, 'page.js'), script);
  return dir;
}
