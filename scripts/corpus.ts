/**
 * Corpus robustness run: Backstory must not break real pages, and must finish its scan on them.
 *
 *   npm run corpus [-- --limit N --browser chromium|firefox|both --firefox N --corpus DIR]
 *   npm run corpus -- --only yahoo-2,bbc-1      (just these pages, to look at them again)
 *
 * The corpus is a folder of saved pages (--corpus, else BACKSTORY_CORPUS, else
 * ../shared/corpus/pages beside the project); without one there is nothing to run and the exit
 * code is 0. Each page is served from 127.0.0.1 and loaded in Chromium (every page) and Firefox
 * (the --firefox N pages with the most visible text, default 20, plus the pages of EXPECTED),
 * once with the built extension and once without it. The two loads must agree on:
 * - the page's own errors (uncaught exceptions and console errors, as multisets; errors naming
 *   an extension URL are ours and left out). Offline, remote resources fail in both loads: that
 *   is fine as long as they fail alike;
 * - its text (documentElement.textContent, less our UI host `backstory-ui`);
 * - the box of every element under body (rounded to whole pixels, less our UI host).
 * With the extension, the scan must also say `done` within DONE_CAP_MS, and EXPECTED must hold.
 *
 * A page whose own scripts move things about (timers, random, animation) can differ between two
 * plain loads as well: when a page differs, it is loaded plain a second time, and if the plain
 * loads differ in every aspect that differed, the page is "unstable", not broken.
 *
 * Timing matters for such pages, so the loads are made alike: each page is read at the same age
 * (time since it loaded) in every load, and once its network is quiet. The extension's load goes
 * first, and is read once the scan is done (and no sooner than MIN_AGE_MS); the plain loads then
 * wait just as long.
 *
 * Only one browser runs at a time (the machine has 2 cores and is shared): all the extension's
 * loads of a browser, then all the plain ones, then the plain re-checks.
 *
 * Writes reports/corpus.json (everything) and reports/corpus.md (a short table and the broken
 * pages), prints the table, and exits 1 if any page broke.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseMentionsReply, type MentionsReply } from '../lib/messages';
import { BROWSERS, type BrowserName } from '../tests/e2e/harness/browsers';
import { askBackground, otherTabIds, sendToTab } from '../tests/e2e/harness/in-page';
import { servePages } from '../tests/e2e/harness/server';
import { fmtMs, loadPage, median, readVisibleChars, sleep, table } from './bench/page-helpers';
import {
  compareLoads,
  launchDriven,
  pageSnapshot,
  type Aspect,
  type Difference,
  type Driven,
  type Load,
  type PageSnapshot,
  withoutBrowserFetches,
} from './corpus-helpers';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const REPORTS = join(ROOT, 'reports');
/** Our UI host element (entrypoints/content/ui-host.ts): the one thing the extension may add. */
const HOST_TAG = 'backstory-ui';

/** How long after the page has loaded the scan may take to say `done`. */
const DONE_CAP_MS = 20_000;
/** The earliest a page is read after it loaded: time for its own scripts' first round of work. */
const MIN_AGE_MS = 1_500;
/**
 * How many more plain loads a page that differs gets, at most. Some pages differ only now and
 * then without us (Firefox lays wikipedia-2 out 1 px taller in some loads; bbc-1's ad scripts
 * race each other): one more load often agrees with the first by chance.
 */
const RECHECKS = 2;
/** A page is read once no request has started or ended for this long... */
const QUIET_MS = 1_000;
/** ...or after this much longer, for pages that never stop (ads refreshing on a timer). */
const QUIET_CAP_MS = 5_000;
/** Frames may report a moment apart (scripts/bench/page.ts does the same). */
const FRAMES_GRACE_MS = 300;

