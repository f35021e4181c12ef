/**
 * Page benchmark: the main-thread time Backstory's content script costs real pages in real
 * Chromium, beside the build it is compared with and beside a minimal extension that does the
 * least such an extension must; with --references, also beside the bare reading of the page
 * and the highlighter people use today.
 *
 *   npm run bench:page [-- --base DIR --ours DIR --loads 7 --pages 4 --references --corpus DIR]
 *                                                   (or BACKSTORY_CORPUS=DIR for the corpus)
 *
 * Five pages by default: the 4 pages of the corpus with the most visible text (wikipedia-2
 * always, and first; `--pages N` for another count) and a generated page that names nothing of
 * the story. On each, taking turns load by load in the same run (ours, base, minimal; then
 * base, minimal, ours; and so on, `--loads` rounds, 7 by default), so that the machine's slow
 * moments fall on all of them:
 * - ours:    the built extension (.output/chrome-mv3);
 * - base:    with `--base DIR`, another built chrome-mv3 folder, such as the build of the
 *            commit a change started from (`git worktree add /tmp/base <commit>`, link
 *            node_modules, `npx wxt build` there, then `--base /tmp/base/.output/chrome-mv3`);
 * - minimal: the reference in tools/bench/minimal-extension: the webextension-polyfill, one
 *            TreeWalker over the body's text nodes and one runtime.sendMessage of their text to
 *            a background that answers with an empty list; in every frame at document_idle,
 *            as ours runs.
 * Every load is in a Chromium of its own with only that extension: a throwaway load of the
 * page without mentions first (the extension's background is then up, as in a browser in use),
 * then the page, in a new tab, traced. The load is over once the extension says so (ours: the
 * tab's stats say `done`; minimal: the top frame's text has reached its background), 300 ms
 * later (frames report a moment apart).
 *
 * The figure is the extension's main-thread time in the tab, read from the DevTools trace of
 * the load the same way for all three (trace-main-thread.ts says exactly what is counted):
 * compiling and running its scripts' top level in every frame, every call into its functions
 * (with what is nested in them), and handling the extension's messages to the frame with the
 * microtasks of their tasks (promise continuations after a message's reply). The median of the
 * loads is shown; ours/base is judged against 1.1 (PASS/MISS), and ours/minimal is shown.
 * Beside them, from Backstory's own report: the first scan's time, its longest slice, the
 * background's matching (not the page's thread) and the mentions. A Backstory build older than
 * this code's report format is read from its report's raw stats (see `backstoryFigures`).
 *
 * --references adds, in a plain Chromium without any extension, run before the rest (never at
 * the same time: on a 2-core machine a second browser would be measured as well):
 * - floor:   a bare TreeWalker pass reading every text node's data under the body, timed in
 *            a fresh isolated world of the loaded page, as a content script would run. The
 *            first pass is the floor; the median of 5 passes is shown too.
 * - every node: the first pass of a walk that meets every element as well, in another fresh world.
 * - mark.js: `new Mark(document.body).mark(every alias of the pack, ...)`, timed in the page
 *            to its `done` callback (median of 3 loads). Over 60 s, the run is stopped and
 *            shown as "> 60 s".
 * They take about three more minutes (mark.js on the largest pages), so they are off by default:
 * the run without them takes about 8 minutes on the project's 2-core machine.
 *
 * Prints tables and goals (PASS/MISS, informational: the exit code is 0 unless something
 * throws) and writes the same figures to reports/bench-page.json.
 */
import { createHash } from 'node:crypto';
import os from 'node:os';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import type { Pack } from '../../data/schema';
import { parseReport } from '../../protocol/reports';
import { readTabFigures } from './tab-figures';
import { CHROMIUM_ARGS, EXTENSION_DIRS, findExecutable, launch, type TestBrowser, type TestPage } from '../../tests/e2e/harness/browsers';
import { askBackground, otherTabIds } from '../../tests/e2e/harness/in-page';
import { servePages, type PageServer } from '../../tests/e2e/harness/server';
import { traceMainThread, type MainThreadCost } from './trace-main-thread';
import {
  everyNodePass,
  floorPass,
  type FloorResult,
  loadPage,
  LOAD_CAP_MS,
  readVisibleChars,
  fmt,
  fmtMs,
  MARK_GLOBAL,
  markJsLoader,
  median,
  noMentionPage,
  runMark,
  sleep,
  table,
  type MarkResult,
} from './page-helpers';
import { argument, corpusDir } from '../arguments';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const REPORT = join(ROOT, 'reports/bench-page.json');
/** The minimal reference's files (written out one by one, so that knip sees them used); the polyfill is copied in beside them at bench time. */
const MINIMAL_FILES = [
  new URL('./minimal-extension/manifest.json', import.meta.url),
  new URL('./minimal-extension/content.js', import.meta.url),
  new URL('./minimal-extension/background.js', import.meta.url),
];
const POLYFILL = join(ROOT, 'node_modules/webextension-polyfill/dist/browser-polyfill.min.js');

