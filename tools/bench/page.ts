/**
 * Page benchmark: what Backstory's content script costs on real pages in real Chromium, next to
 * the least any text scanner must do and to the highlighter people use today.
 *
 *   npm run bench:page [-- --pages 8 --corpus DIR]      (or BACKSTORY_CORPUS=DIR)
 *
 * On the N pages of the corpus with the most visible text (wikipedia-2 always, and first), plus
 * a generated page that names nothing of the story:
 * - floor:   a bare TreeWalker pass reading every text node's data under the body, timed in
 *            a fresh isolated world of the loaded page, as a content script would run. The
 *            goal's floor is the first pass: a scan also meets the page's nodes for the first
 *            time. The median of 5 passes (warm JIT, node wrappers already made) is shown too.
 * - every node: the first pass of a walk that meets every element as well as every text
 *            node, in another fresh world: what any reader that must know the elements pays.
 * - ours:    the page loaded with the built extension; once the tab's stats say `done`, the
 *            main-thread time of compiling and first running the content script's parts (its
 *            first part in every frame, the marker in frames that loaded it; from a DevTools
 *            trace of the load: the scripts' own clocks cannot see it), plus that to
 *            make the page's knowledge (`startupMs`) and of the first full scan (`scanMs`, from
 *            reading to painting what comes back), the longest task (the longer of the
 *            evaluation and `longestTaskMs`) and the mentions, as the background reports them
 *            for the tab (median of 3 loads, each in a new tab so that no earlier report is
 *            read); beside them, the time the background spent matching that scan's text
 *            (`backgroundMs`), which is not the page's main thread.
 * - mark.js: `new Mark(document.body).mark(every alias of the pack, ...)`, timed in the page
 *            to its `done` callback (median of 3 loads: it wraps matches in <mark>, so every
 *            run needs a fresh page). Over 60 s, the run is stopped and shown as "> 60 s".
 *
 * Floor and mark.js run in a plain Chromium without the extension, so our marks never share
 * the page with them; ours runs in the harness's Chromium with the extension. The two
 * browsers run one after the other, never at once: on a 2-core machine a second browser
 * would be measured as well.
 *
 * Prints a table and goals (PASS/MISS, informational: the exit code is 0 unless something
 * throws) and writes the same figures to reports/bench-page.json.
 */
import { createHash } from 'node:crypto';
import os from 'node:os';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import type { Pack } from '../../data/schema';
import { parseReport } from '../../protocol/reports';
import { readTabFigures } from './tab-figures';
import { CHROMIUM_ARGS, EXTENSION_DIRS, findExecutable, launch, waitUntil, type TestBrowser, type TestPage } from '../../tests/e2e/harness/browsers';
import { askBackground, otherTabIds } from '../../tests/e2e/harness/in-page';
import { servePages, type PageServer } from '../../tests/e2e/harness/server';
import { traceEvaluation } from './trace-evaluation';
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

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const REPORT = join(ROOT, 'reports/bench-page.json');

// ---------------------------------------------------------------------------------------------
// Options

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? undefined : process.argv[i + 1];
}

const PAGES = (() => {
  const raw = argument('pages');
  if (raw === undefined) return 8;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new Error('--pages needs a positive whole number');
  return n;
})();
const CORPUS = resolve(argument('corpus') ?? process.env.BACKSTORY_CORPUS ?? join(ROOT, '../shared/corpus/pages'));

const FLOOR_RUNS = 5;
const OURS_LOADS = 3;
const MARK_LOADS = 3;
const MARK_CAP_MS = 60_000;
/** How long a load may take to report `done` before it counts as failed. */
const DONE_CAP_MS = 60_000;
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
// Floor and mark.js, in a plain Chromium

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
// Ours, in the harness's Chromium with the extension