/** What some pages must yield: entity ids that must be found, or (empty list) nothing at all. */
const EXPECTED: Record<string, { mustFind: string[]; nothingElse?: boolean; why: string }> = {
  'yahoo-2': { mustFind: ['ali-khamenei', 'sanctions'], why: 'names Khamenei and sanctions' },
  'bbc-1': { mustFind: ['iran', 'jcpoa'], why: 'names Iran and the nuclear deal' },
  'schema-org-context-object': { mustFind: [], nothingElse: true, why: 'its terms are only in JSON-LD, which no reader sees' },
};

// ---------------------------------------------------------------------------------------------
// Options

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? undefined : process.argv[i + 1];
}

function count(name: string, fallback: number | null): number | null {
  const raw = argument(name);
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} needs a whole number`);
  return n;
}

const LIMIT = count('limit', null);
const ONLY = argument('only')?.split(',').map((p) => p.trim().replace(/\.html$/, '') + '.html');
const FIREFOX_PAGES = count('firefox', 20)!;
const BROWSER_CHOICE = argument('browser') ?? 'both';
if (!['chromium', 'firefox', 'both'].includes(BROWSER_CHOICE)) throw new Error('--browser is chromium, firefox or both');
const RUN_BROWSERS: BrowserName[] = BROWSER_CHOICE === 'both' ? [...BROWSERS] : [BROWSER_CHOICE as BrowserName];
const CORPUS = resolve(argument('corpus') ?? process.env.BACKSTORY_CORPUS ?? join(ROOT, '../shared/corpus/pages'));

// ---------------------------------------------------------------------------------------------
// One load

interface Scan {
  done: boolean;
  scanMs: number;
  longestTaskMs: number;
  mentions: number;
  /** entity id → mentions */
  entities: Record<string, number>;
  active: boolean;
}

interface Visit extends Load {
  loadedBy: string;
  /** The age (ms after it loaded) the page was due to be read at; plain loads reuse the extension's. */
  targetMs: number;
  /** When the page was read, in ms after it loaded: targetMs, or later if the network was busy. */
  ageMs: number;
  extensionErrors: string[];
  /** Why the page could not be read, if it could not. */
  failure?: string;
  scan?: Scan;
}

/**
 * A real report of a first scan. An unreported tab answers with empty stats that say done and
 * `active: false`; `active` (rather than bench's characters > 0) also lets a page with no text
 * at all count as scanned.
 */
function scanned(reply: MentionsReply | null): boolean {
  return reply !== null && reply.active && reply.stats.done;
}

function summarise(reply: MentionsReply): Scan {
  const entities: Record<string, number> = {};
  for (const m of reply.mentions) entities[m.entityId] = (entities[m.entityId] ?? 0) + 1;
  const { done, scanMs, longestTaskMs, mentions } = reply.stats;
  return { done, scanMs, longestTaskMs, mentions, entities, active: reply.active };
}

/**
 * Loads `url` in a new tab and reads it `targetMs` after it loaded, once the network is quiet;
 * with the extension, once its scan is done (then `targetMs` is what that took, at least MIN_AGE_MS).
 */
async function visit(driven: Driven, url: string, targetMs?: number): Promise<Visit> {
  const ext = driven.ext;
  const before = ext ? await ext.evaluate(otherTabIds) : [];
  const tab = await driven.newTab();
  try {
    // Firefox hides background tabs and Backstory waits for a tab to be shown; plain loads alike.
    await tab.bringToFront();
    const loadedBy = await loadPage(tab, url);
    const loadedAt = Date.now();
    let scan: Scan | undefined;
    let failure: string | undefined;
    if (ext) {
      // The page's tab is the first new one: tabs it opens itself come after it.
      const tabId = (await ext.evaluate(otherTabIds)).find((id) => !before.includes(id));
      if (tabId === undefined) throw new Error('the page’s tab was not found');
      const message = { type: 'backstory:get-tab-mentions', tabId };
      // The tab's reply merges its frames, and takes `active` from the lowest frame that has
      // reported: an ad iframe's finished scan can stand in for the page's before the top frame
      // reports at all. So the top frame is asked itself (an error until its content script
      // listens), and the tab's reply, for every frame's figures, must say done as well.
      const topMessage = { tabId, message: { type: 'backstory:get-mentions' } };
      let reply: MentionsReply | null = null;
      let top: MentionsReply | null = null;
      while (Date.now() - loadedAt < DONE_CAP_MS) {
        top = parseMentionsReply(await ext.evaluate(sendToTab, topMessage).catch(() => null));
        reply = parseMentionsReply(await ext.evaluate(askBackground, message));
        if (scanned(top) && scanned(reply)) break;
        await sleep(100);
      }
      if (scanned(top) && scanned(reply)) {
        await sleep(FRAMES_GRACE_MS);
        reply = parseMentionsReply(await ext.evaluate(askBackground, message));
      }
      scan = reply ? summarise(reply) : undefined;
      if (!scanned(top) || !scanned(reply)) {
        failure = `scan not done within ${DONE_CAP_MS / 1000} s (top frame: ${JSON.stringify(top?.stats ?? null)}; tab: ${JSON.stringify(reply?.stats ?? null)})`;
      }
    }
    const target = targetMs ?? Math.max(MIN_AGE_MS, Date.now() - loadedAt);
    await sleep(loadedAt + target - Date.now());
    // Then until the network is quiet: pages that load images or ads one after another (offline,
    // each fails at once) are caught mid-sequence at a fixed age, wherever timing put them.
    const quietBy = Date.now() + QUIET_CAP_MS;
    while (Date.now() - tab.lastNetworkActivity() < QUIET_MS && Date.now() < quietBy) await sleep(100);
    // The age is taken before reading, which itself takes a while on a large page.
    const readAt = Date.now() - loadedAt;
    let snapshot: PageSnapshot | null = null;
    // Reading can fail while the page replaces its document (a script navigating); try again.
    for (let attempt = 0; attempt < 3 && !snapshot; attempt++) {
      snapshot = await tab.evaluate(pageSnapshot, HOST_TAG).catch((e) => {
        failure ??= `could not read the page: ${String(e).slice(0, 200)}`;
        return null;
      });
      if (!snapshot) await sleep(500);
    }
    if (snapshot && failure?.startsWith('could not read')) failure = undefined;
    if (snapshot && snapshot.url !== url) failure ??= `the page went to ${snapshot.url}`;
    return {
      loadedBy,
      targetMs: target,
      ageMs: readAt,
      errors: snapshot ? withoutBrowserFetches(tab.errors, snapshot.icons) : [...tab.errors],
      extensionErrors: [...tab.extensionErrors],
      snapshot,
      failure,
      scan,
    };
  } finally {
    await tab.close().catch(() => {});
    await driven.closeStrays();
  }
}

// ---------------------------------------------------------------------------------------------
// One browser

type Status = 'ok' | 'broken' | 'unstable';

interface PageResult {
  page: string;
  status: Status;
  /** Why broken (or, for unstable, what differed). */
  reasons: string[];
  withExtension: Omit<Visit, 'snapshot' | 'errors'> & { errors: number; elements: number | null; textLength: number | null };
  differences: Difference[];
  /** The first plain load against each further plain load, when some were made. */
  plainDifferences: Difference[][];
}

interface BrowserResult {
  browser: BrowserName;
  version: string;
  pages: PageResult[];
  summary: {
    pagesRun: number;
    broken: number;
    unstable: number;
    medianScanMs: number | null;
    worstScanMs: { page: string; ms: number } | null;
    worstLongestTaskMs: { page: string; ms: number } | null;
  };
}

function expectationFailures(page: string, scan: Scan | undefined): string[] {
  const expected = EXPECTED[page];
  if (!expected || !scan) return [];
  const found = Object.keys(scan.entities);
  const out = expected.mustFind.filter((id) => !found.includes(id)).map((id) => `expected ${id} (${expected.why}); found ${found.join(', ') || 'nothing'}`);
  if (expected.nothingElse && found.length > 0) out.push(`expected no mention (${expected.why}); found ${found.join(', ')}`);
  return out;
}

const STARTED = Date.now();

/** A progress line, with the minutes and seconds since the run began: a full run takes a while. */
function log(line: string): void {
  const s = Math.round((Date.now() - STARTED) / 1000);
  console.log(`[${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}] ${line}`);
}

async function runBrowser(name: BrowserName, files: string[], url: (file: string) => string, warmUp: string): Promise<BrowserResult> {
  const pageName = (f: string) => f.replace(/\.html$/, '');
  const withExt = new Map<string, Visit>();
  const plain = new Map<string, Visit>();
  let version = 'unknown';

  // Each phase in its own browser, one after the other; a first throwaway load in each pays the
  // browser's start-up, and with the extension checks that the build reports its scans.
  const phase = async (withExtension: boolean, list: string[], record: (file: string, v: Visit) => void, age?: (file: string) => number) => {
    log(`  ${name}: launching ${withExtension ? 'with the extension' : 'plain'}`);
    const driven = await launchDriven(name, withExtension);
    version = driven.version;
    try {
      const probe = await visit(driven, warmUp);
      if (withExtension && probe.failure) {
        throw new Error(`the built extension did not report a finished scan on a plain page (${probe.failure}); rebuild with \`npm run build\``);
      }
      for (const file of list) {
        const v = await visit(driven, url(file), age?.(file)).catch(
          (e): Visit => ({ loadedBy: 'n/a', targetMs: 0, ageMs: 0, errors: [], extensionErrors: [], snapshot: null, failure: `load failed: ${String(e).slice(0, 200)}` }),
        );
        record(file, v);
        const s = v.scan;
        log(
          `  ${name} ${withExtension ? 'with extension' : 'plain'} ${pageName(file)}: ${v.failure ? `FAILED ${v.failure}; ` : ''}` +
            `${v.loadedBy}, read at ${(v.ageMs / 1000).toFixed(1)} s, ${v.errors.length} errors` +
            (s ? `, scan ${fmtMs(s.scanMs)} ms, longest task ${fmtMs(s.longestTaskMs)} ms, ${s.mentions} mentions of ${Object.keys(s.entities).length} entities` : ''),
        );
      }
    } finally {
      await driven.close();
    }
  };

  log(`\n${name}: ${files.length} pages`);
  await phase(true, files, (f, v) => withExt.set(f, v));
  await phase(false, files, (f, v) => plain.set(f, v), (f) => withExt.get(f)!.targetMs);

  const differences = new Map<string, Difference[]>();
  for (const file of files) {
    const a = plain.get(file)!;
    const b = withExt.get(file)!;
    differences.set(file, compareLoads(a, b));
  }

  // Pages that differed are loaded plain again, up to RECHECKS times: do they differ without us
  // too? An aspect (errors, resources, text, boxes) is explained only when a plain load differs
  // from the first in that same aspect: a page whose error messages vary must not hide a layout
  // that only we change.
  const plainAgain = new Map<string, Visit[]>();
  const unexplained = (file: string): Difference[] => {
    const first = plain.get(file)!;
    const seen = new Set<Aspect>((plainAgain.get(file) ?? []).flatMap((v) => compareLoads(first, v).map((d) => d.aspect)));
    return differences.get(file)!.filter((d) => !seen.has(d.aspect));
  };
  let recheck = files.filter((f) => differences.get(f)!.length > 0);
  for (let round = 1; round <= RECHECKS && recheck.length > 0; round++) {
    log(`  ${name}: ${recheck.length} pages differ with the extension; loading them plain again (${round} of at most ${RECHECKS})`);
    await phase(false, recheck, (f, v) => plainAgain.set(f, [...(plainAgain.get(f) ?? []), v]), (f) => withExt.get(f)!.targetMs);
    recheck = recheck.filter((f) => unexplained(f).length > 0);
  }

  const pages: PageResult[] = files.map((file) => {
    const v = withExt.get(file)!;
    const p = plain.get(file)!;
    const diffs = differences.get(file)!;
    const reasons: string[] = [];
    if (v.failure) reasons.push(`with the extension: ${v.failure}`);
    if (p.failure && p.failure !== v.failure) reasons.push(`without the extension: ${p.failure}`);
    reasons.push(...expectationFailures(pageName(file), v.scan));
    reasons.push(...unexplained(file).map((d) => `differs with the extension: ${d.summary}`));
    const status: Status = reasons.length > 0 ? 'broken' : diffs.length > 0 ? 'unstable' : 'ok';
    if (status === 'unstable') reasons.push(...diffs.map((d) => `unstable (differs without the extension too): ${d.summary}`));
    const { snapshot, errors, ...rest } = v;
    return {
      page: pageName(file),
      status,
      reasons,
      withExtension: { ...rest, errors: errors.length, elements: snapshot?.labels.length ?? null, textLength: snapshot?.text.length ?? null },
      differences: diffs,
      plainDifferences: (plainAgain.get(file) ?? []).map((again) => compareLoads(p, again)),
    };
  });

  const scans = pages.flatMap((p) => (p.withExtension.scan?.done ? [{ page: p.page, ...p.withExtension.scan }] : []));
  const worst = (pick: (s: (typeof scans)[number]) => number) =>
    scans.length ? scans.reduce((a, b) => (pick(b) > pick(a) ? b : a)) : null;
  const worstScan = worst((s) => s.scanMs);
  const worstTask = worst((s) => s.longestTaskMs);
  return {
    browser: name,
    version,
    pages,
    summary: {
      pagesRun: pages.length,
      broken: pages.filter((p) => p.status === 'broken').length,
      unstable: pages.filter((p) => p.status === 'unstable').length,
      medianScanMs: scans.length ? median(scans.map((s) => s.scanMs)) : null,
      worstScanMs: worstScan ? { page: worstScan.page, ms: worstScan.scanMs } : null,
      worstLongestTaskMs: worstTask ? { page: worstTask.page, ms: worstTask.longestTaskMs } : null,
    },
  };
}