// ---------------------------------------------------------------------------------------------
// Options


function count(name: string, fallback: number): number {
  const raw = argument(name);
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name} needs a positive whole number`);
  return n;
}

/** Corpus pages; with the generated page without mentions, five pages. */
const PAGES = count('pages', 4);
/** Loads of each extension on each page. */
const LOADS = count('loads', 7);
const BASE = argument('base') === undefined ? null : resolve(argument('base')!);
/** Ours: this checkout's build, or with `--ours DIR` another (the same code with other packs, say). */
const OURS = resolve(argument('ours') ?? EXTENSION_DIRS.chromium);
const REFERENCES = process.argv.includes('--references');
const CORPUS = corpusDir();

const FLOOR_RUNS = 5;
const MARK_LOADS = 3;
const MARK_CAP_MS = 60_000;
/** How long a load may take to report `done` before it counts as failed. */
const DONE_CAP_MS = 60_000;
/** After the load is over: frames report a moment apart. */
const SETTLE_MS = 300;
/** The goal: ours at most this many times the base build, on every page. */
const BASE_RATIO = 1.1;
/** The page always measured first: the largest visible text of the corpus. */
const FIRST_PAGE = 'wikipedia-2.html';
const NO_MENTION = 'backstory-bench-no-mention.html';

/** The harness's Chromium flags, less the two that load the extension. */
const PLAIN_ARGS = [...CHROMIUM_ARGS];
const VIEWPORT = { width: 1280, height: 800 };

// ---------------------------------------------------------------------------------------------
// Which pages

interface PageInfo {
  file: string;
  /** From pages.tsv; null when the corpus has none (then the pages are picked by file size). */
  visibleChars: number | null;
}

function choosePages(dir: string, count: number): { pages: PageInfo[]; source: string } {
  const files = readdirSync(dir).filter((f) => f.endsWith('.html'));
  const chars = readVisibleChars(dir);
  // Without pages.tsv, bytes stand in for visible text: rougher, but it still finds big pages.
  const size = (f: string) => (chars ? (chars.get(f) ?? 0) : statSync(join(dir, f)).size);
  const ranked = files.filter((f) => f !== FIRST_PAGE).sort((a, b) => size(b) - size(a));
  const chosen = [...(files.includes(FIRST_PAGE) ? [FIRST_PAGE] : []), ...ranked].slice(0, count);
  return {
    pages: chosen.map((file) => ({ file, visibleChars: chars?.get(file) ?? null })),
    source: chars ? 'pages.tsv visible_text_chars' : 'file size (no pages.tsv found)',
  };
}

// ---------------------------------------------------------------------------------------------
// References (--references): floor and mark.js, in a plain Chromium

interface FloorFigures {
  runsMs: number[];
  /** The first pass: what a scan of a freshly loaded page pays, and the goal's floor. */
  firstMs: number;
  /** The median of all passes, for comparison: later passes find the JIT and the DOM warm. */
  medianMs: number;
  characters: number;
  /** The first pass of a walk over every node, elements included (`everyNodePass`). */
  everyNodeMs: number;
  loadedBy: string;
}

interface MarkFigures {
  runs: MarkResult[];
  /** null when a run passed MARK_CAP_MS. */
  medianMs: number | null;
  marks: number | null;
  timedOut: boolean;
  loadedBy: string[];
}

async function withContext<T>(browser: Browser, fn: (context: BrowserContext) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    return await fn(context);
  } finally {
    await context.close().catch(() => {});
  }
}

async function measureFloor(browser: Browser, url: string): Promise<FloorFigures> {
  const figures = await inFreshWorld<FloorResult>(browser, url, 'backstory-floor', `(${floorPass.toString()})(${FLOOR_RUNS})`);
  // A load of its own: after the floor's passes the page's memory and the browser's caches
  // would be warm for it.
  const everyNode = await inFreshWorld<number>(browser, url, 'backstory-every-node', `(${everyNodePass.toString()})()`);
  const result = figures.value;
  return { ...result, firstMs: result.runsMs[0]!, medianMs: median(result.runsMs), everyNodeMs: everyNode.value, loadedBy: figures.loadedBy };
}

/** Loads `url` and evaluates `expression` in a fresh isolated world of it, as a content script runs. */
async function inFreshWorld<T>(browser: Browser, url: string, worldName: string, expression: string): Promise<{ value: T; loadedBy: string }> {
  return withContext(browser, async (context) => {
    const page = await context.newPage();
    const loadedBy = await loadPage({ goto: (u) => page.goto(u, { waitUntil: 'load' }), evaluate: (fn) => page.evaluate(fn) }, url);
    // In a fresh isolated world, as a content script runs: the page's own scripts may already
    // have touched its nodes in the main world, which would warm the floor's first pass.
    const cdp = await context.newCDPSession(page);
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName });
    const evaluated = (await cdp.send('Runtime.evaluate', { expression, contextId: executionContextId, returnByValue: true })) as {
      result: { value: T };
    };
    return { value: evaluated.result.value, loadedBy };
  });
}

async function measureMark(browser: Browser, url: string, loader: string, aliases: string[]): Promise<MarkFigures> {
  const runs: MarkResult[] = [];
  const loadedBy: string[] = [];
  for (let r = 0; r < MARK_LOADS; r++) {
    // A fresh context per run: mark.js changed the last page's DOM.
    const outcome = await withContext(browser, async (context) => {
      const page = await context.newPage();
      loadedBy.push(await loadPage({ goto: (u) => page.goto(u, { waitUntil: 'load' }), evaluate: (fn) => page.evaluate(fn) }, url));
      await page.evaluate(loader);
      const run = page.evaluate(runMark, { aliases, global: MARK_GLOBAL });
      const capped = await Promise.race([run, sleep(MARK_CAP_MS).then(() => null)]);
      // Closing the context (in withContext) ends a page still busy inside mark.js.
      if (capped === null) run.catch(() => {});
      return capped;
    });
    if (outcome === null) {
      // One run over the cap is enough to say so; two more would only cost two more minutes.
      return { runs, medianMs: null, marks: null, timedOut: true, loadedBy };
    }
    runs.push(outcome);
  }
  return { runs, medianMs: median(runs.map((r) => r.ms)), marks: runs.at(-1)!.marks, timedOut: false, loadedBy };
}

// ---------------------------------------------------------------------------------------------
// The extensions, taking turns

type Key = 'ours' | 'base' | 'minimal';

interface Contender {
  key: Key;
  dir: string;
  /** The manifest's content scripts: the frames that ran one are the page's (trace-main-thread.ts). */
  contentScripts: string[];
  /** Whether it is a build of Backstory, which reports on the tab (ours and base), or the minimal reference. */
  backstory: boolean;
}

interface LoadRun {
  /** The extension's main-thread time in the tab, traced (trace-main-thread.ts). */
  cost: MainThreadCost;
  /** The longest task: the trace's longest stretch, or the scan's own longest slice if longer. */
  longestMs: number;
  /** Backstory's own figures for the tab (null for the minimal reference). */
  report: {
    /** The first full scan, over all its slices, by the content script's clock. */
    scanMs: number;
    /** An older build's time making the page's knowledge (0 for builds that make none). */
    startupMs: number;
    longestTaskMs: number;
    /** The background's matching of the first scan's text: not the page's thread. */
    backgroundMs: number;
    mentions: number;
    characters: number;
    /** Frames that loaded the marker; null for a build without one. */
    markerFrames: number | null;
  } | null;
  /** Frames whose text reached the background (minimal reference only). */
  framesSent: number | null;
  loadedBy: string;
  /** The tab's document.visibilityState: a hidden tab could be scheduled differently. */
  visibility: string;
}

interface ContenderFigures {
  runs: LoadRun[];
  errors: string[];
  /** Medians over the loads that succeeded; null when none did. */
  totalMs: number | null;
  evaluateMs: number | null;
  callsMs: number | null;
  messagesMs: number | null;
  longestMs: number | null;
  scanMs: number | null;
  backgroundMs: number | null;
  mentions: number | null;
}

/**
 * A report's stats, loosely read: a build older than this code's report format (the base
 * build, before the reports' `counts`) is refused by parseReport, but its stats say the same
 * things, and carry its timings as well.
 */
function rawStats(raw: unknown): Record<string, unknown> | null {
  const stats = (raw as { stats?: unknown } | null)?.stats;
  return typeof stats === 'object' && stats !== null ? (stats as Record<string, unknown>) : null;
}

/** A reply that says the first scan of the tab is over. */
function finished(raw: unknown): boolean {
  const stats = parseReport(raw)?.stats ?? rawStats(raw);
  // A tab nobody has reported on yet answers with empty stats that say done: characters > 0
  // tells a real report from that.
  return stats !== null && stats.done === true && typeof stats.characters === 'number' && stats.characters > 0;
}

/** Backstory's figures for the tab: through readTabFigures, or for an older build from its report's stats. */
async function backstoryFigures(ext: TestPage, tabId: number): Promise<NonNullable<LoadRun['report']>> {
  const figures = await readTabFigures(ext, tabId);
  if (figures) {
    const { scanMs, startupMs, longestTaskMs, backgroundMs, markerFrames } = figures.diagnostics;
    return { scanMs, startupMs, longestTaskMs, backgroundMs, markerFrames, mentions: figures.report.stats.mentions, characters: figures.report.stats.characters };
  }
  const stats = rawStats(await ext.evaluate(askBackground, { type: 'backstory:get-tab-mentions', tabId }));
  const number = (key: string) => (typeof stats?.[key] === 'number' ? (stats[key] as number) : null);
  const scanMs = number('scanMs');
  const mentions = number('mentions');
  const characters = number('characters');
  if (scanMs === null || mentions === null || characters === null) throw new Error('the background did not answer with the tab’s report');
  return {
    scanMs,
    startupMs: number('startupMs') ?? 0,
    longestTaskMs: number('longestTaskMs') ?? 0,
    backgroundMs: number('backgroundMs') ?? 0,
    markerFrames: number('markerFrames'),
    mentions,
    characters,
  };
}

/** What the minimal reference's background keeps of each frame's message. */
interface Received {
  tabId?: number;
  frameId?: number;
  url?: string;
}

async function poll<T>(what: string, read: () => Promise<T>, accept: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + DONE_CAP_MS;
  let last: T | undefined;
  while (Date.now() < deadline) {
    last = await read();
    if (accept(last)) return last;
    await sleep(100);
  }
  throw new Error(`Timed out after ${DONE_CAP_MS} ms waiting for ${what} (last value: ${JSON.stringify(last)?.slice(0, 200)})`);
}

/**
 * One load of `url` in a new tab, until the extension is done with it; traced when `traced`.
 * `ext` is an extension page of the extension under test, to ask its background from.
 */
async function loadOnce(browser: TestBrowser, ext: TestPage, who: Contender, url: string, traced: boolean): Promise<LoadRun | null> {
  const page = await browser.newPage();
  try {
    if (!page.devtools) throw new Error('the extensions are measured in Chromium, through its DevTools protocol');
    const trace = traced ? await traceMainThread(await page.devtools(), `${browser.extensionOrigin}/`, who.contentScripts) : null;
    const loadedBy = await loadPage(page, url);
    // The extension page and this tab are the browser's only tabs.
    const tabId = (await ext.evaluate(otherTabIds)).at(-1);
    if (tabId === undefined) throw new Error('the page’s tab was not found');
    let framesSent: number | null = null;
    if (who.backstory) {
      const message = { type: 'backstory:get-tab-mentions', tabId };
      await poll(`stats.done for ${url}`, () => ext.evaluate(askBackground, message), finished);
      await sleep(SETTLE_MS);
    } else {
      const ofTab = (list: Received[]) => list.filter((r) => r.tabId === tabId);
      await poll(`the minimal reference's text from ${url}`, async () => (await ext.evaluate(askBackground, { type: 'minimal:received' })) as Received[], (list) =>
        ofTab(list).some((r) => r.frameId === 0),
      );
      await sleep(SETTLE_MS);
      framesSent = ofTab((await ext.evaluate(askBackground, { type: 'minimal:received' })) as Received[]).length;
    }
    // Stopped before Backstory's figures are read: reading them asks every frame for its timings.
    const cost = trace ? await trace.stop() : null;
    if (!cost) return null;
    if (cost.evaluations === 0) throw new Error('the trace holds no evaluation of a content script');
    let report: LoadRun['report'] = null;
    if (who.backstory) report = await backstoryFigures(ext, tabId);
    const visibility = await page.evaluate(() => document.visibilityState);
    return { cost, longestMs: Math.max(cost.longestMs, report?.longestTaskMs ?? 0), report, framesSent, loadedBy, visibility };
  } finally {
    await page.close().catch(() => {});
  }
}

