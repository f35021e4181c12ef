/**
 * Background benchmark: the background's work for pages, which no page's main thread sees.
 *
 *   npm run bench:background [-- --runs 5 --corpus DIR]
 *
 * - Matching: every corpus page is read into passages as the content script reads it
 *   (happy-dom, lib/page/text-map.ts), sent in the scanner's batches, and matched and described
 *   as the background answers (lib/knowledge/describe.ts), with the bundled packs, warm (as a
 *   background that has matched before); medians of `runs`.
 * - Starting: the background makes its knowledge whenever it starts (Chrome stops an idle
 *   service worker after 30 s, so that is often): from the build's plan (lib/knowledge/plan.ts)
 *   or by compiling the packs, each in a fresh process (a cold engine, as at a worker's start),
 *   taking turns. docs/decisions/build-time-plan.md says why the plan is kept.
 *
 * Prints the figures, the plan beside compiling; writes reports/bench-background.json.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import type { Pack } from '../../data/schema';
import { compileKnowledge, type Knowledge } from '../../lib/knowledge/compile';
import { describeTexts } from '../../lib/knowledge/describe';
import { hydrateKnowledge, planKnowledge } from '../../lib/knowledge/plan';
import { argument, corpusDir } from '../arguments';

const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');
const RUNS = Number(argument('runs') ?? 5);
const CORPUS = corpusDir();
/** The scanner's batches (lib/page/scanner.ts): at most this many passages and characters. */
const BATCH_PASSAGES_SENT = 1024;
const BATCH_CHARS_SENT = 65_536;

/** The bundled packs, read from data/packs/ as the build bundles them (in file-name order). */
function bundledPacks(): Pack[] {
  const dir = join(ROOT, 'data/packs');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Pack);
}

// A child process measures one cold start and prints its figure.
const cold = argument('cold');
if (cold) {
  process.stdout.write(JSON.stringify(coldStart(cold)));
  process.exit(0);
}

/** The main-thread time to make the bundled packs' knowledge one way, in a fresh engine. */
function coldStart(way: string): { ms: number } {
  const packs = bundledPacks();
  const plan = way === 'plan' ? (JSON.parse(readFileSync(join(ROOT, 'reports/bench-background-plan.json'), 'utf8')) as ReturnType<typeof planKnowledge>) : null;
  const started = performance.now();
  const knowledge: Knowledge | null = plan ? hydrateKnowledge(plan, packs) : compileKnowledge(packs);
  if (!knowledge) throw new Error('the plan does not fit the packs');
  // The first batch is matched in the same start, as a page's question is.
  describeTexts(knowledge, ['The Supreme Leader of Iran spoke to Marco Rubio about the JCPOA.']);
  return { ms: performance.now() - started };
}

/** The passages of an HTML page as the content script reads them. */
function passagesOf(html: string): string[] {
  const window = new Window({ url: 'https://example.test/', settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true, disableIframePageLoading: true } });
  const scope = globalThis as Record<string, unknown>;
  for (const name of ['Node', 'NodeFilter', 'Element', 'HTMLElement', 'ShadowRoot', 'Text', 'document', 'getComputedStyle']) {
    scope[name] = (window as unknown as Record<string, unknown>)[name];
  }
  window.document.write(html);
  // Imported here: the reader reads the DOM's globals, set just above.
  const texts = readPassagesNow((window.document.body ?? window.document.documentElement) as unknown as Node);
  void window.happyDOM.close();
  return texts;
}

let readPassagesNow: (root: Node) => string[] = () => [];

/** `texts` in the scanner's batches. */
function batches(texts: readonly string[]): string[][] {
  const out: string[][] = [];
  let batch: string[] = [];
  let characters = 0;
  for (const text of texts) {
    if (batch.length === BATCH_PASSAGES_SENT || (batch.length > 0 && characters + text.length > BATCH_CHARS_SENT)) {
      out.push(batch);
      batch = [];
      characters = 0;
    }
    batch.push(text);
    characters += text.length;
  }
  if (batch.length > 0) out.push(batch);
  return out;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const fmt = (n: number, digits = 2) => n.toFixed(digits);

async function main(): Promise<void> {
  const { readPassages } = await import('../../lib/page/text-map');
  readPassagesNow = (root) => readPassages(root).map((p) => p.text);

  const files = readdirSync(CORPUS).filter((f) => f.endsWith('.html')).sort();
  const pages = files.map((file) => ({ file, batches: batches(passagesOf(readFileSync(join(CORPUS, file), 'utf8'))) }));
  const characters = pages.reduce((sum, p) => sum + p.batches.flat().reduce((s, t) => s + t.length, 0), 0);

  // Matching, warm.
  const knowledge = compileKnowledge(bundledPacks());
  const timeAll = (page: (typeof pages)[number]) => {
    const started = performance.now();
    for (const batch of page.batches) describeTexts(knowledge, batch);
    return performance.now() - started;
  };
  for (const page of pages) timeAll(page); // warm
  const runsPerPage = pages.map(() => [] as number[]);
  for (let run = 0; run < RUNS; run++) pages.forEach((page, i) => runsPerPage[i]!.push(timeAll(page)));
  const perPage = runsPerPage.map(median);
  const sum = (values: number[]) => values.reduce((s, v) => s + v, 0);
  const slowest = perPage.map((ms, i) => ({ file: pages[i]!.file, ms })).sort((a, b) => b.ms - a.ms);

  // Making the knowledge, cold, in fresh processes taking turns.
  mkdirSync(join(ROOT, 'reports'), { recursive: true });
  writeFileSync(join(ROOT, 'reports/bench-background-plan.json'), JSON.stringify(planKnowledge(knowledge)));
  const ways = ['plan', 'compile'] as const;
  const starts: Record<(typeof ways)[number], number[]> = { plan: [], compile: [] };
  for (let run = 0; run < RUNS; run++) {
    for (const way of run % 2 ? [...ways].reverse() : ways) {
      const out = execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--cold', way], { encoding: 'utf8' });
      starts[way].push((JSON.parse(out) as { ms: number }).ms);
    }
  }

  const lines = [
    `Background benchmark: ${pages.length} corpus pages, ${fmt(characters / 1e6)} MB of passages, bundled packs; medians of ${RUNS} runs.`,
    '',
    'Matching a page (warm):',
    `  whole corpus ${fmt(sum(perPage))} ms; per page mean ${fmt(sum(perPage) / pages.length, 3)} ms, median ${fmt(median(perPage), 3)} ms`,
    `  slowest: ${slowest
      .slice(0, 3)
      .map((p) => `${p.file} ${fmt(p.ms)} ms`)
      .join(', ')}`,
    '',
    'Making the knowledge at a background start (fresh process each):',
    ...ways.map((way) => `  ${way.padEnd(8)} median ${fmt(median(starts[way]))} ms   runs ${starts[way].map((ms) => fmt(ms, 1)).join(' / ')}`),
    `  the plan saves ${fmt(median(starts.compile) - median(starts.plan))} ms a start`,
  ];
  console.log(lines.join('\n'));
  writeFileSync(
    join(ROOT, 'reports/bench-background.json'),
    JSON.stringify({ runs: RUNS, pages: pages.length, characters, matching: { totalMs: sum(perPage), perPage: slowest }, starts }, null, 2),
  );
}

await main();
