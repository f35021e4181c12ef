/**
 * Bad inputs, tried against the real library code in Node: hostile page text, packs the
 * validator must refuse or that are as large as it allows, damaged pack files and backups,
 * corrupt settings and oversized messages. For each, what happened and a figure (a time, a
 * count, a size), as a Markdown table for docs/testing.md ("Bad inputs tried").
 *
 *   npm run bench:bad-inputs
 *
 * Times are medians of three runs after a warm-up, except the misspelling bucket's, the random
 * samples' and the report's, which are one run each (a second search would answer from the
 * index's memory of the words). They are of whatever machine runs it: they say "bounded", not
 * "this fast everywhere". Random inputs come from fast-check with a fixed seed, so every run tries the same ones.
 * Every row also says whether the outcome is the one the code promises; the exit code is 1 if
 * any is not. No browser: the browser tests (tests/e2e/hostile.test.ts, packs.test.ts,
 * popup-options.test.ts) try the same kinds of input in Chromium and Firefox.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import type { Alias, Pack } from '../../data/schema';
import { ENTITY_TYPES } from '../../data/vocabulary';
import { makeBackup, readBackup } from '../../lib/backup';
import { compileKnowledge, type Knowledge } from '../../lib/knowledge/compile';
import { findMentions } from '../../lib/knowledge/describe';
import { readPackText } from '../../lib/knowledge/pack-file';
import { formatProblem, validatePack, type PackValidation } from '../../lib/knowledge/validate';
import { splitWords } from '../../lib/match/normalize';
import { DEFAULT_SETTINGS, repairSettings, type Repair } from '../../lib/settings';
import { parseReport, summarize, type MentionSummary, type Report } from '../../protocol/reports';
import { parseToBackground } from '../../protocol/to-background';
import { entity, pack } from '../../tests/unit/pack-fixture';
import { syntheticPack } from './text';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PACK_DIR = join(ROOT, 'data/packs');
/** The bundled story, whose file is cut and copied into backups. */
const BUNDLED_FILE = join(PACK_DIR, 'us-iran-thaw.json');
/** The page's day for deciding mentions, as tests/unit/linear.test.ts uses. */
const DAY = '2026-06-01';
/** fast-check's seed: every run samples the same random inputs. */
const SEED = 20261206;

// ---------------------------------------------------------------------------------------------
// Rows of the table

interface Row {
  area: 'Pages' | 'Packs' | 'Backups' | 'Settings' | 'Messages';
  input: string;
  outcome: string;
  figure: string;
  /** Whether the outcome is the one the code promises. */
  held: boolean;
}

const rows: Row[] = [];

function record(row: Row): void {
  rows.push(row);
  // Progress on stderr, so that stdout is the table alone.
  process.stderr.write(`${row.held ? 'held' : 'NOT HELD'}: ${row.area}: ${row.input}\n`);
}

// ---------------------------------------------------------------------------------------------
// Timing and formatting

/** Milliseconds of one run of `work`, and what it returned. */
function timeOnce<T>(work: () => T): { ms: number; value: T } {
  const started = performance.now();
  const value = work();
  return { ms: performance.now() - started, value };
}

/** The median of three runs of `work` after one to warm up, and what the last run returned. */
function timeMedian<T>(work: () => T): { ms: number; value: T } {
  work();
  const runs = [timeOnce(work), timeOnce(work), timeOnce(work)];
  const times = runs.map((run) => run.ms).sort((a, b) => a - b);
  return { ms: times[1]!, value: runs[2]!.value };
}

const count = (n: number) => n.toLocaleString('en-US');

/** A length in characters, as KB or MB (10^3 and 10^6; the texts here are nearly all one byte a character). */
function size(characters: number): string {
  return characters >= 1e6 ? `${(characters / 1e6).toFixed(1)} MB` : `${(characters / 1e3).toFixed(characters < 1e4 ? 1 : 0)} KB`;
}

function ms(value: number): string {
  if (value < 1) return `${value.toFixed(2)} ms`;
  if (value < 10) return `${value.toFixed(1)} ms`;
  return `${count(Math.round(value))} ms`;
}

/** `text` cut to `max` characters, with an ellipsis when cut. */
function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The first problem of a refused pack or backup, as the options page words it, cut to 80 characters. */
function firstProblem(problems: readonly { path: string; message: string }[]): string {
  return clip(formatProblem(problems[0]!), 80);
}