interface OursRun {
  /** Main-thread time: evaluating the script, making the knowledge ready (stats.startupMs), the first scan (stats.scanMs). */
  totalMs: number;
  /** Compiling and first running the content script, over all the tab's frames (traced). */
  evaluateMs: number;
  startupMs: number;
  scanMs: number;
  /** The longest task: the script's evaluation or the scan's longest slice. */
  longestTaskMs: number;
  /** The background's time matching the first scan's text, off the page's thread (stats.backgroundMs). */
  backgroundMs: number;
  mentions: number;
  characters: number;
  /** Frames that loaded the marker (only those where something was found need it); null for a build without one. */
  markerFrames: number | null;
  /** Scripts of the extension evaluated in the tab: one per frame, and one more per frame that loaded the marker. */
  evaluations: number;
  loadedBy: string;
  /** The tab's document.visibilityState: a hidden tab could be scheduled differently. */
  visibility: string;
}

interface OursFigures {
  runs: OursRun[];
  totalMs: number | null;
  evaluateMs: number | null;
  startupMs: number | null;
  scanMs: number | null;
  longestTaskMs: number | null;
  backgroundMs: number | null;
  mentions: number | null;
  error?: string;
}

/** A reply that says the first scan of the tab is over. */
function finished(raw: unknown): boolean {
  const reply = parseReport(raw);
  // A tab nobody has reported on yet answers with empty stats that say done: characters > 0
  // tells a real report from that.
  return reply !== null && reply.stats.done && reply.stats.characters > 0;
}

/** One load of `url` in a new tab, read through the background from the extension page `ext`. */
async function oursOnce(browser: TestBrowser, ext: TestPage, url: string): Promise<OursRun> {
  // A new tab per load: the tab's reports start empty, so no report of an earlier load is read.
  const page = await browser.newPage();
  try {
    if (!page.devtools) throw new Error('ours is measured in Chromium, through its DevTools protocol');
    const trace = await traceEvaluation(await page.devtools(), `${browser.extensionOrigin}/`);
    const loadedBy = await loadPage(page, url);
    // Every other tab is closed by now, so the page's tab is the only other one.
    const tabId = (await ext.evaluate(otherTabIds)).at(-1);
    if (tabId === undefined) throw new Error('the page’s tab was not found');
    const message = { type: 'backstory:get-tab-mentions', tabId };
    await waitUntil(ext, `stats.done for ${url}`, askBackground, message, finished, DONE_CAP_MS);
    // Frames may report a moment apart: read again once they have had the time to.
    await sleep(300);
    const figures = await readTabFigures(ext, tabId);
    if (!figures) throw new Error('the background did not answer with the tab’s report');
    const evaluation = await trace.stop();
    if (evaluation.frames === 0) throw new Error('the trace holds no evaluation of the content script');
    const { startupMs, scanMs, longestTaskMs, backgroundMs, markerFrames } = figures.diagnostics;
    const { mentions, characters } = figures.report.stats;
    const visibility = await page.evaluate(() => document.visibilityState);
    return {
      totalMs: evaluation.ms + startupMs + scanMs,
      evaluateMs: evaluation.ms,
      startupMs,
      scanMs,
      longestTaskMs: Math.max(longestTaskMs, evaluation.longestMs),
      backgroundMs,
      mentions,
      characters,
      markerFrames,
      evaluations: evaluation.frames,
      loadedBy,
      visibility,
    };
  } finally {
    await page.close().catch(() => {});
  }
}

async function measureOurs(browser: TestBrowser, ext: TestPage, url: string): Promise<OursFigures> {
  const runs: OursRun[] = [];
  try {
    for (let r = 0; r < OURS_LOADS; r++) runs.push(await oursOnce(browser, ext, url));
  } catch (error) {
    return { runs, totalMs: null, evaluateMs: null, startupMs: null, scanMs: null, longestTaskMs: null, backgroundMs: null, mentions: null, error: String(error) };
  }
  return {
    runs,
    totalMs: median(runs.map((r) => r.totalMs)),
    evaluateMs: median(runs.map((r) => r.evaluateMs)),
    startupMs: median(runs.map((r) => r.startupMs)),
    scanMs: median(runs.map((r) => r.scanMs)),
    longestTaskMs: median(runs.map((r) => r.longestTaskMs)),
    backgroundMs: median(runs.map((r) => r.backgroundMs)),
    mentions: median(runs.map((r) => r.mentions)),
  };
}