// ---------------------------------------------------------------------------------------------

/** Firefox is slower to drive: it gets the pages with the most visible text, and the pages EXPECTED names. */
function firefoxPages(files: string[], n: number): string[] {
  const chars = readVisibleChars(CORPUS);
  // Without pages.tsv, bytes stand in for visible text (as in scripts/bench/page.ts).
  const size = (f: string) => (chars ? (chars.get(f) ?? 0) : statSync(join(CORPUS, f)).size);
  const largest = new Set([...files].sort((a, b) => size(b) - size(a)).slice(0, n));
  return files.filter((f) => largest.has(f) || f.replace(/\.html$/, '') in EXPECTED);
}

function summaryTable(results: BrowserResult[]): string {
  const ms = (x: { page: string; ms: number } | null) => (x ? `${fmtMs(x.ms)} (${x.page})` : 'n/a');
  return table([
    ['browser', 'pages run', 'broken', 'unstable', 'median scanMs', 'worst scanMs', 'worst longest task ms'],
    ...results.map((r) => [
      r.browser,
      String(r.summary.pagesRun),
      String(r.summary.broken),
      String(r.summary.unstable),
      r.summary.medianScanMs === null ? 'n/a' : fmtMs(r.summary.medianScanMs),
      ms(r.summary.worstScanMs),
      ms(r.summary.worstLongestTaskMs),
    ]),
  ]);
}