/** The version of the harness's Chromium, as its executable reports it. */
let chromiumVersion: string | null = null;

/** One measured load of `url` in a Chromium of its own with `who`, after a throwaway load of `warmUrl`. */
async function measureLoad(who: Contender, warmUrl: string, url: string): Promise<LoadRun> {
  const browser = await launch('chromium', { extensionDir: who.dir });
  chromiumVersion ??= browser.version();
  try {
    // An extension page that runs nothing of its own (the popup would render and listen).
    const ext = await browser.newPage(`${browser.extensionOrigin}/manifest.json`);
    await loadOnce(browser, ext, who, warmUrl, false);
    return (await loadOnce(browser, ext, who, url, true))!;
  } finally {
    await browser.close();
  }
}

function summarise(runs: LoadRun[], errors: string[]): ContenderFigures {
  const mid = (pick: (r: LoadRun) => number | null | undefined): number | null => {
    const values = runs.map(pick).filter((v): v is number => typeof v === 'number');
    return values.length ? median(values) : null;
  };
  return {
    runs,
    errors,
    totalMs: mid((r) => r.cost.totalMs),
    evaluateMs: mid((r) => r.cost.evaluateMs),
    callsMs: mid((r) => r.cost.callsMs),
    messagesMs: mid((r) => r.cost.messagesMs),
    longestMs: mid((r) => r.longestMs),
    scanMs: mid((r) => r.report?.scanMs),
    backgroundMs: mid((r) => r.report?.backgroundMs),
    mentions: mid((r) => r.report?.mentions),
  };
}