/** Runs `work` and says whether it threw, so one bad input cannot end the run. */
function attempt<T>(work: () => T): { value: T; threw: false } | { threw: true; error: unknown } {
  try {
    return { value: work(), threw: false };
  } catch (error) {
    return { threw: true, error };
  }
}

function mentionCount(lists: readonly (readonly unknown[])[]): number {
  return lists.reduce((sum, list) => sum + list.length, 0);
}

// ---------------------------------------------------------------------------------------------
// Material

/** The bundled packs, read from data/packs/ in file-name order as the build bundles them (data/index.ts needs Vite). */
function bundledPacks(): Pack[] {
  return readdirSync(PACK_DIR)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => JSON.parse(readFileSync(join(PACK_DIR, file), 'utf8')) as Pack);
}

/** `n` written as `width` letters a-z. */
function letters(n: number, width: number): string {
  let out = '';
  for (let k = 0; k < width; k++, n = Math.floor(n / 26)) out = String.fromCharCode(97 + (n % 26)) + out;
  return out;
}

/** A small valid pack of made-up names, which no bundled pack uses. */
function smallPack(): Pack {
  return pack(
    [
      entity('zanthor-quill', [{ text: 'Zanthor Quill' }, { text: 'Quill', kind: 'short' }], { related: ['port-velmaro'] }),
      entity('port-velmaro', [{ text: 'Port Velmaro' }]),
    ],
    { id: 'bad-inputs-story' },
  );
}

/** The small pack with one more alias on its first entity. */
function withAlias(alias: Alias): Pack {
  const changed = smallPack();
  changed.entities[0]!.aliases.push(alias);
  return changed;
}

/** Sentences that name nobody in any pack: a page's ordinary text. */
const ORDINARY = [
  'The weather stayed mild over the weekend and most of the markets were calm. ',
  'A local bakery opened a second shop near the station, with longer hours. ',
  'Readers wrote in about the new bus timetable, which starts next month. ',
  'The library will hold a book sale on Saturday morning in the main hall. ',
];

/** About `characters` of ordinary text. */
function ordinaryText(characters: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < characters; i++) {
    const sentence = ORDINARY[i % ORDINARY.length]!;
    parts.push(sentence);
    length += sentence.length;
  }
  return parts.join('');
}

/** `n` places to cut `text`, all before its final closing brace, so no cut leaves whole JSON. */
function cutPlaces(text: string, n: number): number[] {
  return fc.sample(fc.integer({ min: 0, max: text.lastIndexOf('}') }), { numRuns: n, seed: SEED });
}

// ---------------------------------------------------------------------------------------------
// Pages

function tryPages(knowledge: Knowledge): void {
  tryInvisibleRunInOneWord();
  for (const [name, mark] of [
    ['zero-width spaces', '\u200b'],
    ['soft hyphens', '\u00ad'],
    ['tatweels', '\u0640'],
  ] as const) {
    tryParagraphsOfInvisibles(knowledge, name, mark);
  }
  tryAmbiguousNameRepeated(knowledge, 'Congress ', 32_000);
  tryAmbiguousNameRepeated(knowledge, 'Trump ', 350_000);
  tryTenMegabytes(knowledge);
  tryRandomUnicode(knowledge);
}

function tryInvisibleRunInOneWord(): void {
  const text = `a${'\u200b'.repeat(32_000)}b`;
  const { ms: time, value: words } = timeMedian(() => splitWords(text));
  const oneWord = words.count === 1 && words.key[0] === 'ab';
  record({
    area: 'Pages',
    input: 'one word holding 32,000 zero-width spaces (`a` + 32,000 × U+200B + `b`), split into words',
    outcome: oneWord ? 'one word, "ab"' : `${words.count} words`,
    figure: ms(time),
    held: oneWord,
  });
}

function tryParagraphsOfInvisibles(knowledge: Knowledge, name: string, mark: string): void {
  const paragraphs = Array.from({ length: 8 }, () => `a${mark.repeat(30_000)}b Khamenei`);
  const { ms: time, value: found } = timeMedian(() => findMentions(knowledge, paragraphs, {}, DAY));
  const mentions = mentionCount(found);
  record({
    area: 'Pages',
    input: `8 paragraphs of \`a\` + 30,000 ${name} + \`b Khamenei\` (${count(paragraphs.join('').length)} characters), matched and decided`,
    outcome: `${mentions} mentions (Khamenei in each)`,
    figure: ms(time),
    held: mentions === paragraphs.length,
  });
}

