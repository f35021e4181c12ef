/**
 * Every loop over page text is linear: the same work on an input ten times larger takes about
 * ten times as long, never a hundred. Each check measures both sizes in the same run and
 * compares them (a ratio, not a time: the machine's speed cancels out), with a bound far from
 * both 10 and 100 so that noise cannot decide it. Hostile inputs from an audit: runs of
 * invisible characters inside a word, and one enormous passage of an ambiguous name.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundledPacks } from '../../data';
import { compileKnowledge } from '../../lib/knowledge/compile';
import { findMentions } from '../../lib/knowledge/describe';
import { FuzzyIndex } from '../../lib/match/fuzzy';
import type { AliasRule } from '../../lib/match/model';
import { splitWords } from '../../lib/match/normalize';
import { validatePack } from '../../lib/knowledge/validate';
import type { Pack } from '../../data/schema';
import { syntheticPack } from '../../tools/bench/text';

const knowledge = compileKnowledge(bundledPacks());

/**
 * The shortest of five runs of `work`, after one to warm up: the machine's other work only ever
 * adds to a run, so the shortest is the one it disturbed least.
 */
function timed(work: () => void): number {
  work();
  let best = Infinity;
  for (let run = 0; run < 5; run++) {
    const t0 = performance.now();
    work();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/** How much longer `work` takes on an input ten times larger. */
function growth(work: (n: number) => void, n: number): number {
  const small = timed(() => work(n));
  const large = timed(() => work(n * 10));
  return large / Math.max(small, 0.05);
}

/** Linear work grows about tenfold; quadratic a hundredfold. */
const LINEAR = 35;

describe('linear on hostile text', () => {
  for (const [name, mark] of [
    ['zero-width spaces', '\u200b'],
    ['soft hyphens', '\u00ad'],
    ['zero-width non-joiners', '\u200c'],
    ['tatweels', '\u0640'],
  ] as const) {
    it(`splits a word holding a run of ${name}`, () => {
      expect(growth((n) => splitWords(`a${mark.repeat(n)}b Khamenei`), 20_000)).toBeLessThan(LINEAR);
    });
  }

  it('decides a passage of thousands of one ambiguous name', () => {
    for (const word of ['Congress ', 'Trump ']) {
      expect(growth((n) => findMentions(knowledge, [word.repeat(n)], {}, '2026-06-01'), 3_000)).toBeLessThan(LINEAR);
    }
  });

  it('decides a passage of thousands of titles held in turn', () => {
    expect(growth((n) => findMentions(knowledge, ["Iran's supreme leader said. ".repeat(n)], {}, '2026-06-01'), 2_000)).toBeLessThan(LINEAR);
  });
});

describe('well formed on any text', () => {
  it('splits random Unicode into ordered words within the text, and matches within them', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const words = splitWords(text);
        let last = 0;
        for (let i = 0; i < words.count; i++) {
          expect(words.start[i]!).toBeGreaterThanOrEqual(last);
          expect(words.end[i]!).toBeGreaterThan(words.start[i]!);
          expect(words.end[i]!).toBeLessThanOrEqual(text.length);
          last = words.end[i]!;
        }
        for (const m of findMentions(knowledge, [text], {}, '2026-06-01')[0]!) {
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(m.start).toBeLessThan(m.end);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('bounded whatever a pack holds', () => {
  /** `n` written in `width` letters a-z. */
  const letters = (n: number, width: number) => {
    let out = '';
    for (let k = 0; k < width; k++, n = Math.floor(n / 26)) out = String.fromCharCode(97 + (n % 26)) + out;
    return out;
  };

  /** n distinct eight-letter names that all start with "k": one bucket of the misspelling index. */
  const crowdedIndex = (n: number) => {
    const index = new FuzzyIndex();
    for (let i = 0; i < n; i++) {
      const text = `k${letters(i, 7)}`;
      const rule: AliasRule = { entity: i, text, kind: 'name', exactWords: null, ambiguous: false, needsStory: false, from: null, until: null };
      index.add(text, rule);
    }
    return index;
  };

  it('compiles and checks a pack ten times larger in about ten times as long', () => {
    const packs = new Map([200, 2_000].map((n) => [n, JSON.parse(JSON.stringify(syntheticPack(n))) as Pack]));
    expect(growth((n) => compileKnowledge([packs.get(n)!]), 200)).toBeLessThan(LINEAR);
    expect(growth((n) => validatePack(packs.get(n)), 200)).toBeLessThan(LINEAR);
  });

  it('keeps the first 1,000 names of a bucket for misspellings, and a crowded search gives up rather than guess', () => {
    const rule = (entity: number, text: string): AliasRule => ({ entity, text, kind: 'name', exactWords: null, ambiguous: false, needsStory: false, from: null, until: null });
    const full = crowdedIndex(1_000);
    full.add('kzzzzzzy', rule(5_000, 'Kzzzzzzy'));
    expect(full.find('kzzzzzyz')).toBeNull(); // one name too many: never caught misspelt
    const open = crowdedIndex(10);
    open.add('kzzzzzzy', rule(5_000, 'Kzzzzzzy'));
    expect(open.find('kzzzzzyz')?.rule.text).toBe('Kzzzzzzy');

    // Hundreds of names a word's letters all fit: past the budget of distances, nothing is found.
    const anagrams = new FuzzyIndex();
    const letters7 = 'abcdefg'.split('');
    const permutations: string[] = [];
    const permute = (rest: string[], head: string) => {
      if (permutations.length >= 600) return;
      if (rest.length === 0) permutations.push(`k${head}`);
      rest.forEach((c, i) => permute([...rest.slice(0, i), ...rest.slice(i + 1)], head + c));
    };
    permute(letters7, '');
    permutations.forEach((word, i) => anagrams.add(word, rule(i, word)));
    expect(anagrams.find('kabcdefh')).toBeNull();
    const few = new FuzzyIndex();
    permutations.slice(0, 20).forEach((word, i) => few.add(word, rule(i, word)));
    expect(few.find('kabcdefh')?.rule.text).toBe('kabcdefg');
  });

  it('searches for misspellings in bounded time however many names share a first letter and length', () => {
    const small = crowdedIndex(2_000);
    const large = crowdedIndex(20_000);
    let fresh = 0;
    // Page words never seen before, so that no answer comes from the index's memory.
    const search = (index: FuzzyIndex) => () => {
      for (let i = 0; i < 200; i++) index.find(`kab${letters(fresh++, 5)}`);
    };
    expect(timed(search(large)) / Math.max(timed(search(small)), 0.05)).toBeLessThan(3);
  });
});