/** The content scripts a built extension's manifest declares. */
function contentScriptsOf(dir: string): string[] {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { content_scripts?: { js?: string[] }[] };
  return (manifest.content_scripts ?? []).flatMap((c) => c.js ?? []);
}

/** The minimal reference, with the polyfill beside it, in `dir`. */
function assembleMinimal(dir: string): string {
  mkdirSync(dir, { recursive: true });
  for (const file of MINIMAL_FILES) copyFileSync(file, join(dir, basename(fileURLToPath(file))));
  copyFileSync(POLYFILL, join(dir, 'browser-polyfill.min.js'));
  return dir;
}

/**
 * A built extension's content script fingerprint and time. The extension may be rebuilt while
 * the benchmark runs (someone else's `npm run build`): comparing before and after says so.
 */
function buildFingerprint(dir: string): { sha256: string; builtAt: string } | null {
  const file = join(dir, 'content-scripts/content.js');
  if (!existsSync(file)) return null;
  const sha256 = createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 16);
  return { sha256, builtAt: statSync(file).mtime.toISOString() };
}

// ---------------------------------------------------------------------------------------------
// Report

type Goal = { name: string; page: string; value: number | null; target: string; pass: boolean; figure: string };

interface Row {
  page: string;
  visibleChars: number | null;
  ours: ContenderFigures | null;
  base: ContenderFigures | null;
  minimal: ContenderFigures | null;
  /** ours / base, medians */
  oursVsBase: number | null;
  /** ours / minimal, medians */
  oursVsMinimal: number | null;
  floor: FloorFigures | null;
  mark: MarkFigures | null;
  /** ours / floor first pass */
  oursVsFloor: number | null;
  /** mark.js / ours; a lower bound when mark.js timed out */
  markVsOurs: number | null;
}