/**
 * The built content script's fingerprint and time. The extension may be rebuilt while the
 * benchmark runs (someone else's `npm run build`): comparing before and after says so.
 */
function buildFingerprint(): { sha256: string; builtAt: string } | null {
  const file = join(EXTENSION_DIRS.chromium, 'content-tools/content.js');
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
  floor: FloorFigures | null;
  ours: OursFigures | null;
  mark: MarkFigures | null;
  /** ours total ms / floor first-pass ms */
  oursVsFloor: number | null;
  /** mark.js ms / ours total ms; a lower bound when mark.js timed out */
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

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
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

  // Checked now rather than at launch: the plain browser's measures come first and take minutes.
  if (!existsSync(join(EXTENSION_DIRS.chromium, 'manifest.json'))) {
    throw new Error(`The extension is not built at ${EXTENSION_DIRS.chromium}: run \`npm run build\` first.`);
  }
  const pack = JSON.parse(readFileSync(join(ROOT, 'data/packs/us-iran-thaw.json'), 'utf8')) as Pack;
  const aliases = [...new Set(pack.entities.flatMap((e) => e.aliases.map((a) => a.text)))];
  const loader = markJsLoader(readFileSync(join(ROOT, 'node_modules/mark.js/dist/mark.min.js'), 'utf8'));

  // The page without mentions is written to a folder of its own, served beside the corpus.
  const scratch = mkdtempSync(join(os.tmpdir(), 'backstory-bench-page-'));
  writeFileSync(join(scratch, NO_MENTION), noMentionPage(50));
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
  console.log(`mark.js: ${aliases.length} aliases of ${pack.id}\n`);

  const floors = new Map<string, FloorFigures | null>();
  const marks = new Map<string, MarkFigures | null>();
  const ours = new Map<string, OursFigures | null>();
  let buildBefore: ReturnType<typeof buildFingerprint> = null;
  let buildAfter: ReturnType<typeof buildFingerprint> = null;

  try {
    // --- Floor and mark.js: plain Chromium, no extension --------------------------------------
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
          `  plain  ${file}: floor ${floor ? `${fmtMs(floor.firstMs)} ms first pass (passes ${floor.runsMs.map(fmtMs).join('/')} ms)` : 'n/a'}, ` +
            `mark.js ${markMs(mark)} ms${mark && !mark.timedOut ? ` (loads: ${mark.runs.map((r) => fmtMs(r.ms)).join('/')} ms; ${marked(mark)})` : ''}`,
        );
      }
    } finally {
      await plain.close();
    }

    // --- Ours: the harness's Chromium with the built extension --------------------------------
    buildBefore = buildFingerprint();
    const browser = await launch('chromium');
    try {
      // The extension page that asks the background; it takes the tab the browser opened with.
      const ext = await browser.newPage(`${browser.extensionOrigin}/popup.html`);
      // A throwaway load, which also checks that the build reports the stats of the contract.
      const probe = await measureOurs(browser, ext, server.url(NO_MENTION));
      if (probe.error) {
        console.log(
          `  ours: the built content script did not report a finished scan (stats.done) within ${DONE_CAP_MS / 1000} s;` +
            ` ours is left out. Rebuild with \`npm run build\`.\n  (${probe.error.slice(0, 300)})`,
        );
      } else {
        for (const file of all) {
          const figures = await measureOurs(browser, ext, server.url(file));
          ours.set(file, figures);
          console.log(
            `  ours   ${file}: ` +
              (figures.error
                ? `failed: ${figures.error.slice(0, 200)}`
                : `total ${fmtMs(figures.totalMs!)} ms (evaluate ${fmtMs(figures.evaluateMs!)} + startup ${fmtMs(figures.startupMs!)} + scan ${fmtMs(figures.scanMs!)}), ` +
                  `longest task ${fmtMs(figures.longestTaskMs!)} ms, ${figures.mentions} mentions ` +
                  `(loads: total ${figures.runs.map((r) => fmtMs(r.totalMs)).join('/')} ms, ` +
                  `longest ${figures.runs.map((r) => fmtMs(r.longestTaskMs)).join('/')} ms, ` +
                  `scripts evaluated ${figures.runs.map((r) => r.evaluations).join('/')}, marker in ${figures.runs.map((r) => r.markerFrames ?? '-').join('/')} frames, ` +
                  `${[...new Set(figures.runs.map((r) => r.visibility))].join('/')})`),
          );
        }
      }
    } finally {
      await browser.close();
      buildAfter = buildFingerprint();
    }
  } finally {
    await server.close();
    rmSync(scratch, { recursive: true, force: true });
  }

  // --- Output ----------------------------------------------------------------------------------
  const rowOf = (file: string, visibleChars: number | null): Row => {
    const floor = floors.get(file) ?? null;
    const o = ours.get(file) ?? null;
    const mark = marks.get(file) ?? null;
    return {
      page: file.replace(/\.html$/, ''),
      visibleChars,
      floor,
      ours: o,
      mark,
      oursVsFloor: ratio(o?.totalMs, floor?.firstMs),
      markVsOurs: ratio(mark?.timedOut ? MARK_CAP_MS : mark?.medianMs, o?.totalMs),
    };
  };
  const rows = pages.map((p) => rowOf(p.file, p.visibleChars));
  // The generated page has no pages.tsv line: its visible text is what the floor read.
  const noMention = rowOf(NO_MENTION, floors.get(NO_MENTION)?.characters ?? null);
  noMention.page = '(no-mention page)';

  const n = (v: number | null | undefined, f: (x: number) => string) => (v === null || v === undefined ? 'n/a' : f(v));
  console.log('');
  console.log(
    table([
      ['page', 'visible chars', 'floor ms', 'floor warm ms', 'every node ms', 'ours ms', 'evaluate+startup+scan', 'ours longest ms', 'background ms', 'mark.js ms', 'ours/floor', 'ours/every node', 'mark.js/ours', 'mentions', 'marks'],
      ...[...rows, noMention].map((r) => [
        r.page,
        n(r.visibleChars, (x) => x.toLocaleString('en-US')),
        floorUnderGrain(r) ? `< ${GRAIN_MS}` : n(r.floor?.firstMs, fmtMs),
        n(r.floor?.medianMs, fmtMs),
        n(r.floor?.everyNodeMs, fmtMs),
        n(r.ours?.totalMs, fmtMs),
        r.ours?.totalMs == null ? 'n/a' : `${fmtMs(r.ours.evaluateMs!)}+${fmtMs(r.ours.startupMs!)}+${fmtMs(r.ours.scanMs!)}`,
        n(r.ours?.longestTaskMs, fmtMs),
        n(r.ours?.backgroundMs, fmtMs),
        markMs(r.mark),
        fmtRatio(r.oursVsFloor, floorUnderGrain(r)),
        fmtRatio(ratio(r.ours?.totalMs, r.floor?.everyNodeMs), (r.floor?.everyNodeMs ?? 0) < GRAIN_MS),
        fmtRatio(r.markVsOurs, r.mark?.timedOut),
        n(r.ours?.mentions, String),
        r.mark?.timedOut ? 'n/a' : n(r.mark?.marks, String),
      ]),
    ]),
  );
  console.log(
    `floor: the first of ${FLOOR_RUNS} passes in a fresh isolated world (floor warm: their median); ` +
      'every node: the first pass of a walk that also meets every element, in a fresh world of its own (the least a reader that must know the elements pays); ' +
      `ours: main-thread time to compile and first run the content script's parts (traced: the first part in every frame, the marker where loaded), make the page's knowledge and the first scan, median of ${OURS_LOADS} loads; ` +
      'background: the time the background spent matching that scan\'s text, off the page\'s thread; ' +
      `mark.js: median of ${MARK_LOADS} loads. ` +
      'The ratio goals leave out the no-mention page, whose figures are mostly fixed costs.',
  );

  // --- Goals -------------------------------------------------------------------------------------
  const goals: Goal[] = [];
  const within = (name: string, pick: (r: Row) => number | null, target: number, op: '<=' | '>=', unit: string, lowerBound?: (r: Row) => boolean) => {
    const measured = rows.filter((r) => pick(r) !== null);
    for (const r of measured) {
      const v = pick(r)!;
      goals.push({
        name,
        page: r.page,
        value: v,
        target: `${op} ${target}${unit}`,
        pass: op === '<=' ? v <= target : v >= target,
        figure: `${lowerBound?.(r) ? '> ' : ''}${fmt(v, 2)}${unit}`,
      });
    }
    if (measured.length === 0) {
      goals.push({ name: `${name}: worst`, page: 'n/a', value: null, target: `${op} ${target}${unit}`, pass: false, figure: 'not measured' });
      return;
    }
    const worst = measured.reduce((a, b) => ((op === '<=' ? pick(b)! > pick(a)! : pick(b)! < pick(a)!) ? b : a));
    const v = pick(worst)!;
    goals.push({
      name: `${name}: worst`,
      page: worst.page,
      value: v,
      target: `${op} ${target}${unit}`,
      pass: op === '<=' ? v <= target : v >= target,
      figure: `${lowerBound?.(worst) ? '> ' : ''}${fmt(v, 2)}${unit}`,
    });
  };
  within('ours within 3x the floor', (r) => r.oursVsFloor, 3, '<=', 'x', floorUnderGrain);
  within('mark.js at least 20x slower than ours', (r) => r.markVsOurs, 20, '>=', 'x', (r) => r.mark?.timedOut ?? false);

  const tasks = [...rows, noMention].filter((r) => r.ours?.longestTaskMs !== null && r.ours?.longestTaskMs !== undefined);
  // The worst single load, not the median: one long task is what a reader feels.
  const allRuns = tasks.flatMap((r) => r.ours!.runs.map((run) => ({ page: r.page, ms: run.longestTaskMs })));
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
  const rebuilt = buildBefore?.sha256 !== buildAfter?.sha256;
  console.log(
    `\nextension: content script ${buildBefore?.sha256 ?? 'missing'}, built ${buildBefore?.builtAt ?? 'n/a'}` +
      (rebuilt ? `; REBUILT during the run (now ${buildAfter?.sha256 ?? 'missing'}): ours may mix two builds` : ''),
  );
  console.log(
    `machine: ${machine.cpu}, ${machine.cores} cores, node ${machine.node}, ${machine.platform}, chromium ${machine.chromium}`,
  );

  const report = {
    date: new Date().toISOString(),
    machine,
    extension: { before: buildBefore, after: buildAfter, rebuiltDuringRun: rebuilt },
    options: {
      corpus: CORPUS,
      pages: PAGES,
      chosenBy: source,
      floorRuns: FLOOR_RUNS,
      oursLoads: OURS_LOADS,
      markLoads: MARK_LOADS,
      loadCapMs: LOAD_CAP_MS,
      markCapMs: MARK_CAP_MS,
      markAliases: aliases.length,
    },
    pages: rows,
    noMention,
    goals,
  };
  mkdirSync(join(ROOT, 'reports'), { recursive: true });
  writeFileSync(REPORT, JSON.stringify(report, null, 2) + '\n');
  console.log(`report: ${REPORT}`);
}

await main();
