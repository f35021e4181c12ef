import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblems, validatePack } from '../../lib/knowledge/validate';

// __dirname, not import.meta.url: under happy-dom, URL is the page's, not Node's.
const PACKS_DIR = join(__dirname, '../../data/packs');
const files = readdirSync(PACKS_DIR).filter((f) => f.endsWith('.json'));

/** Ids that other parts of the product and its tests rely on. */
const REQUIRED_IDS = [
  'ali-khamenei',
  'ruhollah-khomeini',
  'marco-rubio',
  'donald-trump',
  'jcpoa',
  'sanctions',
  'iran',
  'united-states',
  'european-union',
  'russia',
  'china',
  'israel',
  'saudi-arabia',
  'syria',
  'yemen',
  'us-congress',
  'middle-east',
];

describe('the story packs in data/packs', () => {
  it('exist', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  for (const file of files) {
    it(`${file} passes the schema and every cross-reference check`, () => {
      const result = validatePack(JSON.parse(readFileSync(join(PACKS_DIR, file), 'utf8')));
      if (!result.ok) throw new Error(`${file}:\n${formatProblems(result.problems)}`);
      expect(result.ok).toBe(true);
    });
  }

  it('the first story has the entities the product relies on', () => {
    const pack = JSON.parse(readFileSync(join(PACKS_DIR, 'us-iran-thaw.json'), 'utf8')) as { entities: { id: string }[] };
    const ids = new Set(pack.entities.map((e) => e.id));
    expect(REQUIRED_IDS.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('the first story dates its facts no later than its as-of date', () => {
    const pack = JSON.parse(readFileSync(join(PACKS_DIR, 'us-iran-thaw.json'), 'utf8')) as {
      asOf: string;
      entities: { id: string; facts: { date: string }[] }[];
    };
    const late = pack.entities.flatMap((e) => e.facts.filter((f) => f.date > pack.asOf).map((f) => `${e.id}: ${f.date}`));
    expect(late).toEqual([]);
  });

  it('the first story corrects the article on Trump being a "former President"', () => {
    const pack = JSON.parse(readFileSync(join(PACKS_DIR, 'us-iran-thaw.json'), 'utf8')) as {
      story: { corrections?: { text: string }[] };
    };
    const corrections = (pack.story.corrections ?? []).map((c) => c.text).join(' ');
    expect(corrections).toMatch(/former President/i);
    expect(corrections).toMatch(/2025/);
  });
});