/** performance.now() in a page moves in steps of about 0.1 ms: below that, a time is "< 0.1". */
const GRAIN_MS = 0.1;

function ratio(a: number | null | undefined, b: number | null | undefined): number | null {
  if (a === null || a === undefined || b === null || b === undefined) return null;
  return a / Math.max(b, GRAIN_MS);
}

/** Whether the floor is under the timer's grain, so that ours/floor is only a lower bound. */
function floorUnderGrain(r: Row): boolean {
  return r.floor !== null && r.floor.firstMs < GRAIN_MS;
}

function markMs(mark: MarkFigures | null): string {
  if (!mark) return 'n/a';
  return mark.timedOut ? `> ${MARK_CAP_MS / 1000} s` : fmtMs(mark.medianMs!);
}

/** The words mark.js marked on its last load, most frequent first: what its count is made of. */
function marked(mark: MarkFigures): string {
  const texts = Object.entries(mark.runs.at(-1)?.texts ?? {}).sort((a, b) => b[1] - a[1]);
  if (texts.length === 0) return 'marked nothing';
  const shown = texts.slice(0, 8).map(([text, n]) => `${JSON.stringify(text)}×${n}`);
  return `marked ${shown.join(', ')}${texts.length > 8 ? `, +${texts.length - 8} more` : ''}`;
}

function fmtRatio(value: number | null, lowerBound = false): string {
  if (value === null) return 'n/a';
  return `${lowerBound ? '> ' : ''}${fmt(value, value < 10 ? 2 : 0)}x`;
}

