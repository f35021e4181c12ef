/**
 * The gate (lib/match/gate.ts) may only spare work, never a mention: on every text, the gated
 * matcher must find exactly what the matcher finds when it splits every word. Checked on the
 * labelled cases, on the text of every page of the corpus beside the project, on random text
 * built from the pack's own words and the characters that trouble a word split, and with a
 * second, generated pack (10,000 entities).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundledPacks } from '../../data';
import { compileKnowledge, compileKnowledgeInSlices, type Knowledge } from '../../lib/knowledge/compile';
import { NOT_ASCII, gateRegions, type TextRegions } from '../../lib/match/gate';
import {
  findCandidates,
  findCandidatesInTexts,
  findCandidatesUngated,
  misspellingCheck,
  type MatchOptions,
} from '../../lib/match/matcher';
import { generateText, realPackMentions, syntheticMentions, syntheticPack } from '../../scripts/bench/text';
import { EVAL_CASES } from '../eval/cases';

const knowledge = compileKnowledge(bundledPacks());
/** Plain text long enough that the gate cuts a text around it into regions (see SPLIT_WHOLE_UP_TO). */
const LONG_FILLER = 'the markets were calm and the weather was mild. '.repeat(50);
const CORPUS = join(__dirname, '../../../shared/corpus/pages');

function same(k: Knowledge, text: string, options: MatchOptions = {}): void {
  const gated = findCandidates(k, text, options);
  const full = findCandidatesUngated(k, text, options);
  expect(gated, JSON.stringify(text.slice(0, 300))).toEqual(full);
}

/** Rough passages of a saved page: its text between tags, scripts and styles left out. */
function pageTexts(html: string): string[] {
  const body = html.replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1\s*>/gi, ' ');
  return body
    .split(/<\/?(?:p|div|li|h[1-6]|td|th|tr|section|article|header|footer|nav|br|ul|ol|table|blockquote)\b[^>]*>/i)
    .map((chunk) =>
      chunk
        .replace(/<[^>]*>/g, '')
        .replace(/&nbsp;/g, '\u00a0')
        .replace(/&amp;/g, '&')
        .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
        .replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(parseInt(n, 16))),
    )
    .filter((t) => /\S/.test(t));
}

