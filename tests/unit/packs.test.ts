import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Pack } from '../../data/schema';
import { formatProblems, validatePack } from '../../lib/knowledge/validate';

// __dirname, not import.meta.url: under happy-dom, URL is the page's, not Node's.
const PACKS_DIR = join(__dirname, '../../data/packs');
const EXAMPLES_DIR = join(__dirname, '../../data/examples');
const files = readdirSync(PACKS_DIR).filter((f) => f.endsWith('.json'));
const examples = readdirSync(EXAMPLES_DIR).filter((f) => f.endsWith('.json'));
const read = (dir: string, file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as unknown;

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

  it('are consistent with each other, as installed packs must be', () => {
    files.forEach((file, i) => {
      const others = files.filter((_, j) => j !== i).map((f) => read(PACKS_DIR, f) as Pack);
      const result = validatePack(read(PACKS_DIR, file), { installed: others });
      if (!result.ok) throw new Error(`${file}:\n${formatProblems(result.problems)}`);
    });
  });
});

describe('the example packs in data/examples', () => {
  const bundled = files.map((f) => read(PACKS_DIR, f) as Pack);

  for (const file of examples) {
    it(`${file} can be installed beside the bundled packs`, () => {
      const result = validatePack(read(EXAMPLES_DIR, file), { installed: bundled });
      if (!result.ok) throw new Error(`${file}:\n${formatProblems(result.problems)}`);
    });
  }

  it('the second story shares entities with the first, to show an entity in two stories', () => {
    const result = validatePack(read(EXAMPLES_DIR, 'us-paris-exit.json'), { installed: bundled });
    expect(result.ok && result.shared).toEqual(expect.arrayContaining(['united-states', 'european-union', 'donald-trump']));
  });
});

describe('every pack we write', () => {
  const all = [...files.map((f) => [f, read(PACKS_DIR, f)] as const), ...examples.map((f) => [f, read(EXAMPLES_DIR, f)] as const)];

  it.each(all)('%s dates its facts no later than its as-of date', (_file, raw) => {
    const pack = raw as Pack;
    const late = pack.entities.flatMap((e) => e.facts.filter((f) => f.date > pack.asOf).map((f) => `${e.id}: ${f.date}`));
    expect(late).toEqual([]);
  });

  it.each(all)('%s keeps facts oldest first', (_file, raw) => {
    const unordered = (raw as Pack).entities.filter((e) => e.facts.some((f, i) => i > 0 && f.date < e.facts[i - 1]!.date)).map((e) => e.id);
    expect(unordered).toEqual([]);
  });
});

describe('the pack-writing guide', () => {
  it('has an example pack that passes every check beside the bundled packs', () => {
    const guide = readFileSync(join(__dirname, '../../docs/packs.md'), 'utf8');
    const example = /```json\n([\s\S]*?)```/.exec(guide)![1]!;
    const bundled = files.map((f) => read(PACKS_DIR, f) as Pack);
    const result = validatePack(JSON.parse(example), { installed: bundled });
    if (!result.ok) throw new Error(formatProblems(result.problems));
  });
});
