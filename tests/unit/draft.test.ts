/**
 * Drafting a story from an article: sentences and their dates, the draft pack (valid as it
 * stands, sharing what installed packs know, quoting and attributing the article), the editor's
 * operations (references kept whole) and the aliases' preview; linear in the article's length.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledPacks } from '../../data';
import type { Pack } from '../../data/schema';
import { readArticle } from '../../lib/draft/article';
import { articleWords, previewAlias } from '../../lib/draft/alias-preview';
import { findDraftCandidates } from '../../lib/draft/candidates';
import { addEntity, isAnchor, mergeEntities, removeEntity, setAnchor } from '../../lib/draft/editing';
import { draftPack, NothingToDraft, type DraftInput } from '../../lib/draft/pack';
import { dateIn, sentencesOf } from '../../lib/draft/sentences';
import { validatePack } from '../../lib/knowledge/validate';

const FIXTURE = join(__dirname, '../fixtures/pages/draft-article.html');
const URL_OF = 'https://courier.example/2026/11/30/port-kessary-strike';

function fixtureDocument(): Document {
  const doc = document.implementation.createHTMLDocument('');
  doc.documentElement.innerHTML = readFileSync(FIXTURE, 'utf8').replace(/^<!doctype html>/i, '');
  return doc;
}

function fixtureInput(overrides: Partial<DraftInput> = {}): DraftInput {
  const article = readArticle(fixtureDocument(), URL_OF)!;
  return {
    article,
    language: 'en',
    candidates: findDraftCandidates(article.paragraphs, article.byline),
    known: [],
    installed: bundledPacks(),
    today: '2026-12-07',
    ...overrides,
  };
}

describe('sentences and dates', () => {
  it('splits sentences, but not after an initial, a title or an abbreviation', () => {
    const texts = sentencesOf(['Mr. Smith met Gen. Bagheri in the U.S. on Monday. He left. Then J. Doe spoke.[12] It ended.']).map((s) => s.text);
    expect(texts).toEqual(['Mr. Smith met Gen. Bagheri in the U.S. on Monday.', 'He left.', 'Then J. Doe spoke.[12]', 'It ended.']);
  });

  it('reads the most precise date a sentence gives, and a day without a year only up to the article', () => {
    expect(dateIn('It was signed on 14 July 2015 in Vienna.', null)).toBe('2015-07-14');
    expect(dateIn('On July 14, 2015, it was signed.', null)).toBe('2015-07-14');
    expect(dateIn('The strike of March 2019 lasted a week.', null)).toBe('2019-03');
    expect(dateIn('It was founded in 1921.', null)).toBe('1921');
    expect(dateIn('They met on 3 November.', '2026-11-30')).toBe('2026-11-03');
    expect(dateIn('They will meet on 3 December.', '2026-11-30')).toBeNull();
    expect(dateIn('They met on Thursday.', '2026-11-30')).toBeNull();
    expect(dateIn('Some 2019 people came.', null)).toBeNull();
  });
});

describe('a draft pack', () => {
  it('is a complete pack the validator accepts beside the installed packs', () => {
    const { pack } = draftPack(fixtureInput());
    const result = validatePack(pack, { installed: bundledPacks() });
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(pack.revision).toBe(1);
    expect(pack.asOf).toBe('2026-11-30');
    expect(pack.article.name).toBe('The Example Courier, 30 Nov 2026');
    expect(pack.sources).toEqual([
      { id: 'article', publisher: 'The Example Courier', title: 'Dockers walk out at Port Kessary over pay', date: '2026-11-30', url: URL_OF },
    ]);
  });

  it('quotes the article for each new entity and attributes it; dated sentences become facts', () => {
    const { pack } = draftPack(fixtureInput());
    const dana = pack.entities.find((e) => e.id === 'dana-whitcombe')!;
    expect(dana.type).toBe('person');
    expect(dana.aliases.map((a) => a.text)).toEqual(['Dana Whitcombe', 'Whitcombe']);
    expect(dana.aliases[1]!.kind).toBe('short');
    expect(dana.description).toMatch(/^The Example Courier, 30 Nov 2026: “Dana Whitcombe/);
    expect(dana.role.every((s) => s.source === 'article' && s.text.startsWith('“'))).toBe(true);
    const board = pack.entities.find((e) => e.id === 'coastal-labour-board')!;
    expect(board.facts.map((f) => f.date)).toEqual(['2019-03']);
    expect(pack.story.summary.text).toContain('Dock workers at Port Kessary stopped work');
    expect(pack.story.summary.source).toBe('article');
  });

  it('never proposes the byline, the menus or the footer', () => {
    const { pack, candidates } = draftPack(fixtureInput());
    const all = [...pack.entities.map((e) => e.name), ...candidates.map((c) => c.text)].join('|');
    expect(all).not.toMatch(/Mira Okonjo|Subscribe|Privacy|Home|Monday|November/);
  });

  it('shares an entity an installed pack knows, by its id, instead of duplicating it', () => {
    const bundled = bundledPacks();
    const iran = bundled[0]!.entities.find((e) => e.id === 'iran')!;
    const input = fixtureInput();
    const withIran = { ...input, candidates: [...input.candidates, { text: 'Iran', type: 'place' as const, count: 2, forms: [] }], known: [{ entity: iran, count: 2 }] };
    const { pack, candidates } = draftPack(withIran);
    expect(candidates.find((c) => c.text === 'Iran')?.entityId).toBe('iran');
    const shared = pack.entities.filter((e) => e.id === 'iran');
    expect(shared).toHaveLength(1);
    expect(shared[0]!.type).toBe(iran.type);
    const result = validatePack(pack, { installed: bundled });
    expect(result.ok && result.shared).toEqual(['iran']);
  });

  it('stays a pack the validator accepts, whatever the page gives', () => {
    const input = fixtureInput();
    const first = input.article.paragraphs[1]!;
    const variants: [string, Partial<DraftInput>][] = [
      ['a language with its region', { language: 'en-US' }],
      ['an article dated after the reader’s today', { article: { ...input.article, date: '2026-12-08' }, today: '2026-12-07' }],
      ['markup and invisible characters in its text', { article: { ...input.article, paragraphs: [`<b>Dana</b>\u200b ${first}`, ...input.article.paragraphs] } }],
      ['an address that is no source’s', { article: { ...input.article, url: 'https://localhost:8080/strike' } }],
      ['no title and no publisher', { article: { ...input.article, title: '', publisher: '' } }],
      ['a title cut inside an emoji', { article: { ...input.article, title: `${'x'.repeat(198)}😀😀😀` } }],
    ];
    for (const [what, change] of variants) {
      const { pack } = draftPack({ ...input, ...change });
      const result = validatePack(pack, { installed: bundledPacks() });
      expect(result.ok ? [] : result.problems, what).toEqual([]);
      expect(pack.entities.some((e) => e.id === 'dana-whitcombe'), what).toBe(true);
    }
  });

  it('takes a name for an installed entity by its full form only', () => {
    const input = fixtureInput();
    const kerry = { text: 'Kerry Washington', type: 'person' as const, count: 3, forms: ['Washington'] };
    const { pack, candidates } = draftPack({ ...input, candidates: [...input.candidates, kerry] });
    expect(candidates.find((c) => c.text === 'Kerry Washington')?.entityId).toBeUndefined();
    expect(pack.entities.some((e) => e.name === 'Kerry Washington')).toBe(true);
  });

  it('says so when the article names nothing', () => {
    const input = fixtureInput();
    expect(() => draftPack({ ...input, candidates: [], known: [] })).toThrow(NothingToDraft);
  });

  it('takes time in proportion to the article: ten times the text, about ten times the work', () => {
    const input = fixtureInput();
    const longer = (n: number) => ({ ...input, article: { ...input.article, paragraphs: Array.from({ length: n }, () => input.article.paragraphs).flat() } });
    const time = (n: number) => {
      const started = performance.now();
      for (let i = 0; i < 3; i++) draftPack(longer(n));
      return performance.now() - started;
    };
    time(5);
    const ratio = time(100) / Math.max(time(10), 0.05);
    expect(ratio).toBeLessThan(35);
  });
});

describe('editing a draft', () => {
  const pack = (): Pack => draftPack(fixtureInput()).pack;

  it('merges one entity into another, keeping every reference whole', () => {
    const before = pack();
    const merged = mergeEntities(before, 'tobias-lindqvist', 'kessary-port-authority');
    expect(merged.entities.some((e) => e.id === 'tobias-lindqvist')).toBe(false);
    const authority = merged.entities.find((e) => e.id === 'kessary-port-authority')!;
    expect(authority.aliases.map((a) => a.text)).toEqual(expect.arrayContaining(['Kessary Port Authority', 'Tobias Lindqvist', 'Lindqvist']));
    const result = validatePack(merged, { installed: bundledPacks() });
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(before.entities.some((e) => e.id === 'tobias-lindqvist')).toBe(true);
  });

  it('removes an entity and every reference to it; adds one with a free id', () => {
    const removed = removeEntity(pack(), 'dana-whitcombe');
    expect(JSON.stringify(removed)).not.toContain('"dana-whitcombe"');
    const added = addEntity(addEntity(removed, 'Port Kessary'), 'Port Kessary');
    expect(added.entities.map((e) => e.id).filter((id) => id.startsWith('port-kessary'))).toEqual(['port-kessary', 'port-kessary-2', 'port-kessary-3']);
  });

  it('makes an entity an anchor of the story or not, keeping at least one', () => {
    const { anchors: _, ...story } = pack().story;
    const unlisted: Pack = { ...pack(), story };
    const ids = unlisted.entities.map((e) => e.id);
    expect(ids.every((id) => isAnchor(unlisted, id))).toBe(true);
    // Without a list every entity anchors: taking one out lists all the others.
    const without = setAnchor(unlisted, ids[0]!, false);
    expect(without.story.anchors).toEqual(ids.slice(1));
    expect(isAnchor(without, ids[0]!)).toBe(false);
    expect(setAnchor(without, ids[0]!, true).story.anchors).toEqual([...ids.slice(1), ids[0]]);
    const one: Pack = { ...unlisted, story: { ...story, anchors: [ids[1]!] } };
    expect(setAnchor(one, ids[1]!, false)).toBe(one);
    const result = validatePack(without, { installed: bundledPacks() });
    expect(result.ok ? [] : result.problems).toEqual([]);
  });
});

describe('what an alias would mark', () => {
  const paragraphs = articleWords(['Whitcombe said the union may strike. Dana Whitcombe agreed.', 'whitcombe again, and WHITCOMBE.']);

  it('counts folded whole words, with glimpses', () => {
    const preview = previewAlias(paragraphs, { text: 'Whitcombe' });
    expect(preview.count).toBe(4);
    expect(preview.glimpses).toHaveLength(3);
    expect(previewAlias(paragraphs, { text: 'Whitcombe', caseSensitive: true }).count).toBe(2);
    expect(previewAlias(paragraphs, { text: 'Dana Whitcombe' }).count).toBe(1);
  });

  it('warns when a form is an everyday word, unless it is marked ambiguous', () => {
    expect(previewAlias(paragraphs, { text: 'May' }).warning).toBe('everyday');
    expect(previewAlias(paragraphs, { text: 'May', ambiguous: true }).warning).toBeNull();
    expect(previewAlias(paragraphs, { text: 'NHS' }).warning).toBe('short');
    expect(previewAlias(paragraphs, { text: 'NHS', caseSensitive: true }).warning).toBeNull();
  });
});