function tryAmbiguousNameRepeated(knowledge: Knowledge, word: string, times: number): void {
  const passage = word.repeat(times);
  const { ms: time, value: found } = timeMedian(() => findMentions(knowledge, [passage], {}, DAY));
  const mentions = mentionCount(found);
  record({
    area: 'Pages',
    input: `one passage of ${count(times)} × "${word.trim()}" (${size(passage.length)}), an ambiguous name with no sure mention`,
    outcome: `${mentions} mentions stand`,
    figure: ms(time),
    held: mentions === 0,
  });
}

function tryTenMegabytes(knowledge: Knowledge): void {
  const passage = `Ali Khamenei said so. ${ordinaryText(10_000_000)}Marco Rubio said so.`;
  const { ms: time, value: found } = timeMedian(() => findMentions(knowledge, [passage], {}, DAY));
  const names = found[0]!.map((m) => passage.slice(m.start, m.end));
  const held = names.length === 2 && names[0] === 'Ali Khamenei' && names[1] === 'Marco Rubio';
  record({
    area: 'Pages',
    input: `one passage of ${size(passage.length)} of ordinary text with a name at each end`,
    outcome: `${names.length} mentions (${names.join(', ')})`,
    figure: `${ms(time)} (${((passage.length / 1e6) / (time / 1000)).toFixed(1)} MB/s)`,
    held,
  });
}

/** Whether the words and mentions of `text` are ordered and lie within it. */
function wellFormed(knowledge: Knowledge, text: string): boolean {
  const words = splitWords(text);
  let last = 0;
  for (let i = 0; i < words.count; i++) {
    const start = words.start[i]!;
    const end = words.end[i]!;
    if (start < last || end <= start || end > text.length) return false;
    last = end;
  }
  return findMentions(knowledge, [text], {}, DAY)[0]!.every((m) => m.start >= 0 && m.start < m.end && m.end <= text.length);
}

function tryRandomUnicode(knowledge: Knowledge): void {
  const samples = fc.sample(fc.string({ unit: 'grapheme', maxLength: 300 }), { numRuns: 2_000, seed: SEED });
  const { ms: time, value: failures } = timeOnce(
    () =>
      samples.filter((text) => {
        const result = attempt(() => wellFormed(knowledge, text));
        return result.threw || !result.value;
      }).length,
  );
  record({
    area: 'Pages',
    input: 'random Unicode text (fast-check graphemes, up to 300 each), split and matched',
    outcome: `${failures} failures: every word and mention ordered and within its text`,
    figure: `${count(samples.length)} samples, ${ms(time)}`,
    held: failures === 0,
  });
}

// ---------------------------------------------------------------------------------------------
// Packs

function tryPacks(): void {
  tryLargestPack();
  tryCrowdedMisspellingBucket();
  tryRefusedPacks();
  tryCutPackFiles();
}

/** Check and compile times of a synthetic pack of `entities`, read back from its file's text as an import reads it. */
function packTimes(entities: number): { check: number; compile: number; accepted: boolean; aliases: number; fileCharacters: number } {
  const text = JSON.stringify(syntheticPack(entities));
  const read = JSON.parse(text) as Pack;
  const checked = timeMedian(() => validatePack(read));
  const compiled = timeMedian(() => compileKnowledge([read]));
  return {
    check: checked.ms,
    compile: compiled.ms,
    accepted: checked.value.ok,
    aliases: read.entities.reduce((sum, e) => sum + e.aliases.length, 0),
    fileCharacters: text.length,
  };
}

