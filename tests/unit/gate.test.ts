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
import { GateVerdict, gateVerdict } from '../../lib/match/gate';
import { findCandidates, findCandidatesUngated, type MatchOptions } from '../../lib/match/matcher';
import { generateText, realPackMentions, syntheticMentions, syntheticPack } from '../../scripts/bench/text';
import { EVAL_CASES } from '../eval/cases';

const knowledge = compileKnowledge(bundledPacks);
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
  it('lets through nothing of most plain text, and the story wherever it is named', () => {
    expect(gateVerdict(knowledge.gate, 'The weather was mild and the markets were calm.', true)).toBe(GateVerdict.Nothing);
    expect(gateVerdict(knowledge.gate, 'let us know what you think', true)).toBe(GateVerdict.Nothing);
    expect(gateVerdict(knowledge.gate, 'Officials in Tehran said so.', true)).toBe(GateVerdict.Full);
    expect(gateVerdict(knowledge.gate, 'The US said so.', true)).toBe(GateVerdict.Full);
    expect(gateVerdict(knowledge.gate, 'Iran’s leader', true)).toBe(GateVerdict.Full);
    expect(gateVerdict(knowledge.gate, 'Today Khamenie spoke.', false)).toBe(GateVerdict.Nothing);
    expect(gateVerdict(knowledge.gate, 'Today Khamenie spoke.', true)).toBe(GateVerdict.Misspellings);
    expect(gateVerdict(knowledge.gate, 'a café', true)).toBe(GateVerdict.Full);
    expect(gateVerdict(knowledge.gate, 'Khame-\nnei', true)).toBe(GateVerdict.Full);
  });

  it('finds the same as the full split in every labelled case and in generated news', () => {
    const texts = [...EVAL_CASES.flatMap((c) => c.passages), ...generateText(realPackMentions(bundledPacks[0]!), { bytes: 1_000_000 }).passages];
    for (const text of texts) {
      same(knowledge, text);
      same(knowledge, text, { fuzzy: false });
    }
  });

  it.runIf(existsSync(CORPUS))('finds the same as the full split on every page of the corpus', () => {
    let passages = 0;
    let full = 0;
    for (const file of readdirSync(CORPUS).filter((f) => f.endsWith('.html'))) {
      for (const text of pageTexts(readFileSync(join(CORPUS, file), 'utf8'))) {
        same(knowledge, text);
        passages++;
        if (gateVerdict(knowledge.gate, text, true) === GateVerdict.Full) full++;
      }
    }
    expect(passages).toBeGreaterThan(10_000);
    // It would be no gate if it let everything through: most of these pages are not about the
    // story, and what names it or holds letters outside ASCII is about one passage in seven.
    expect(full / passages).toBeLessThan(0.25);
  });

  it('finds the same as the full split on random text made of the pack’s words', () => {
    const aliasWords = [
      ...new Set(
        bundledPacks.flatMap((p) =>
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
      }),
      { numRuns: 4000 },
    );
  });

  it('stays open for installed packs, compiled on the page in slices, which find the same', async () => {
    const { knowledge: sliced } = await compileKnowledgeInSlices(bundledPacks, () => Promise.resolve());
    expect(sliced.gate.open).toBe(true);
    for (const text of EVAL_CASES.flatMap((c) => c.passages)) {
      expect(findCandidates(sliced, text)).toEqual(findCandidates(knowledge, text));
    }
  });

  it.each([1_000, 10_000])('finds the same as the full split with a generated pack of %i entities', (entities) => {
    const generated = syntheticPack(entities);
    const large = compileKnowledge([...bundledPacks, generated]);
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
