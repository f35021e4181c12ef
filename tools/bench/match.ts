/**
 * Matching benchmark: how fast Backstory finds mentions, compared with the two ways a
 * highlighter is usually written, on the same generated news text (tools/bench/text.ts).
 *
 *   npm run bench:match [-- --mb 2 --entities 10000 --fuse-kb 64 --seed 20251001 --pack FILE]
 *
 * - ours:  compileKnowledge + findMentions (lib/), over every passage as one document.
 * - regex: one case-insensitive alternation of all the real pack's aliases, run with matchAll
 *   (flags 'gi', the faster and so the stronger baseline; also shown with 'giu', which a
 *   Unicode-aware highlighter needs and which is many times slower).
 * - fuse:  fuse.js over the alias strings, searched once per word (on a prefix: it is slow).
 * - scale: a synthetic 10,000-entity pack, compiled and matched on text written for it.
 *
 * Prints a table with goals (PASS/MISS, informational: the exit code is 0 unless something
 * throws) and writes the same figures to reports/bench-match.json.
 */
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Fuse from 'fuse.js';
import type { Pack } from '../../data/schema';
import { compileKnowledge, type Knowledge } from '../../lib/knowledge/compile';
import { validatePack } from '../../lib/knowledge/validate';
import { findMentions } from '../../lib/knowledge/describe';
import { emptyWords, splitWords } from '../../lib/match/normalize';
import { generateText, realPackMentions, syntheticMentions, syntheticPack } from './text';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const REPORT = `${ROOT}reports/bench-match.json`;