function tryLargestPack(): void {
  const small = packTimes(2_000);
  const large = packTimes(20_000);
  for (const [entities, times] of [[2_000, small], [20_000, large]] as const) {
    record({
      area: 'Packs',
      input: `${count(entities)} entities (${count(times.aliases)} aliases, ${size(times.fileCharacters)})${entities === 20_000 ? ', the most a pack may have' : ''}, checked and compiled`,
      outcome: times.accepted ? 'accepted, compiled' : 'refused',
      figure: `check ${ms(times.check)}, compile ${ms(times.compile)}`,
      held: times.accepted,
    });
  }
  const checkGrowth = large.check / small.check;
  const compileGrowth = large.compile / small.compile;
  // As tests/unit/linear.test.ts bounds it: linear work grows about tenfold, quadratic a hundredfold.
  const linear = checkGrowth < 35 && compileGrowth < 35;
  record({
    area: 'Packs',
    input: '20,000 entities against 2,000: how the times grow',
    outcome: linear ? 'linear: 10× the entities, about 10× the time (×100 would be quadratic)' : 'faster than linear',
    figure: `check ×${checkGrowth.toFixed(1)}, compile ×${compileGrowth.toFixed(1)}`,
    held: linear,
  });
}

/** `entities` entities of 10 one-word names each, eight letters starting with "K": all in one bucket of the misspelling index. */
function crowdedPack(entities: number): Pack {
  const names = (i: number): Alias[] => Array.from({ length: 10 }, (_, k) => ({ text: `K${letters(i * 10 + k, 7)}` }));
  return pack(Array.from({ length: entities }, (_, i) => entity(`name-${i}`, names(i))), { id: 'crowded-bucket' });
}

/**
 * A crowded pack checked and compiled, and `text` searched with it: every word of the text is
 * capitalised, eight letters, starts with K and is no name, so each is searched for as a misspelling.
 */
function searchCrowded(entities: number, text: string) {
  const crowded = crowdedPack(entities);
  const checked = timeOnce(() => validatePack(crowded));
  const compiled = timeOnce(() => compileKnowledge([crowded]));
  const searched = timeOnce(() => findMentions(compiled.value, [text], {}, DAY));
  return {
    accepted: checked.value.ok,
    checkMs: checked.ms,
    compileMs: compiled.ms,
    searchMs: searched.ms,
    kept: [...compiled.value.fuzzy.targets()].length,
    mentions: mentionCount(searched.value),
  };
}

/**
 * 200,000 names sharing a first letter and length (the most aliases a pack may have: 20,000
 * entities of 10), one bucket of the misspelling index, which keeps its first 1,000; and, to
 * compare, exactly 1,000 such names. Then 180 KB of distinct page words searched with each.
 */
function tryCrowdedMisspellingBucket(): void {
  // "Kab" + five letters: past every name ("Kaaa…" to "Kaal…"), and all different.
  const pageWords = Array.from({ length: 20_000 }, (_, i) => `Kab${letters(i, 5)}`);
  const text = `${pageWords.join(' ')}.`;
  const full = searchCrowded(100, text);
  const crowded = searchCrowded(20_000, text);
  const perWord = (total: number) => `${((total * 1000) / pageWords.length).toFixed(0)} µs a word`;
  record({
    area: 'Packs',
    input: `misspelling bucket: 200,000 eight-letter names starting with K; ${size(text.length)} of ${count(pageWords.length)} distinct eight-letter K-words searched`,
    outcome: `${crowded.accepted ? 'accepted' : 'REFUSED'}; the bucket keeps ${count(crowded.kept)} names; ${crowded.mentions} mentions`,
    figure:
      `check ${ms(crowded.checkMs)}, compile ${ms(crowded.compileMs)}, search ${ms(crowded.searchMs)} (${perWord(crowded.searchMs)}); ` +
      `with 1,000 names: search ${ms(full.searchMs)}`,
    held: crowded.accepted && crowded.kept === 1_000 && full.kept === 1_000,
  });
}

/** Packs the validator must refuse, each the small valid pack with one thing wrong. */
const REFUSED_PACKS: { input: string; make: () => unknown }[] = [
  { input: 'alias "the" (a common word)', make: () => withAlias({ text: 'the' }) },
  { input: 'alias "a" (a single letter)', make: () => withAlias({ text: 'a' }) },
  { input: 'alias with U+200B (zero-width space)', make: () => withAlias({ text: 'Zan\u200bthor' }) },
  { input: 'alias with U+061C (Arabic letter mark)', make: () => withAlias({ text: 'Zan\u061cthor' }) },
  { input: 'alias with U+2028 (line separator)', make: () => withAlias({ text: 'Zan\u2028thor' }) },
  { input: 'alias with U+E0041 (a tag character)', make: () => withAlias({ text: 'Zanthor\u{e0041}' }) },
  { input: 'alias with U+3164 (Hangul filler)', make: () => withAlias({ text: 'Zanthor\u3164' }) },
  { input: 'alias "Tehrаn" with a Cyrillic а (U+0430)', make: () => withAlias({ text: 'Tehr\u0430n' }) },
  {
    input: 'fact dated 2015-02-31',
    make: () => {
      const bad = smallPack();
      bad.entities[0]!.facts = [{ date: '2015-02-31', text: 'No such day.', source: 'background', cites: ['test-report'] }];
      return bad;
    },
  },
  {
    input: 'markup `<b>x</b>` in a description',
    make: () => {
      const bad = smallPack();
      bad.entities[0]!.description = '<b>x</b>';
      return bad;
    },
  },
];

