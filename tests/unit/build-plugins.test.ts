/**
 * The build's own Vite plugins, called as Vite would call them.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packsAsJsonTextPlugin } from '../../modules/packs-as-json-text';

const PACKS = join(__dirname, '../../data/packs');

/** Runs the plugin's load hook on `id`. */
function load(id: string): string | null {
  const plugin = packsAsJsonTextPlugin(PACKS);
  const hook = plugin.load as (id: string) => string | null;
  return hook.call({}, id);
}

describe('packsAsJsonTextPlugin', () => {
  it('bundles every pack as JSON text with the same data and no white space between tokens', () => {
    const files = readdirSync(PACKS).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const code = load(`${join(PACKS, file)}?raw`);
      const match = /^export default (".*");$/s.exec(code ?? '');
      expect(match, file).not.toBeNull();
      const text = JSON.parse(match![1]!) as string;
      expect(JSON.parse(text), file).toEqual(JSON.parse(readFileSync(join(PACKS, file), 'utf8')));
      expect(text, file).toBe(JSON.stringify(JSON.parse(text)));
    }
  });

  it('leaves every other module to Vite', () => {
    const pack = join(PACKS, readdirSync(PACKS).find((f) => f.endsWith('.json'))!);
    expect(load(pack)).toBeNull(); // a plain JSON import
    expect(load(`${pack}?url`)).toBeNull();
    expect(load(`${join(__dirname, '../../package.json')}?raw`)).toBeNull();
  });
});