describe('the gate', () => {
  const misspelling = misspellingCheck(knowledge);
  const regionsOf = (text: string, fuzzy = true): TextRegions | null =>
    gateRegions(knowledge.gate, [text], fuzzy ? misspelling : null, knowledge.maxWords)[0]!;
  const regionTexts = (text: string, fuzzy = true): string[] => {
    const spans = regionsOf(text, fuzzy)?.spans ?? [];
    const out: string[] = [];
    for (let k = 0; k < spans.length; k += 2) out.push(text.slice(spans[k], spans[k + 1]));
    return out;
  };

  it('lets through nothing of most plain text, and the story wherever it is named', () => {
    expect(regionsOf('The weather was mild and the markets were calm.')).toBeNull();
    expect(regionsOf('let us know what you think')).toBeNull();
    expect(regionTexts('Officials in Tehran said so.')).toEqual(['Officials in Tehran said so.']);
    expect(regionTexts('The US said so.')).toEqual(['The US said so.']);
    expect(regionTexts('Iran’s leader')).toEqual(['Iran’s leader']);
    expect(regionsOf('Today Khamenie spoke.', false)).toBeNull();
    expect(regionsOf('Today Khamenie spoke.')).toEqual({ spans: [6, 14], misspeltOnly: true });
    expect(regionTexts('a café')).toEqual(['a café']);
  });

  it('splits only the stretches around what it finds, and a whole text where a word may run across a line', () => {
    const filler = 'the markets were calm and the weather was mild '.repeat(40);
    const text = `${filler}while officials in Tehran said nothing, ${filler}and a café opened. ${filler}`;
    const regions = regionTexts(text);
    // The stretch before the name, and as many after as the longest alias has words, and one.
    const after = knowledge.maxWords + 1;
    expect(regions[0]).toBe(['in', 'Tehran', ...'said nothing, the markets were calm and the weather'.split(' ').slice(0, after)].join(' '));
    // Around a letter outside ASCII: as many stretches before as after.
    expect(regions[1]!.split(' ')).toHaveLength(2 * knowledge.maxWords + 1 + 1);
    expect(regions[1]).toContain('café');
    expect(regions).toHaveLength(2);
    expect(regionTexts(`${filler}Khame-\nnei ${filler}`)).toEqual([`${filler}Khame-\nnei ${filler}`]);
  });

  it('lets through every misspelling of a long name that the misspelling index places', () => {
    const letters = 'aeiouhkrstnz';
    let placed = 0;
    for (const [name] of knowledge.fuzzy.targets()) {
      const variants = new Set<string>();
      for (let i = 1; i <= name.length; i++) {
        for (const c of letters) {
          variants.add(name.slice(0, i) + c + name.slice(i));
          if (i < name.length) variants.add(name.slice(0, i) + c + name.slice(i + 1));
        }
        if (i < name.length) variants.add(name.slice(0, i) + name.slice(i + 1));
        if (i + 1 < name.length) variants.add(name.slice(0, i) + name[i + 1] + name[i] + name.slice(i + 2));
      }
      for (const variant of variants) {
        const word = variant[0]!.toUpperCase() + variant.slice(1);
        const text = `Officials said ${word} had spoken, and ${word.toUpperCase()}'s aides agreed.`;
        same(knowledge, text);
        if (knowledge.fuzzy.find(variant)) placed++;
      }
    }
    // Most of these are within reach of their name: the check above is not of nothing.
    expect(placed).toBeGreaterThan(1000);
  });

  it('passes over only punctuation, symbols and spaces when it looks for letters outside ASCII', () => {
    let passed = 0;
    for (let c = 0x80; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      NOT_ASCII.lastIndex = 0;
      if (NOT_ASCII.test(ch)) continue;
      passed++;
      expect(/[\p{P}\p{S}\p{Z}\p{Cc}]/u.test(ch), `U+${c.toString(16)}`).toBe(true);
    }
    expect(passed).toBeGreaterThan(100);
  });

  it('finds in a batch of texts what it finds in each alone', () => {
    const texts = ['Officials in Tehran said so.', 'The weather was mild.', 'Today Khamenie spoke.', 'İstanbul and Iran', '', 'a café in Riyadh', 'US'];
    expect(findCandidatesInTexts(knowledge, texts)).toEqual(texts.map((text) => findCandidates(knowledge, text)));
  });

  it('finds the same as the full split in every labelled case and in generated news', () => {
    const texts = [...EVAL_CASES.flatMap((c) => c.passages), ...generateText(realPackMentions(bundledPacks()[0]!), { bytes: 1_000_000 }).passages];
    for (const text of texts) {
      same(knowledge, text);
      same(knowledge, text, { fuzzy: false });
    }
    // Each labelled case again inside a long text, which the gate cuts into regions.
    for (const text of EVAL_CASES.flatMap((c) => c.passages)) same(knowledge, `${LONG_FILLER}${text} ${LONG_FILLER}`);
    // An abbreviation between words in capitals is not one, even when only the word before is.
    same(knowledge, `${LONG_FILLER}LET US KNOW WHAT YOU THINK, ${LONG_FILLER}PLEASE TELL US. ${LONG_FILLER}`);
  });

  it.runIf(existsSync(CORPUS))('finds the same as the full split on every page of the corpus', () => {
    let passages = 0;
    let characters = 0;
    let split = 0;
    for (const file of readdirSync(CORPUS).filter((f) => f.endsWith('.html'))) {
      const texts = pageTexts(readFileSync(join(CORPUS, file), 'utf8'));
      for (const text of texts) same(knowledge, text);
      // The page's passages searched as one batch, as the scanner searches them.
      expect(findCandidatesInTexts(knowledge, texts)).toEqual(texts.map((text) => findCandidates(knowledge, text)));
      gateRegions(knowledge.gate, texts, misspelling, knowledge.maxWords).forEach((regions) => {
        for (let k = 0; k < (regions?.spans.length ?? 0); k += 2) split += regions!.spans[k + 1]! - regions!.spans[k]!;
      });
      passages += texts.length;
      characters += texts.reduce((sum, text) => sum + text.length, 0);
    }
    expect(passages).toBeGreaterThan(10_000);
    // It would be no gate if it let everything through: most of these pages are not about the
    // story, and the words split are those around a name, a letter outside ASCII or a
    // capitalised word that may be a misspelt name.
    expect(split / characters).toBeLessThan(0.25);
    console.log(`gate: ${split} of ${characters} characters split`);
  });

  it('finds the same as the full split on random text made of the pack’s words', () => {
    const aliasWords = [
      ...new Set(
        bundledPacks().flatMap((p) =>
          p.entities.flatMap((e) => [...e.aliases.map((a) => a.text), ...(e.confusables ?? [])].flatMap((t) => t.split(/\s+/))),
        ),
      ),
    ];
    const misspelt = ['Khamenie', 'Khameini', 'Araghci', 'Pezeshkain', 'Netanyhu', 'Teheran', 'Hizbolah', 'Rubbio', 'Washingtn'];
    const piece = fc.oneof(
      fc.constantFrom(...aliasWords),
      fc.constantFrom(...aliasWords).map((w) => w.toUpperCase()),
      fc.constantFrom(...aliasWords).map((w) => w.toLowerCase()),
      fc.constantFrom(...misspelt),
      fc.constantFrom('the', 'said', 'Monday', 'people', 'State', 'united', 'us', 'US', 'U.S.', 'E.U', 'of', 'Tuesday', 'Because'),
      fc.constantFrom(' ', ' ', ' ', '\u00a0', '\n', ', ', '. ', '-', '-\n', '\u2010\n', "'s ", '’s ', "' ", '’', '`', '(', ')', '"', '—', '_'),
      fc.constantFrom('\u00ad', '\u200b', '\u200c', 'é', 'ی', 'ʼ', '٣', '😀', '𝐀'),
      fc.string({ maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.boolean(), (pieces, fuzzy) => {
        same(knowledge, pieces.join(''), { fuzzy });
        // In a long text the gate splits only regions around what it finds, not the whole.
        same(knowledge, `${LONG_FILLER}${pieces.join('')} ${LONG_FILLER}${pieces.slice(0, 6).join('')}`, { fuzzy });
      }),
      { numRuns: 4000 },
    );
  });

  it('stays open for installed packs, compiled on the page in slices, which find the same', async () => {
    const { knowledge: sliced } = await compileKnowledgeInSlices(bundledPacks(), () => Promise.resolve());
    expect(sliced.gate.open).toBe(true);
    for (const text of EVAL_CASES.flatMap((c) => c.passages)) {
      expect(findCandidates(sliced, text)).toEqual(findCandidates(knowledge, text));
    }
  });

  it.each([1_000, 10_000])('finds the same as the full split with a generated pack of %i entities', (entities) => {
    const generated = syntheticPack(entities);
    const large = compileKnowledge([...bundledPacks(), generated]);
    // Past a few thousand first words the gate stays open: its pattern would cost more than it spares.
    expect(large.gate.open).toBe(entities > 2_000);
    const texts = [
      ...EVAL_CASES.flatMap((c) => c.passages),
      ...generateText(syntheticMentions(generated), { bytes: 1_000_000 }).passages,
    ];
    if (existsSync(CORPUS)) {
      for (const file of readdirSync(CORPUS).filter((f) => f.endsWith('.html')).slice(0, 30)) {
        texts.push(...pageTexts(readFileSync(join(CORPUS, file), 'utf8')));
      }
    }
    for (const text of texts) same(large, text);
  });
});