function describeRun(r: LoadRun): string {
  const c = r.cost;
  const parts = `${fmtMs(c.totalMs)} ms (evaluate ${fmtMs(c.evaluateMs)} + calls ${fmtMs(c.callsMs)} + messages ${fmtMs(c.messagesMs)}; ${c.evaluations} scripts evaluated`;
  const report = r.report
    ? `; scan ${fmtMs(r.report.scanMs)} ms, ${r.report.mentions} mentions, marker in ${r.report.markerFrames ?? '-'} frames`
    : `; text of ${r.framesSent} frames sent`;
  return `${parts}${report}; longest ${fmtMs(r.longestMs)} ms; ${r.loadedBy}, ${r.visibility})`;
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const started = Date.now();
  if (!existsSync(CORPUS)) {
    console.log(`bench:page: no page corpus at ${CORPUS}; nothing to measure.`);
    console.log('Set BACKSTORY_CORPUS or pass --corpus DIR to a folder of saved pages.');
    return;
  }
  const { pages, source } = choosePages(CORPUS, PAGES);
  if (pages.length === 0) {
    console.log(`bench:page: no .html page in ${CORPUS}; nothing to measure.`);
    return;
  }
  if (!existsSync(join(OURS, 'manifest.json'))) {
    throw new Error(`The extension is not built at ${OURS}: run \`npm run build\` first.`);
  }
  if (BASE && !existsSync(join(BASE, 'manifest.json'))) throw new Error(`--base ${BASE} holds no built extension (no manifest.json).`);

  // The page without mentions and the minimal reference are written to a folder of their own.
  const scratch = mkdtempSync(join(os.tmpdir(), 'backstory-bench-page-'));
  writeFileSync(join(scratch, NO_MENTION), noMentionPage(50));
  const minimalDir = assembleMinimal(join(scratch, 'minimal-extension'));
  const contenders: Contender[] = [
    { key: 'ours', dir: OURS, contentScripts: contentScriptsOf(OURS), backstory: true },
    ...(BASE ? [{ key: 'base' as const, dir: BASE, contentScripts: contentScriptsOf(BASE), backstory: true }] : []),
    { key: 'minimal', dir: minimalDir, contentScripts: contentScriptsOf(minimalDir), backstory: false },
  ];

  const server: PageServer = await servePages([CORPUS, scratch]);
  const all = [...pages.map((p) => p.file), NO_MENTION];

  const cpus = os.cpus();
  const machine: Record<string, string | number> = {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    node: process.version,
    platform: `${os.platform()} ${os.arch()}`,
    chromium: 'unknown',
  };
  console.log('Backstory page benchmark');
  console.log(`corpus: ${CORPUS}; ${pages.length} pages by ${source}, plus a generated page without mentions`);
  console.log(`extensions, taking turns load by load, ${LOADS} loads each per page: ${contenders.map((c) => `${c.key} (${c.dir})`).join(', ')}`);

  const floors = new Map<string, FloorFigures | null>();
  const marks = new Map<string, MarkFigures | null>();
  const figures = new Map<string, Map<Key, ContenderFigures>>();
  const buildBefore = { ours: buildFingerprint(OURS), base: BASE ? buildFingerprint(BASE) : null };
  let buildAfter: typeof buildBefore = buildBefore;
  let aliases: string[] = [];

  try {
    // --- References: floor and mark.js, plain Chromium, no extension ---------------------------
    if (REFERENCES) {
      const pack = JSON.parse(readFileSync(join(ROOT, 'data/packs/us-iran-thaw.json'), 'utf8')) as Pack;
      aliases = [...new Set(pack.entities.flatMap((e) => e.aliases.map((a) => a.text)))];
      const loader = markJsLoader(readFileSync(join(ROOT, 'node_modules/mark.js/dist/mark.min.js'), 'utf8'));
      console.log(`mark.js: ${aliases.length} aliases of ${pack.id}`);
      const plain = await chromium.launch({ executablePath: findExecutable('chromium'), headless: true, args: PLAIN_ARGS });
      machine.chromium = plain.version();
      try {
        // A throwaway load first: the first page of a new browser pays for its start-up.
        await measureFloor(plain, server.url(NO_MENTION));
        for (const file of all) {
          const url = server.url(file);
          const floor = await measureFloor(plain, url).catch((e) => (console.log(`  ${file}: floor failed: ${e}`), null));
          floors.set(file, floor);
          const mark = await measureMark(plain, url, loader, aliases).catch((e) => (console.log(`  ${file}: mark.js failed: ${e}`), null));
          marks.set(file, mark);
          console.log(
            `  plain    ${file}: floor ${floor ? `${fmtMs(floor.firstMs)} ms first pass (passes ${floor.runsMs.map(fmtMs).join('/')} ms)` : 'n/a'}, ` +
              `mark.js ${markMs(mark)} ms${mark && !mark.timedOut ? ` (loads: ${mark.runs.map((r) => fmtMs(r.ms)).join('/')} ms; ${marked(mark)})` : ''}`,
          );
        }
      } finally {
        await plain.close();
      }
    }

    // --- The extensions, taking turns, one browser at a time -------------------------------------
    const warmUrl = server.url(NO_MENTION);
    for (const file of all) {
      const url = server.url(file);
      const runs = new Map<Key, LoadRun[]>(contenders.map((c) => [c.key, []]));
      const errors = new Map<Key, string[]>(contenders.map((c) => [c.key, []]));
      for (let round = 0; round < LOADS; round++) {
        // Each round starts with the next one, so that none always follows the same other.
        const order = contenders.map((_, i) => contenders[(i + round) % contenders.length]!);
        for (const who of order) {
          try {
            const run = await measureLoad(who, warmUrl, url);
            runs.get(who.key)!.push(run);
            console.log(`  ${who.key.padEnd(7)}  ${file}: ${describeRun(run)}`);
          } catch (error) {
            errors.get(who.key)!.push(String(error).slice(0, 500));
            console.log(`  ${who.key.padEnd(7)}  ${file}: failed: ${String(error).slice(0, 200)}`);
          }
        }
      }
      figures.set(file, new Map(contenders.map((c) => [c.key, summarise(runs.get(c.key)!, errors.get(c.key)!)])));
    }
  } finally {
    await server.close();
    rmSync(scratch, { recursive: true, force: true });
    buildAfter = { ours: buildFingerprint(OURS), base: BASE ? buildFingerprint(BASE) : null };
  }
  if (machine.chromium === 'unknown' && chromiumVersion) machine.chromium = chromiumVersion;

  // --- Output ----------------------------------------------------------------------------------
  const rowOf = (file: string, visibleChars: number | null): Row => {
    const f = figures.get(file);
    const ours = f?.get('ours') ?? null;
    const base = f?.get('base') ?? null;
    const minimal = f?.get('minimal') ?? null;
    const floor = floors.get(file) ?? null;
    const mark = marks.get(file) ?? null;
    return {
      page: file.replace(/\.html$/, ''),
      visibleChars,
      ours,
      base,
      minimal,
      oursVsBase: ratio(ours?.totalMs, base?.totalMs),
      oursVsMinimal: ratio(ours?.totalMs, minimal?.totalMs),
      floor,
      mark,
      oursVsFloor: ratio(ours?.totalMs, floor?.firstMs),
      markVsOurs: ratio(mark?.timedOut ? MARK_CAP_MS : mark?.medianMs, ours?.totalMs),
    };
  };
  const rows = pages.map((p) => rowOf(p.file, p.visibleChars));
  // The generated page has no pages.tsv line: its visible text is what the floor read, or ours.
  const noMention = rowOf(NO_MENTION, floors.get(NO_MENTION)?.characters ?? figures.get(NO_MENTION)?.get('ours')?.runs[0]?.report?.characters ?? null);
  noMention.page = '(no-mention page)';
  const five = [...rows, noMention];

  const n = (v: number | null | undefined, f: (x: number) => string) => (v === null || v === undefined ? 'n/a' : f(v));
  const ms = (v: number | null | undefined) => n(v, fmtMs);
  console.log('');
  console.log(
    table([
      [
        'page',
        'visible chars',
        'ours ms',
        ...(BASE ? ['base ms', `ours/base`, `<= ${BASE_RATIO}x`] : []),
        'minimal ms',
        'ours/minimal',
        'ours: evaluate+calls+messages',
        ...(BASE ? ['base: evaluate+calls+messages'] : []),
        'minimal: evaluate+calls+messages',
        'ours longest ms',
        ...(BASE ? ['base longest ms'] : []),
        'ours scan ms',
        'background ms',
        'mentions',
      ],
      ...five.map((r) => [
        r.page,
        n(r.visibleChars, (x) => x.toLocaleString('en-US')),
        ms(r.ours?.totalMs),
        ...(BASE ? [ms(r.base?.totalMs), fmtRatio(r.oursVsBase), r.oursVsBase === null ? 'n/a' : r.oursVsBase <= BASE_RATIO ? 'PASS' : 'MISS'] : []),
        ms(r.minimal?.totalMs),
        fmtRatio(r.oursVsMinimal),
        parts(r.ours),
        ...(BASE ? [parts(r.base)] : []),
        parts(r.minimal),
        ms(r.ours?.longestMs),
        ...(BASE ? [ms(r.base?.longestMs)] : []),
        ms(r.ours?.scanMs),
        ms(r.ours?.backgroundMs),
        n(r.ours?.mentions, String),
      ]),
    ]),
  );
  console.log(
    `ms: the extension's main-thread time in the tab, traced (trace-main-thread.ts), median of ${LOADS} loads each, taking turns load by load, ` +
      'each in a Chromium of its own with only that extension; evaluate: compiling and running the scripts\' top level; ' +
      'calls: calls into their functions (timers, idle callbacks, API callbacks) with what is nested in them; ' +
      'messages: handling the extension system\'s messages to the frame and the microtasks of their tasks (promise continuations after a reply); ' +
      'longest: the longest stretch of it without a break, or the scan\'s own longest slice; ' +
      'scan and background: ours\' own report (the first scan by its clock; the background\'s matching, off the page\'s thread).',
  );
  if (REFERENCES) {
    console.log('');
    console.log(
      table([
        ['page', 'floor ms', 'floor warm ms', 'every node ms', 'mark.js ms', 'ours/floor', 'ours/every node', 'mark.js/ours', 'marks'],
        ...five.map((r) => [
          r.page,
          floorUnderGrain(r) ? `< ${GRAIN_MS}` : ms(r.floor?.firstMs),
          ms(r.floor?.medianMs),
          ms(r.floor?.everyNodeMs),
          markMs(r.mark),
          fmtRatio(r.oursVsFloor, floorUnderGrain(r)),
          fmtRatio(ratio(r.ours?.totalMs, r.floor?.everyNodeMs), (r.floor?.everyNodeMs ?? 0) < GRAIN_MS),
          fmtRatio(r.markVsOurs, r.mark?.timedOut),
          r.mark?.timedOut ? 'n/a' : n(r.mark?.marks, String),
        ]),
      ]),
    );
    console.log(
      `floor: the first of ${FLOOR_RUNS} passes in a fresh isolated world (floor warm: their median); ` +
        'every node: the first pass of a walk that also meets every element, in a fresh world of its own; ' +
        `mark.js: median of ${MARK_LOADS} loads. The floor and mark.js goals leave out the no-mention page, whose figures are mostly fixed costs.`,
    );
  }

  // --- Goals -------------------------------------------------------------------------------------
  const goals: Goal[] = [];
  const within = (name: string, of: Row[], pick: (r: Row) => number | null, target: number, op: '<=' | '>=', unit: string, lowerBound?: (r: Row) => boolean) => {
    const measured = of.filter((r) => pick(r) !== null);
    const goal = (r: Row, label: string): Goal => {
      const v = pick(r)!;
      return {
        name: label,
        page: r.page,
        value: v,
        target: `${op} ${target}${unit}`,
        pass: op === '<=' ? v <= target : v >= target,
        figure: `${lowerBound?.(r) ? '> ' : ''}${fmt(v, 2)}${unit}`,
      };
    };
    for (const r of measured) goals.push(goal(r, name));
    if (measured.length === 0) {
      goals.push({ name: `${name}: worst`, page: 'n/a', value: null, target: `${op} ${target}${unit}`, pass: false, figure: 'not measured' });
      return;
    }
    goals.push(goal(measured.reduce((a, b) => ((op === '<=' ? pick(b)! > pick(a)! : pick(b)! < pick(a)!) ? b : a)), `${name}: worst`));
  };
  if (BASE) within(`ours within ${BASE_RATIO}x the base build`, five, (r) => r.oursVsBase, BASE_RATIO, '<=', 'x');
  if (REFERENCES) {
    within('ours within 3x the floor', rows, (r) => r.oursVsFloor, 3, '<=', 'x', floorUnderGrain);
    within('mark.js at least 20x slower than ours', rows, (r) => r.markVsOurs, 20, '>=', 'x', (r) => r.mark?.timedOut ?? false);
  }
  // The worst single load, not the median: one long task is what a reader feels.
  const allRuns = five.flatMap((r) => (r.ours?.runs ?? []).map((run) => ({ page: r.page, ms: run.longestMs })));
  const worstTask = allRuns.length ? allRuns.reduce((a, b) => (b.ms > a.ms ? b : a)) : null;
  goals.push({
    name: 'no task over 50 ms (any load)',
    page: worstTask?.page ?? 'n/a',
    value: worstTask?.ms ?? null,
    target: '<= 50 ms',
    pass: worstTask !== null && worstTask.ms <= 50,
    figure: worstTask ? `${fmtMs(worstTask.ms)} ms` : 'not measured',
  });
  const quiet = noMention.ours?.totalMs ?? null;
  goals.push({
    name: 'no-mention page under 5 ms',
    page: noMention.page,
    value: quiet,
    target: '< 5 ms',
    pass: quiet !== null && quiet < 5,
    figure: quiet === null ? 'not measured' : `${fmtMs(quiet)} ms`,
  });

  console.log('\ngoals (informational)');
  console.log(table([['goal', 'page', 'figure', 'target', 'result'], ...goals.map((g) => [g.name, g.page, g.figure, g.target, g.pass ? 'PASS' : 'MISS'])]));
  const rebuilt = buildBefore.ours?.sha256 !== buildAfter.ours?.sha256 || buildBefore.base?.sha256 !== buildAfter.base?.sha256;
  console.log(
    `\nours: content script ${buildBefore.ours?.sha256 ?? 'missing'}, built ${buildBefore.ours?.builtAt ?? 'n/a'}` +
      (BASE ? `; base: ${buildBefore.base?.sha256 ?? 'missing'}, built ${buildBefore.base?.builtAt ?? 'n/a'}` : '') +
      (rebuilt ? '; REBUILT during the run: the figures may mix two builds' : ''),
  );
  const minutes = (Date.now() - started) / 60_000;
  console.log(`machine: ${machine.cpu}, ${machine.cores} cores, node ${machine.node}, ${machine.platform}, chromium ${machine.chromium}; ${fmt(minutes, 1)} min`);

  const report = {
    date: new Date().toISOString(),
    minutes,
    machine,
    extensions: {
      ours: { dir: OURS, before: buildBefore.ours, after: buildAfter.ours },
      base: BASE ? { dir: BASE, before: buildBefore.base, after: buildAfter.base } : null,
      minimal: 'tools/bench/minimal-extension, with webextension-polyfill’s browser-polyfill.min.js',
      rebuiltDuringRun: rebuilt,
    },
    options: {
      corpus: CORPUS,
      pages: PAGES,
      chosenBy: source,
      loads: LOADS,
      references: REFERENCES,
      floorRuns: FLOOR_RUNS,
      markLoads: MARK_LOADS,
      loadCapMs: LOAD_CAP_MS,
      markCapMs: MARK_CAP_MS,
      markAliases: aliases.length,
      baseRatio: BASE_RATIO,
    },
    pages: rows,
    noMention,
    goals,
  };
  mkdirSync(join(ROOT, 'reports'), { recursive: true });
  writeFileSync(REPORT, JSON.stringify(report, null, 2) + '\n');
  console.log(`report: ${REPORT}`);
}

function parts(f: ContenderFigures | null): string {
  if (!f || f.totalMs === null) return f?.errors.length ? `failed (${f.errors.length})` : 'n/a';
  return `${fmtMs(f.evaluateMs!)}+${fmtMs(f.callsMs!)}+${fmtMs(f.messagesMs!)}`;
}

await main();
