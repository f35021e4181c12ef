import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Pack } from '../../data/schema';
import { isAfter } from '../../lib/dates';
import { formatProblems, validatePack } from '../../lib/knowledge/validate';
import { statementsOf } from './pack-fixture';

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
  'mojtaba-khamenei',
  'iran-war-2026',
  'us-iran-mou-2026',
  'jared-kushner',
  'jd-vance',
  'ali-larijani',
  'qatar',
  'united-kingdom',
  'france',
  'germany',
  'npt',
  'reza-pahlavi',
];

/** Packs in data/ written in format version 1, which load without citations: none may be. */
const VERSION_1: string[] = [];

/** Longest card description in the packs we write. */
const DESCRIPTION_MAX = 140;

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

  it('the first story corrects the article: Trump is no "former President", and the deal it hopes to restore was overtaken', () => {
    const pack = read(PACKS_DIR, 'us-iran-thaw.json') as Pack;
    const corrections = (pack.story.corrections ?? []).map((c) => c.text).join(' ');
    expect(corrections).toMatch(/former President/i);
    expect(corrections).toMatch(/2025/);
    expect(corrections).toMatch(/snapback/i);
  });

  it('the first story tells what happened since: the war, Khamenei’s death, the succession, the memorandum', () => {
    const pack = read(PACKS_DIR, 'us-iran-thaw.json') as Pack;
    const since = (pack.story.since ?? []).map((e) => `${e.date} ${e.text}`).join('\n');
    expect(since).toMatch(/^2026-02-28 .*(Epic Fury|strikes)/m);
    expect(since).toMatch(/Khamenei.*killed|killed.*Khamenei/);
    expect(since).toMatch(/^2026-03-09 .*Mojtaba Khamenei/m);
    expect(since).toMatch(/^2026-06-\d\d .*memorandum/im);
    expect(pack.asOf >= '2026-06-19').toBe(true);
    const byId = new Map(pack.entities.map((e) => [e.id, e]));
    expect(byId.get('ali-khamenei')!.description).toMatch(/killed/);
    expect(byId.get('mojtaba-khamenei')!.description).toMatch(/Supreme Leader of Iran since March 2026/);
  });

  it('the first story names its article, never “the article”', () => {
    const text = readFileSync(join(PACKS_DIR, 'us-iran-thaw.json'), 'utf8');
    expect(text).not.toMatch(/the article|according to the article/i);
    expect((read(PACKS_DIR, 'us-iran-thaw.json') as Pack).article.name).toMatch(/Rubio/);
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
  const current = all.filter(([file]) => !VERSION_1.includes(file));

  it('is of the current format', () => {
    expect(all.filter(([, raw]) => (raw as Pack).schemaVersion !== 2).map(([file]) => file)).toEqual(VERSION_1);
  });

  it.each(all)('%s dates its facts and events no later than its as-of date', (_file, raw) => {
    const pack = raw as Pack;
    const dated = [...pack.entities.flatMap((e) => e.facts.map((f) => `${e.id}: ${f.date}`)), ...(pack.story.since ?? []).map((e) => `since: ${e.date}`)];
    expect(dated.filter((d) => isAfter(d.slice(d.lastIndexOf(' ') + 1), pack.asOf))).toEqual([]);
  });

  it.each(all)('%s keeps facts oldest first', (_file, raw) => {
    const unordered = (raw as Pack).entities.filter((e) => e.facts.some((f, i) => i > 0 && f.date < e.facts[i - 1]!.date)).map((e) => e.id);
    expect(unordered).toEqual([]);
  });

  it.each(current)('%s cites a listed source for every background statement (the validator’s rule, checked here apart)', (_file, raw) => {
    const pack = raw as Pack;
    const ids = new Set(pack.sources.map((s) => s.id));
      const statements = statementsOf(pack);
    const uncited = statements.filter((s) => s.source === 'background' && !(s.cites ?? []).some((id) => ids.has(id)));
    expect(uncited).toEqual([]);
    // And lists no source that nothing cites.
    const cited = new Set([...(pack.article.cites ?? []), ...statements.flatMap((s) => s.cites ?? [])]);
    expect([...ids].filter((id) => !cited.has(id))).toEqual([]);
  });

  it.each(current)('%s keeps each card description to 140 characters', (_file, raw) => {
    const long = (raw as Pack).entities.filter((e) => e.description.length > DESCRIPTION_MAX).map((e) => `${e.id} (${e.description.length})`);
    expect(long).toEqual([]);
  });

  it.each(current)('%s cites only https addresses dated no later than the pack', (_file, raw) => {
    const pack = raw as Pack;
    expect(pack.sources.filter((s) => !s.url.startsWith('https://') || isAfter(s.date, pack.asOf)).map((s) => s.id)).toEqual([]);
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