function tryRefusedPacks(): void {
  // The base must pass, or every refusal below would prove nothing.
  const base = validatePack(smallPack());
  record({
    area: 'Packs',
    input: 'the small valid pack the refused ones below are made from',
    outcome: base.ok ? 'accepted' : `refused: ${firstProblem(base.problems)}`,
    figure: '—',
    held: base.ok,
  });
  for (const { input, make } of REFUSED_PACKS) {
    const result = attempt(() => validatePack(make()));
    const refused = !result.threw && !result.value.ok;
    record({
      area: 'Packs',
      input,
      outcome: result.threw ? `threw: ${String(result.error)}` : result.value.ok ? 'ACCEPTED' : 'refused',
      figure: refused ? `\`${firstProblem((result.value as Extract<PackValidation, { ok: false }>).problems)}\`` : '—',
      held: refused,
    });
  }
}

function tryCutPackFiles(): void {
  const text = readFileSync(BUNDLED_FILE, 'utf8');
  const outcomes = cutPlaces(text, 200).map((at) => attempt(() => readPackText(text.slice(0, at))));
  const threw = outcomes.filter((o) => o.threw).length;
  const refusedWithMessage = outcomes.filter((o) => !o.threw && !o.value.ok && o.value.problems.length > 0 && o.value.problems[0]!.message !== '').length;
  record({
    area: 'Packs',
    input: `the bundled pack file (${size(text.length)}) cut at 200 random places`,
    outcome: `${refusedWithMessage} refused with a message, ${threw} threw`,
    figure: `${refusedWithMessage}/200`,
    held: refusedWithMessage === 200 && threw === 0,
  });
}

// ---------------------------------------------------------------------------------------------
// Backups

function tryBackups(bundled: readonly Pack[]): void {
  tryBackupWithBadPack(bundled);
  tryBackupWithBundledCopy(bundled);
  tryRandomBackups(bundled);
  tryCutBackups(bundled);
}

function tryBackupWithBadPack(bundled: readonly Pack[]): void {
  const bad = withAlias({ text: 'the' });
  bad.id = 'bad-story';
  const reading = readBackup(makeBackup(DEFAULT_SETTINGS, [smallPack(), bad]), bundled);
  record({
    area: 'Backups',
    input: 'a backup of two packs, the second with a bad alias',
    outcome: reading.ok ? `ACCEPTED (${reading.packs.length} packs)` : 'refused whole: no pack and no setting restored',
    figure: reading.ok ? '—' : `\`${firstProblem(reading.problems)}\``,
    held: !reading.ok && reading.problems.every((p) => p.path.startsWith('packs[1]')),
  });
}

function tryBackupWithBundledCopy(bundled: readonly Pack[]): void {
  const copy = bundled.find((p) => p.id === 'us-iran-thaw')!;
  const reading = readBackup(makeBackup(DEFAULT_SETTINGS, [copy, smallPack()]), bundled);
  const held = reading.ok && reading.packs.length === 1 && reading.skipped.join() === 'us-iran-thaw';
  record({
    area: 'Backups',
    input: 'a backup holding a copy of the bundled story and one other pack',
    outcome: reading.ok ? `restored ${reading.packs.length} pack; skipped ${reading.skipped.map((id) => `"${id}"`).join(', ')} (bundled)` : `refused: ${firstProblem(reading.problems)}`,
    figure: reading.ok ? `${reading.packs.length} restored, ${reading.skipped.length} skipped by name` : '—',
    held,
  });
}