async function main(): Promise<void> {
  if (!existsSync(CORPUS)) {
    console.log(`corpus: no page corpus at ${CORPUS}; nothing to run.`);
    console.log('Set BACKSTORY_CORPUS or pass --corpus DIR to a folder of saved pages.');
    return;
  }
  const all = readdirSync(CORPUS)
    .filter((f) => f.endsWith('.html'))
    .sort();
  const chosen = ONLY ? all.filter((f) => ONLY.includes(f)) : all;
  const files = LIMIT === null ? chosen : chosen.slice(0, LIMIT);
  if (files.length === 0) {
    console.log(`corpus: no .html page in ${CORPUS}; nothing to run.`);
    return;
  }

  // A tiny page of our own, served beside the corpus, for each browser's first throwaway load.
  const scratch = mkdtempSync(join(os.tmpdir(), 'backstory-corpus-'));
  const WARM_UP = 'backstory-corpus-warm-up.html';
  writeFileSync(join(scratch, WARM_UP), '<!doctype html><title>Warm-up</title><p>Nothing to see here.</p>\n');
  const server = await servePages([CORPUS, scratch]);
  console.log(`Backstory corpus run: ${CORPUS}, ${files.length} of ${all.length} pages; browsers: ${RUN_BROWSERS.join(', ')}`);

  const results: BrowserResult[] = [];
  try {
    for (const name of RUN_BROWSERS) {
      const list = name === 'firefox' ? firefoxPages(files, FIREFOX_PAGES) : files;
      results.push(await runBrowser(name, list, (f) => server.url(f), server.url(WARM_UP)));
    }
  } finally {
    await server.close();
    rmSync(scratch, { recursive: true, force: true });
  }

  const brokenLines = results.flatMap((r) =>
    r.pages.filter((p) => p.status === 'broken').map((p) => `- ${r.browser} ${p.page}: ${p.reasons.join(' | ')}`),
  );
  const unstableLines = results.flatMap((r) =>
    r.pages.filter((p) => p.status === 'unstable').map((p) => `- ${r.browser} ${p.page}: ${p.differences.map((d) => d.aspect).join(', ')}`),
  );
  const tableText = summaryTable(results);
  const markdown = [
    '# Corpus run',
    '',
    `${new Date().toISOString()}; corpus ${CORPUS} (${files.length} pages); ${results.map((r) => `${r.browser}: ${r.version}`).join('; ')}.`,
    'Each page loaded with and without the built extension; errors, text and element boxes must agree, and the scan must finish.',
    '',
    ...tableText.split('\n').map((l) => `    ${l}`),
    '',
    '## Broken',
    '',
    ...(brokenLines.length ? brokenLines : ['None.']),
    '',
    '## Unstable (differs without the extension too)',
    '',
    ...(unstableLines.length ? unstableLines : ['None.']),
    '',
  ].join('\n');
  const report = {
    date: new Date().toISOString(),
    minutes: Math.round((Date.now() - STARTED) / 600) / 100,
    corpus: CORPUS,
    options: { limit: LIMIT, browsers: RUN_BROWSERS, firefoxPages: FIREFOX_PAGES, doneCapMs: DONE_CAP_MS, minAgeMs: MIN_AGE_MS },
    expected: EXPECTED,
    browsers: results,
  };
  mkdirSync(REPORTS, { recursive: true });
  writeFileSync(join(REPORTS, 'corpus.json'), JSON.stringify(report, null, 2) + '\n');
  writeFileSync(join(REPORTS, 'corpus.md'), markdown);

  console.log(`\n${tableText}`);
  if (brokenLines.length) console.log(`\nbroken:\n${brokenLines.join('\n')}`);
  if (unstableLines.length) console.log(`\nunstable (differs without the extension too):\n${unstableLines.join('\n')}`);
  console.log(`\nreports: ${join(REPORTS, 'corpus.md')}, ${join(REPORTS, 'corpus.json')}`);
  process.exitCode = results.some((r) => r.summary.broken > 0) ? 1 : 0;
}

await main();