// ---------------------------------------------------------------------------------------------
// Options

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const value = Number(process.argv[i + 1]);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} needs a positive number`);
  return value;
}

const TEXT_BYTES = Math.round(option('mb', 2) * 1_000_000);
const ENTITIES = Math.round(option('entities', 10_000));
const FUSE_BYTES = Math.round(option('fuse-kb', 64) * 1000);
const SEED = Math.round(option('seed', 20251001));
/** The real pack: the bundled story by default; another build's file to compare code on the same data. */
const PACK_FILE = process.argv.includes('--pack') ? process.argv[process.argv.indexOf('--pack') + 1]! : `${ROOT}data/packs/us-iran-thaw.json`;
const RUNS = 5;
// The regex baseline takes seconds per run; three runs keep the whole benchmark near a minute.
const REGEX_RUNS = 3;

// ---------------------------------------------------------------------------------------------
// Timing

/**
 * Sums what each run returns and prints it at the end: a result nobody reads could let the
 * JIT drop the work being measured.
 */
let sink = 0;

interface Timing {
  /** Milliseconds of each measured run. */
  runs: number[];
  median: number;
  /** What the last run returned (a count of matches). */
  result: number;
}

/** One warm-up run (JIT, lazy regex compilation, caches), then `runs` measured runs. */
function measure(runs: number, fn: () => number): Timing {
  sink += fn();
  const times: number[] = [];
  let result = 0;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    result = fn();
    times.push(performance.now() - t0);
    sink += result;
  }
  return { runs: times, median: median(times), result };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** MB (10^6 bytes of UTF-8) per second. */
function mbps(bytes: number, ms: number): number {
  return bytes / 1e6 / (ms / 1000);
}

function timeOnce<T>(fn: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = fn();
  return { ms: performance.now() - t0, value };
}

function count(lists: readonly (readonly unknown[])[]): number {
  return lists.reduce((sum, list) => sum + list.length, 0);
}

// ---------------------------------------------------------------------------------------------
// Baselines

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The usual highlighter: every alias in one alternation, longest first so that "Ali Khamenei"
 * wins over "Ali"; \b only where the alias starts or ends with a word character, since \b
 * next to "." or a Persian letter would never match.
 */
function aliasRegExp(pack: Pack, flags: string): RegExp {
  const aliases = [...new Set(pack.entities.flatMap((e) => e.aliases.map((a) => a.text)))];
  aliases.sort((a, b) => b.length - a.length);
  const parts = aliases.map((a) => {
    const start = /^\w/.test(a) ? '\\b' : '';
    const end = /\w$/.test(a) ? '\\b' : '';
    return start + escapeRegExp(a) + end;
  });
  return new RegExp(parts.join('|'), flags);
}

function regexMatches(re: RegExp, passages: readonly string[]): number {
  let n = 0;
  for (const passage of passages) for (const _ of passage.matchAll(re)) n++;
  return n;
}

// Words as a reader sees them, initialisms and apostrophes included ("U.S.", "Khamene'i").
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’.+][\p{L}\p{N}\p{M}]+)*/gu;

/** fuse.js searched with every word of the text; returns [words searched, words with a hit]. */
function fuseMatches(fuse: Fuse<string>, words: readonly string[]): [number, number] {
  let hits = 0;
  for (const word of words) {
    const results = fuse.search(word);
    if (results.length > 0) hits++;
    sink += results.length;
  }
  return [words.length, hits];
}

// ---------------------------------------------------------------------------------------------
// Report

type Goal = { name: string; value: number; target: number; unit: string; pass: boolean; higherIsBetter: boolean };

function goal(name: string, value: number, op: '>=' | '<', target: number, unit: string): Goal {
  return { name, value, target, unit, pass: op === '>=' ? value >= target : value < target, higherIsBetter: op === '>=' };
}

function fmt(n: number, digits = 1): string {
  return n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const line = (r: readonly string[]) =>
    r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  return [line(rows[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

// ---------------------------------------------------------------------------------------------

function main(): void {
  const cpus = os.cpus();
  const machine = {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    node: process.version,
    platform: `${os.platform()} ${os.arch()}`,
  };
  console.log('Backstory matching benchmark');
  console.log(`machine: ${machine.cpu}, ${machine.cores} cores, node ${machine.node}, ${machine.platform}`);

  // --- Input ---------------------------------------------------------------------------------
  const pack = JSON.parse(readFileSync(PACK_FILE, 'utf8')) as Pack;
  const aliasCount = pack.entities.reduce((n, e) => n + e.aliases.length, 0);
  const gen = timeOnce(() => generateText(realPackMentions(pack), { seed: SEED, bytes: TEXT_BYTES }));
  const text = gen.value;
  const lengths = text.passages.map((p) => p.length);
  console.log(
    `text: ${fmt(text.bytes / 1e6, 2)} MB UTF-8 in ${text.passages.length} passages ` +
      `(${Math.min(...lengths)}-${Math.max(...lengths)} chars), ${text.words.toLocaleString('en-US')} words, ` +
      `${text.planted} planted mentions (1 per ${fmt(text.words / text.planted, 0)} words), ` +
      `${text.traps} trap sentences; generated in ${fmt(gen.ms, 0)} ms (seed ${SEED})`,
  );
  console.log(`real pack: ${pack.id}, ${pack.entities.length} entities, ${aliasCount} aliases\n`);

  // --- Ours ----------------------------------------------------------------------------------
  // The first compile is the one a page pays (each content script compiles once, cold);
  // the median of later ones shows the steady cost.
  const compileFirst = timeOnce(() => compileKnowledge([pack]));
  const knowledge: Knowledge = compileFirst.value;
  const compile = measure(RUNS, () => compileKnowledge([pack]).entities.length);
  const ours = measure(RUNS, () => count(findMentions(knowledge, text.passages)));
  const oursMbps = mbps(text.bytes, ours.median);

  // Where the time goes: word splitting alone; everything but the fuzzy pass (misspellings).
  const words = emptyWords();
  const split = measure(RUNS, () => {
    let n = 0;
    for (const p of text.passages) {
      words.count = 0;
      n += splitWords(p, words).count;
    }
    return n;
  });
  const exact = measure(RUNS, () => count(findMentions(knowledge, text.passages, { fuzzy: false })));

  // --- Regex baseline ------------------------------------------------------------------------
  const build = timeOnce(() => aliasRegExp(pack, 'gi'));
  const re = build.value;
  const regex = measure(REGEX_RUNS, () => regexMatches(re, text.passages));
  const regexMbps = mbps(text.bytes, regex.median);
  // Same pattern without 'u': not the baseline asked for, shown so the ratio can be read fairly.
  const reNoU = aliasRegExp(pack, 'giu');
  const regexNoU = measure(REGEX_RUNS, () => regexMatches(reNoU, text.passages));

  // --- fuse.js baseline, on a prefix ---------------------------------------------------------
  const prefix: string[] = [];
  let prefixBytes = 0;
  for (const p of text.passages) {
    if (prefixBytes >= FUSE_BYTES) break;
    prefix.push(p);
    prefixBytes += Buffer.byteLength(p, 'utf8');
  }
  const prefixWords = prefix.flatMap((p) => p.match(WORD) ?? []);
  const aliasStrings = [...new Set(pack.entities.flatMap((e) => e.aliases.map((a) => a.text)))];
  const fuseBuild = timeOnce(() => new Fuse(aliasStrings, { threshold: 0.3, includeScore: true }));
  const fuse = fuseBuild.value;
  // Too slow for five full runs: warm up on the first passage, then time the prefix 3 times.
  fuseMatches(fuse, prefix[0]!.match(WORD) ?? []);
  const fuseRuns: number[] = [];
  let fuseResult: [number, number] = [0, 0];
  for (let r = 0; r < 3; r++) {
    const t = timeOnce(() => fuseMatches(fuse, prefixWords));
    fuseRuns.push(t.ms);
    fuseResult = t.value;
  }
  const fuseMs = median(fuseRuns);
  const fuseMbps = mbps(prefixBytes, fuseMs);
  // Ours on the same prefix, so that the counts can be compared.
  const oursOnPrefix = count(findMentions(knowledge, prefix));
  const regexOnPrefix = regexMatches(re, prefix);

  // --- Scaling: a synthetic pack -------------------------------------------------------------
  const synth = timeOnce(() => syntheticPack(ENTITIES));
  const big = synth.value;
  const bigAliases = big.entities.reduce((n, e) => n + e.aliases.length, 0);
  const validation = timeOnce(() => validatePack(big));
  if (!validation.value.ok) throw new Error(`synthetic pack is invalid:\n${JSON.stringify(validation.value.problems.slice(0, 5))}`);
  const bigText = generateText(syntheticMentions(big), { seed: SEED, bytes: TEXT_BYTES });
  const bigCompileFirst = timeOnce(() => compileKnowledge([big]));
  const bigKnowledge = bigCompileFirst.value;
  const bigCompile = measure(RUNS, () => compileKnowledge([big]).entities.length);
  const bigRun = measure(RUNS, () => count(findMentions(bigKnowledge, bigText.passages)));
  const bigMbps = mbps(bigText.bytes, bigRun.median);
  const bigExact = measure(RUNS, () => count(findMentions(bigKnowledge, bigText.passages, { fuzzy: false })));

  // --- Output --------------------------------------------------------------------------------
  const ms = (t: number) => `${fmt(t, t < 10 ? 2 : 0)} ms`;
  const share = (part: number, whole: number) => `${fmt((100 * part) / whole, 0)}%`;
  const rows: string[][] = [
    ['measure', 'figure', 'matches', 'notes'],
    ['ours: compile real pack (first)', ms(compileFirst.ms), '', `${pack.entities.length} entities, ${aliasCount} aliases`],
    ['ours: compile real pack (median)', ms(compile.median), '', `median of ${RUNS} after the first`],
    ['ours: findMentions', `${fmt(oursMbps)} MB/s`, String(ours.result), `${ms(ours.median)} for ${fmt(text.bytes / 1e6, 2)} MB; median of ${RUNS}`],
    ['  splitWords alone', `${fmt(mbps(text.bytes, split.median))} MB/s`, '', `${ms(split.median)} (${share(split.median, ours.median)} of findMentions), ${split.result} words`],
    ['  findMentions, fuzzy off', `${fmt(mbps(text.bytes, exact.median))} MB/s`, String(exact.result), `${ms(exact.median)} (${share(exact.median, ours.median)}); the rest is the fuzzy pass`],
    ['regex alternation (gi)', `${fmt(regexMbps, 2)} MB/s`, String(regex.result), `${ms(regex.median)}; ${aliasStrings.length} aliases; median of ${REGEX_RUNS}; built in ${ms(build.ms)}`],
    ['  same regex, flags giu', `${fmt(mbps(text.bytes, regexNoU.median))} MB/s`, String(regexNoU.result), `${ms(regexNoU.median)}; informational, not the baseline`],
    ['fuse.js per word', `${fmt(fuseMbps, 3)} MB/s`, String(fuseResult[1]), `PREFIX ONLY: ${fmt(prefixBytes / 1000, 0)} KB, ${fuseResult[0]} words, median of 3; words with a hit`],
    ['  same prefix: ours / regex', '', `${oursOnPrefix} / ${regexOnPrefix}`, 'matches on the fuse.js prefix, for comparison'],
    ['ours vs fuse.js', `${fmt(oursMbps / fuseMbps, 0)}x faster`, '', ''],
    ['ours vs regex', `${fmt(oursMbps / regexMbps, 2)}x`, '', oursMbps >= regexMbps ? 'faster' : 'slower'],
    ['scale: compile synthetic (first)', ms(bigCompileFirst.ms), '', `${big.entities.length} entities, ${bigAliases} aliases`],
    ['scale: compile synthetic (median)', ms(bigCompile.median), '', `median of ${RUNS}`],
    ['scale: findMentions', `${fmt(bigMbps)} MB/s`, String(bigRun.result), `${bigText.planted} planted, 1 per ${fmt(bigText.words / bigText.planted, 0)} words; ${ms(bigRun.median)}`],
    ['  findMentions, fuzzy off', `${fmt(mbps(bigText.bytes, bigExact.median))} MB/s`, String(bigExact.result), `${ms(bigExact.median)} (${share(bigExact.median, bigRun.median)} of findMentions)`],
    ['scale: vs real pack', `${fmt(bigMbps / oursMbps, 2)}x`, '', 'throughput ratio, fuzzy on for both'],
  ];
  console.log(table(rows));

  const goals = [
    goal('ours findMentions throughput', oursMbps, '>=', 20, 'MB/s'),
    goal('ours vs fuse.js', oursMbps / fuseMbps, '>=', 50, 'x'),
    goal('ours vs regex', oursMbps / regexMbps, '>=', 1, 'x'),
    goal('large pack throughput vs real', bigMbps / oursMbps, '>=', 0.5, 'x'),
    goal('large pack compile (first)', bigCompileFirst.ms, '<', 1000, 'ms'),
  ];
  console.log('\ngoals (informational)');
  console.log(
    table([
      ['goal', 'figure', 'target', 'result'],
      ...goals.map((g) => [g.name, `${fmt(g.value, 2)} ${g.unit}`, `${g.higherIsBetter ? '>=' : '<'} ${g.target} ${g.unit}`, g.pass ? 'PASS' : 'MISS']),
    ]),
  );
  console.log(`\n(checksum ${sink}; synthetic pack valid, checked in ${ms(validation.ms)})`);

  const report = {
    date: new Date().toISOString(),
    machine,
    options: { textBytes: TEXT_BYTES, entities: ENTITIES, fusePrefixBytes: FUSE_BYTES, seed: SEED, runs: RUNS },
    text: { bytes: text.bytes, passages: text.passages.length, words: text.words, planted: text.planted, traps: text.traps },
    realPack: { id: pack.id, entities: pack.entities.length, aliases: aliasCount },
    ours: {
      compileFirstMs: compileFirst.ms,
      compileMedianMs: compile.median,
      findMentions: { medianMs: ours.median, runsMs: ours.runs, mbps: oursMbps, mentions: ours.result },
      splitWords: { medianMs: split.median, mbps: mbps(text.bytes, split.median), words: split.result },
      findMentionsFuzzyOff: { medianMs: exact.median, mbps: mbps(text.bytes, exact.median), mentions: exact.result },
    },
    regex: {
      flags: 'gi',
      buildMs: build.ms,
      medianMs: regex.median,
      runsMs: regex.runs,
      mbps: regexMbps,
      matches: regex.result,
      aliases: aliasStrings.length,
      withU: { flags: 'giu', medianMs: regexNoU.median, mbps: mbps(text.bytes, regexNoU.median), matches: regexNoU.result },
    },
    fuse: {
      prefixBytes,
      words: fuseResult[0],
      wordsWithHit: fuseResult[1],
      buildMs: fuseBuild.ms,
      medianMs: fuseMs,
      runsMs: fuseRuns,
      mbps: fuseMbps,
      oursMatchesOnPrefix: oursOnPrefix,
      regexMatchesOnPrefix: regexOnPrefix,
    },
    ratios: { oursVsFuse: oursMbps / fuseMbps, oursVsRegex: oursMbps / regexMbps, largeVsReal: bigMbps / oursMbps },
    scale: {
      entities: big.entities.length,
      aliases: bigAliases,
      compileFirstMs: bigCompileFirst.ms,
      compileMedianMs: bigCompile.median,
      text: { bytes: bigText.bytes, words: bigText.words, planted: bigText.planted },
      findMentions: { medianMs: bigRun.median, runsMs: bigRun.runs, mbps: bigMbps, mentions: bigRun.result },
      findMentionsFuzzyOff: { medianMs: bigExact.median, mbps: mbps(bigText.bytes, bigExact.median), mentions: bigExact.result },
    },
    goals,
  };
  mkdirSync(`${ROOT}reports`, { recursive: true });
  writeFileSync(REPORT, JSON.stringify(report, null, 2) + '\n');
  console.log(`report: ${REPORT}`);
}

main();