function tryRandomBackups(bundled: readonly Pack[]): void {
  const texts = [
    ...fc.sample(fc.string({ unit: 'binary', maxLength: 500 }), { numRuns: 500, seed: SEED }),
    ...fc.sample(fc.jsonValue(), { numRuns: 500, seed: SEED }).map((value) => JSON.stringify(value)),
    // The envelope right, its packs random: each must be checked as a pack, and refused.
    ...fc
      .sample(fc.array(fc.jsonValue(), { minLength: 1, maxLength: 3 }), { numRuns: 500, seed: SEED })
      .map((packs) => JSON.stringify({ format: 'backstory-backup', version: 1, exportedAt: '2026-12-06T00:00:00Z', settings: {}, packs })),
  ];
  const outcomes = texts.map((text) => attempt(() => readBackup(text, bundled)));
  const threw = outcomes.filter((o) => o.threw).length;
  const refused = outcomes.filter((o) => !o.threw && !o.value.ok).length;
  record({
    area: 'Backups',
    input: 'random backups: random text, random JSON, the right envelope around random packs',
    outcome: `${count(refused)} refused, ${threw} threw`,
    figure: `${count(refused)}/${count(texts.length)}`,
    held: refused === texts.length && threw === 0,
  });
}

function tryCutBackups(bundled: readonly Pack[]): void {
  const text = makeBackup({ ...DEFAULT_SETTINGS, disabledSites: ['example.com'] }, [smallPack()]);
  const outcomes = cutPlaces(text, 200).map((at) => attempt(() => readBackup(text.slice(0, at), bundled)));
  const threw = outcomes.filter((o) => o.threw).length;
  const refused = outcomes.filter((o) => !o.threw && !o.value.ok).length;
  record({
    area: 'Backups',
    input: `a good backup (${size(text.length)}) cut at 200 random places`,
    outcome: `${refused} refused, ${threw} threw`,
    figure: `${refused}/200`,
    held: refused === 200 && threw === 0,
  });
}

// ---------------------------------------------------------------------------------------------
// Settings

/** What a repair kept, reset and dropped, in a few words. */
function describeRepair(repair: Repair, kept: string): string {
  const reset = repair.reset.length > 0 ? `reset ${repair.reset.join(', ')}` : 'reset nothing';
  const dropped = repair.dropped.length > 0 ? `dropped ${repair.dropped.map((item) => clip(item, 40)).join('; ')}` : 'dropped nothing';
  return `kept ${kept}; ${reset}; ${dropped}`;
}

function trySettings(): void {
  const fieldCount = Object.keys(DEFAULT_SETTINGS).length;

  const oneBad = repairSettings({ ...DEFAULT_SETTINGS, density: 'first', hoverDelayMs: -5 });
  record({
    area: 'Settings',
    input: 'one bad field (`hoverDelayMs: -5`), the others good',
    outcome: describeRepair(oneBad, `the other ${fieldCount - 1} fields (density "${oneBad.settings.density}")`),
    figure: `${fieldCount - oneBad.reset.length} kept, ${oneBad.reset.length} reset`,
    held: oneBad.reset.join() === 'hoverDelayMs' && oneBad.settings.density === 'first',
  });

  const allBad = repairSettings({ enabled: 'yes', disabledSites: 'example.com', highlightStyle: 'bold', density: 3, types: null, hoverDelayMs: 1e9, fuzzy: 'no' });
  record({
    area: 'Settings',
    input: 'every field bad (wrong types, out of range, unknown values)',
    outcome: `every field reset to its default`,
    figure: `${fieldCount - allBad.reset.length} kept, ${allBad.reset.length} reset`,
    held: allBad.reset.length === fieldCount,
  });

  const notAnObject = repairSettings('corrupt');
  record({
    area: 'Settings',
    input: 'stored settings that are a string, not an object',
    outcome: 'every field reset to its default',
    figure: `${notAnObject.reset.length} reset`,
    held: notAnObject.reset.length === fieldCount,
  });

  const sites = repairSettings({ disabledSites: ['[::1]', 'my_host.local', 'example.com.', 42, 'x'.repeat(10_000)] });
  const keptSites = sites.settings.disabledSites;
  record({
    area: 'Settings',
    input: 'disabledSites `[::1]`, `my_host.local`, `example.com.`, the number 42 and a 10,000-character string',
    outcome: `kept ${keptSites.map((site) => `\`${site}\``).join(', ')}; dropped 42 and the long string`,
    figure: `${keptSites.length} kept, ${sites.dropped.length} dropped`,
    held: keptSites.join() === '[::1],my_host.local,example.com' && sites.dropped.length === 2,
  });

  const types = repairSettings({ types: ['person', 'place', 'planet'] });
  record({
    area: 'Settings',
    input: 'types `person`, `place` and the unknown `planet`',
    outcome: describeRepair(types, types.settings.types.join(', ')),
    figure: `${types.settings.types.length} kept, ${types.dropped.length} dropped (of ${ENTITY_TYPES.length} known types)`,
    held: types.settings.types.join() === 'person,place' && types.dropped.length === 1,
  });
}

// ---------------------------------------------------------------------------------------------
// Messages

function tryMessages(): void {
  tryHugeMatchTexts();
  tryLargestReport();
  tryTabIdAsString();
}

function tryHugeMatchTexts(): void {
  const text = 'Khamenei '.repeat(Math.ceil(16_000_000 / 9)).slice(0, 16_000_000);
  const message = { type: 'backstory:match-texts', text, lengths: [text.length], fuzzy: true };
  const { ms: time, value: parsed } = timeMedian(() => parseToBackground(message));
  record({
    area: 'Messages',
    input: '`match-texts` of 16 MB (one text of 16,000,000 characters)',
    outcome: parsed === null ? 'refused (the limit is 262,144 characters)' : 'ACCEPTED',
    figure: `refused in ${ms(time)}`,
    held: parsed === null,
  });
}

function tryLargestReport(): void {
  // 250,000 mentions of 3,000 entities, as a frame of an enormous page would report them.
  const shown = Array.from({ length: 250_000 }, (_, i) => i % 3_000);
  const read = (entityIndex: number): MentionSummary => ({ entityId: `entity-${entityIndex}`, text: `Name of entity ${entityIndex}`, how: 'name' });
  const { ms: time, value: summary } = timeOnce(() => summarize(shown, read));
  const report: Report = {
    mentions: summary.mentions,
    counts: summary.counts,
    stats: { passages: 1_000, characters: 10_000_000, mentions: shown.length, entities: summary.entities, done: true },
    site: 'example.com',
    published: null,
    active: true,
  };
  const json = JSON.stringify(report);
  const accepted = parseReport(report) !== null && parseToBackground({ type: 'backstory:report-mentions', ...report }) !== null;
  record({
    area: 'Messages',
    input: 'a report of 250,000 mentions over 3,000 entities, made by `summarize`',
    outcome: `${accepted ? 'accepted' : 'REFUSED'}: lists ${summary.mentions.length}, counts ${count(Object.keys(summary.counts).length)} entities, says ${count(summary.entities)}`,
    figure: `${size(json.length)} of JSON; summarized in ${ms(time)}`,
    held: accepted,
  });
}

function tryTabIdAsString(): void {
  const asString = parseToBackground({ type: 'backstory:get-tab-mentions', tabId: '3' });
  const asNumber = parseToBackground({ type: 'backstory:get-tab-mentions', tabId: 3 });
  record({
    area: 'Messages',
    input: '`get-tab-mentions` with `tabId: "3"` (a string)',
    outcome: asString === null ? 'refused (`tabId: 3` accepted)' : 'ACCEPTED',
    figure: '—',
    held: asString === null && asNumber !== null,
  });
}

// ---------------------------------------------------------------------------------------------
// The table

/** A table cell: pipes escaped, line breaks flattened. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

function table(): string {
  const lines = ['| area | input | outcome | figure |', '| --- | --- | --- | --- |'];
  for (const row of rows) {
    const outcome = row.held ? row.outcome : `**NOT HELD**: ${row.outcome}`;
    lines.push(`| ${row.area} | ${cell(row.input)} | ${cell(outcome)} | ${cell(row.figure)} |`);
  }
  return lines.join('\n');
}

function main(): void {
  const started = performance.now();
  const bundled = bundledPacks();
  const knowledge = compileKnowledge(bundled);
  tryPages(knowledge);
  tryPacks();
  tryBackups(bundled);
  trySettings();
  tryMessages();
  console.log(table());
  const failed = rows.filter((row) => !row.held).length;
  console.log(`\n${rows.length} inputs, ${failed} not held; ${((performance.now() - started) / 1000).toFixed(1)} s in all.`);
  if (failed > 0) process.exitCode = 1;
}

main();
