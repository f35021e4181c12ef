/**
 * Corpus robustness run: Backstory must not break real pages, and must finish its scan on them.
 *
 *   npm run corpus [-- --browser chromium|firefox|both --firefox N --parallel N --corpus DIR]
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
 * - the box of every element under body (from the document's top left, to within half a
 *   pixel, less our UI host), and where the page is scrolled.
 * With the extension, the scan must also say `done` within DONE_CAP_MS, every mark must lie in
 * the page's readable text (never in a script), and EXPECTED must hold.
 *
 * The pages' remote requests go to a local proxy (tests/e2e/harness/proxy.ts) that fails each
 * at once, as a network error: offline, name lookups hang for many seconds, and a page whose
 * scripts wait on them would load at a different moment every time.
 *
 * A page whose own scripts move things about (timers, random, animation) can differ between two
 * plain loads as well: when a page differs, it is loaded again (up to RECHECKS times plain, then
 * up to RECHECKS times with the extension), and an aspect (errors, resources, text, boxes,
 * scroll) that differs with the extension counts as the page's own doing only if a plain load
 * differs from the first plain load in that same aspect, or a load with the extension matches
 * it there. Such a page is "unstable", not broken, and the report says what differed.
 *
 * Timing matters for such pages, so the loads are made alike: each page is read at the same age
 * (time since it loaded) in every load, once its network is quiet. The extension's load goes
 * first and is read once the scan is done (and no sooner than MIN_AGE_MS); the plain loads then
 * wait just as long.
 *
 * One browser runs at a time (the machine has 2 cores and is shared): all the extension's loads
 * of a browser, then all the plain ones and the plain re-checks, then any re-checks with the
 * extension. Within a browser, --parallel N pages (default 4) are open side by side, each in a
 * window of its own, since most of a visit is waiting; with the extension they take turns to
 * load and scan, so that the scan's figures are not another page's load (Session.turns).
 *
 * Writes reports/corpus.json (everything) and reports/corpus.md (a short table and the broken
 * and unstable pages), prints the table, and exits 1 if any page broke.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseReport, type Report } from '../protocol/reports';
import { readTabFigures } from './bench/tab-figures';
import { BROWSERS, launch, type BrowserName, type TestBrowser, type TestPage } from '../tests/e2e/harness/browsers';
import { askBackground, openWindow, sendToTab } from '../tests/e2e/harness/in-page';
import { startProxy, type RecordingProxy } from '../tests/e2e/harness/proxy';
import { servePages, type PageServer } from '../tests/e2e/harness/server';
import { fmtMs, loadPage, median, readVisibleChars, sleep, table } from './bench/page-helpers';
import {
  compareLoads,
  mentionPlaces,
  pageSnapshot,
  pageTexts,
  sortErrors,
  type Aspect,
  type Difference,
  type Load,
  type PageSnapshot,
  withoutBrowserFetches,
} from './corpus-helpers';
import { PackTerms } from './corpus-terms';
import { argument, corpusDir } from './arguments';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const REPORTS = join(ROOT, 'reports');
/** Our UI host element (entrypoints/marker/ui-host.ts): the one thing the extension may add. */
const HOST_TAG = 'backstory-ui';

/** How long after the page has loaded the scan may take to say `done`. */
const DONE_CAP_MS = 20_000;
/** The earliest a page is read after it loaded: time for its own scripts' first round of work. */
const MIN_AGE_MS = 500;
/**
 * How many more plain loads a page that differs gets, at most. Some pages differ only now and
 * then without us (Firefox lays wikipedia-2 out 1 px taller in some loads): one more load
 * often agrees with the first by chance.
 */
const RECHECKS = 2;
/** A page is read once no request of its own has started or ended for this long... */
const QUIET_MS = 300;
/** ...or after this much longer, for pages that never stop (a script retrying on a timer). */
const QUIET_CAP_MS = 3_000;
/** Frames may report a moment apart (tools/bench/page.ts does the same). */
const FRAMES_GRACE_MS = 300;

/**
 * What some pages must yield: entities that must be found; or, for a page that names some of
 * the story's entities only inside its scripts, that none of those is found (the list of them
 * must not be empty either, or the check would test nothing).
 */
const EXPECTED: Record<string, { mustFind?: string[]; noneOnlyInScripts?: true; why: string }> = {
  'yahoo-2': { mustFind: ['ali-khamenei', 'sanctions'], why: 'names Khamenei and sanctions' },
  'bbc-1': { mustFind: ['iran', 'jcpoa'], why: 'names Iran and the nuclear deal' },
  'schema-org-context-object': {
    noneOnlyInScripts: true,
    why: 'its JSON data and JSON-LD name Iran, Syria and sanctions, which its readable text does not (it does name China, Russia and Washington)',
  },
};

// ---------------------------------------------------------------------------------------------
// Options


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
const PARALLEL = Math.max(1, count('parallel', 4)!);
const BROWSER_CHOICE = argument('browser') ?? 'both';
if (!['chromium', 'firefox', 'both'].includes(BROWSER_CHOICE)) throw new Error('--browser is chromium, firefox or both');
const RUN_BROWSERS: BrowserName[] = BROWSER_CHOICE === 'both' ? [...BROWSERS] : [BROWSER_CHOICE as BrowserName];
const CORPUS = corpusDir();
const TERMS = new PackTerms(join(ROOT, 'data/packs'));

/** A page's name: its file's, less `.html`. */
const pageName = (file: string) => file.replace(/\.html$/, '');

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
  /** Frames that loaded the marker (entrypoints/marker): only those where something stands. */
  markerFrames: number;
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
  /** With the extension: marks painted outside the page's readable text. */
  unreadableMarks?: string[];
  /** With the extension, for pages EXPECTED to be checked so: entities named only in scripts. */
  onlyInScripts?: string[];
}

/** Where pages are loaded: a browser, its extension page (to ask the background) if it has one, and the corpus server. */
interface Session {
  browser: TestBrowser;
  ext: TestPage | null;
  server: PageServer;
  /**
   * With the extension, pages take turns to load and scan: the scan's main-thread figures are
   * measured by the clock, and another page loading on the same two cores at that moment
   * doubles or triples them. Waiting and reading overlap.
   */
  turns: Turns | null;
}

/** One at a time: each `run` starts when the one before it has ended. */
class Turns {
  private last: Promise<unknown> = Promise.resolve();

  run<T>(work: () => Promise<T>): Promise<T> {
    const mine = this.last.then(work, work);
    this.last = mine.catch(() => undefined);
    return mine;
  }
}

/**
 * A real report of a first scan. An unreported tab answers with empty stats that say done and
 * `active: false`; `active` (rather than bench's characters > 0) also lets a page with no text
 * at all count as scanned.
 */
function scanned(reply: Report | null): boolean {
  return reply !== null && reply.active && reply.stats.done;
}

async function summarise(ext: TestPage, tabId: number, reply: Report): Promise<Scan> {
  const entities: Record<string, number> = {};
  for (const m of reply.mentions) entities[m.entityId] = (entities[m.entityId] ?? 0) + 1;
  const { scanMs, longestTaskMs, markerFrames } = (await readTabFigures(ext, tabId))?.diagnostics ?? { scanMs: 0, longestTaskMs: 0, markerFrames: 0 };
  const { done, mentions } = reply.stats;
  return { done, scanMs, longestTaskMs, mentions, entities, active: reply.active, markerFrames };
}

/** A blank page of ours that each new window starts at, so that the driver can find it by address. */
const SLOT = 'backstory-corpus-window.html';
let windowsOpened = 0;

/** A window that loads one page after another, and its tab's id when the extension opened it. */
interface Window {
  tab: TestPage;
  tabId: number | null;
}

/**
 * A window of its own for a worker: with the extension, opened by it (so that its tab's id is
 * known: the driver's new tabs cannot be told apart when several open at once); else by the
 * driver. Opening one costs half a second to two seconds, so each worker keeps its own.
 */
async function openWindowFor(session: Session): Promise<Window> {
  if (!session.ext) return { tab: await session.browser.newWindow(), tabId: null };
  const slot = session.server.url(`/${SLOT}?window=${++windowsOpened}`);
  const tabId = await session.ext.evaluate(openWindow, slot);
  return { tab: await session.browser.pageAt(slot), tabId };
}

interface Polled {
  /** The top frame's own reply. */
  top: Report | null;
  /** The background's reply for the whole tab. */
  tab: Report | null;
}

const tabMessage = (tabId: number) => ({ type: 'backstory:get-tab-mentions', tabId });

/** Asks until the tab's scan is done, or DONE_CAP_MS after it loaded. */
async function untilScanned(ext: TestPage, tabId: number, loadedAt: number): Promise<Polled> {
  // The tab's reply merges its frames, and takes `active` from the lowest frame that has
  // reported: an ad iframe's finished scan can stand in for the page's before the top frame
  // reports at all. So the top frame is asked itself (an error until its content script
  // listens), and the tab's reply, for every frame's figures, must say done as well.
  const topMessage = { tabId, message: { type: 'backstory:get-mentions' } };
  let polled: Polled = { top: null, tab: null };
  while (Date.now() - loadedAt < DONE_CAP_MS) {
    polled = {
      top: parseReport(await ext.evaluate(sendToTab, topMessage).catch(() => null)),
      tab: parseReport(await ext.evaluate(askBackground, tabMessage(tabId))),
    };
    if (scanned(polled.top) && scanned(polled.tab)) break;
    await sleep(50);
  }
  return polled;
}

/** What the scan found, once its frames have all had time to report; or why it did not finish. */
async function scanResult(ext: TestPage, tabId: number, { top, tab }: Polled): Promise<{ scan?: Scan; failure?: string }> {
  if (scanned(top) && scanned(tab)) {
    await sleep(FRAMES_GRACE_MS);
    const reply = parseReport(await ext.evaluate(askBackground, tabMessage(tabId)));
    if (scanned(reply)) return { scan: await summarise(ext, tabId, reply!) };
  }
  return {
    scan: tab ? await summarise(ext, tabId, tab) : undefined,
    failure: `scan not done within ${DONE_CAP_MS / 1000} s (top frame: ${JSON.stringify(top?.stats ?? null)}; tab: ${JSON.stringify(tab?.stats ?? null)})`,
  };
}

/** What is read of a loaded page: its snapshot and, with the extension, where the marks are. */
interface Reading {
  snapshot: PageSnapshot | null;
  failure?: string;
  unreadableMarks?: string[];
  onlyInScripts?: string[];
}

async function read(session: Session, tab: TestPage, url: string): Promise<Reading> {
  let snapshot: PageSnapshot | null = null;
  let failure: string | undefined;
  // Reading can fail while the page replaces its document (a script navigating); try again.
  for (let attempt = 0; attempt < 3 && !snapshot; attempt++) {
    snapshot = await tab.evaluate(pageSnapshot, HOST_TAG).catch((e) => {
      failure = `could not read the page: ${String(e).slice(0, 200)}`;
      return null;
    });
    if (!snapshot) await sleep(500);
  }
  if (snapshot) failure = snapshot.url === url ? undefined : `the page went to ${snapshot.url}`;
  if (!session.ext) return { snapshot, failure };
  const unreadableMarks = (await tab.evaluate(mentionPlaces).catch(() => null))?.unreadable;
  let onlyInScripts: string[] | undefined;
  if (EXPECTED[pageName(url.slice(url.lastIndexOf('/') + 1))]?.noneOnlyInScripts) {
    const texts = await tab.evaluate(pageTexts).catch(() => null);
    onlyInScripts = texts ? TERMS.onlyIn(texts.scripts, texts.readable) : undefined;
  }
  return { snapshot, failure, unreadableMarks, onlyInScripts };
}

/**
 * Loads `url` in `window` and reads it `targetMs` after it loaded, once the network is quiet;
 * with the extension, once its scan is done (then `targetMs` is what that took, at least
 * MIN_AGE_MS).
 */
async function visit(session: Session, window: Window, url: string, targetMs?: number): Promise<Visit> {
  const { tab, tabId } = window;
  const inTurn = <T>(work: () => Promise<T>) => (session.turns ? session.turns.run(work) : work());
  // A blank page first, so that what the last page does as it goes (its last failed requests,
  // its unload handlers) is over before this page's errors are counted.
  await tab.goto('about:blank');
  const errorsBefore = tab.errorLog().length;
  let loadedAt = 0;
  const ext = session.ext && tabId !== null ? { page: session.ext, tabId } : null;
  const { loadedBy, polled } = await inTurn(async () => {
    const loadedBy = await loadPage(tab, url);
    loadedAt = Date.now();
    return { loadedBy, polled: ext ? await untilScanned(ext.page, ext.tabId, loadedAt) : null };
  });
  const { scan, failure: scanFailure } = ext && polled ? await scanResult(ext.page, ext.tabId, polled) : {};
  const target = targetMs ?? Math.max(MIN_AGE_MS, Date.now() - loadedAt);
  await sleep(loadedAt + target - Date.now());
  // Then until the network is quiet: a page that loads images or scripts one after another
  // (each failing at once) is otherwise caught mid-sequence, wherever timing put it.
  const quietBy = Date.now() + QUIET_CAP_MS;
  while (Date.now() - tab.lastNetworkActivity() < QUIET_MS && Date.now() < quietBy) await sleep(50);
  // The age is taken before reading, which itself takes a while on a large page.
  const readAt = Date.now() - loadedAt;
  const reading = await read(session, tab, url);
  const { page: errors, extension: extensionErrors } = sortErrors(tab.errorLog().slice(errorsBefore));
  const { snapshot } = reading;
  return {
    ...reading,
    loadedBy,
    targetMs: target,
    ageMs: readAt,
    errors: snapshot ? withoutBrowserFetches(errors, snapshot.icons) : errors,
    extensionErrors,
    failure: scanFailure ?? reading.failure,
    scan,
  };
}

/**
 * Loads each of `files` in `session`, `width` at a time, each worker in a window of its own;
 * a worker whose window fails (a page that closes it, a crash) gets a new one.
 */
async function visitAll(
  session: Session,
  files: readonly string[],
  width: number,
  visitOne: (window: Window, file: string) => Promise<Visit>,
  record: (file: string, v: Visit) => void,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    let window: Window | null = null;
    try {
      while (next < files.length) {
        const file = files[next++]!;
        window ??= await openWindowFor(session);
        const v = await visitOne(window, file).catch((e): Visit => {
          window?.tab.close().catch(() => {});
          window = null;
          return { loadedBy: 'n/a', targetMs: 0, ageMs: 0, errors: [], extensionErrors: [], snapshot: null, failure: `load failed: ${String(e).slice(0, 200)}` };
        });
        record(file, v);
      }
    } finally {
      await window?.tab.close().catch(() => {});
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, files.length) }, worker));
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
  /** The first plain load against each further load with the extension, when some were made. */
  extensionDifferences: Difference[][];
}

interface BrowserResult {
  browser: BrowserName;
  version: string;
  pages: PageResult[];
  summary: {
    pagesRun: number;
    broken: number;
    unstable: number;
    /** Pages where something was marked, and pages that loaded the marker (in any frame). */
    pagesMarked: number;
    pagesWithMarker: number;
    medianScanMs: number | null;
    worstScanMs: { page: string; ms: number } | null;
    worstLongestTaskMs: { page: string; ms: number } | null;
    minutes: number;
  };
}

function expectationFailures(page: string, v: Visit): string[] {
  const out: string[] = [];
  if (v.unreadableMarks?.length) out.push(`marks outside the readable text: ${v.unreadableMarks.slice(0, 5).join('; ')}`);
  const expected = EXPECTED[page];
  if (!expected || !v.scan) return out;
  const found = Object.keys(v.scan.entities);
  for (const id of expected.mustFind ?? []) {
    if (!found.includes(id)) out.push(`expected ${id} (${expected.why}); found ${found.join(', ') || 'nothing'}`);
  }
  if (expected.noneOnlyInScripts) {
    const onlyInScripts = v.onlyInScripts ?? [];
    if (onlyInScripts.length === 0) out.push(`expected entities named only in its scripts (${expected.why}); found none, so this check tests nothing`);
    const marked = onlyInScripts.filter((id) => found.includes(id));
    if (marked.length) out.push(`marked ${marked.join(', ')}, named only in its scripts (${expected.why})`);
  }
  return out;
}

const STARTED = Date.now();

/** A progress line, with the minutes and seconds since the run began. */
function log(line: string): void {
  const s = Math.round((Date.now() - STARTED) / 1000);
  console.log(`[${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}] ${line}`);
}

async function runBrowser(name: BrowserName, files: string[], server: PageServer, proxy: RecordingProxy, warmUp: string): Promise<BrowserResult> {
  const started = Date.now();
  const withExt = new Map<string, Visit>();
  const plain = new Map<string, Visit>();
  // Only the pages' remote requests go through the proxy: the corpus server is on 127.0.0.1.
  const viaProxy = { address: proxy.address, loopback: false };

  /** Loads `list` in `session`, PARALLEL at a time, after a throwaway load that pays the browser's start-up. */
  const loadAll = async (session: Session, list: string[], record: (file: string, v: Visit) => void, age?: (file: string) => number) => {
    const kind = session.ext ? 'with extension' : 'plain';
    const probeWindow = await openWindowFor(session);
    const probe = await visit(session, probeWindow, warmUp).finally(() => probeWindow.tab.close());
    if (session.ext && probe.failure) {
      throw new Error(`the built extension did not report a finished scan on a plain page (${probe.failure}); rebuild with \`npm run build\``);
    }
    const visitOne = (window: Window, file: string) => visit(session, window, server.url(file), age?.(file));
    await visitAll(session, list, PARALLEL, visitOne, (file, v) => {
      record(file, v);
      const s = v.scan;
      log(
        `  ${name} ${kind} ${pageName(file)}: ${v.failure ? `FAILED ${v.failure}; ` : ''}` +
          `${v.loadedBy}, read at ${(v.ageMs / 1000).toFixed(1)} s, ${v.errors.length} errors` +
          (s ? `, scan ${fmtMs(s.scanMs)} ms, longest task ${fmtMs(s.longestTaskMs)} ms, ${s.mentions} mentions of ${Object.keys(s.entities).length} entities` : ''),
      );
    });
  };

  /** A browser with the extension, for `work`, closed after it. */
  const withExtension = async <T>(work: (session: Session) => Promise<T>): Promise<T> => {
    const browser = await launch(name, { proxy: viaProxy });
    try {
      const ext = await browser.newPage(`${browser.extensionOrigin}/popup.html`);
      return await work({ browser, ext, server, turns: new Turns() });
    } finally {
      await browser.close().catch(() => {});
    }
  };

  log(`${name}: ${files.length} pages, ${PARALLEL} at a time; launching with the extension`);
  const version = await withExtension(async (session) => {
    await loadAll(session, files, (f, v) => withExt.set(f, v));
    return session.browser.version();
  });

  // A page that differs is loaded again, up to RECHECKS times: plain first (does it differ
  // without us too?), then, for what is still unexplained, with the extension (does it differ
  // every time with us?). An aspect (errors, resources, text, boxes, scroll) is explained only
  // by loads that differ in that same aspect: a page whose error messages vary must not hide a
  // layout that only we change. It is explained when a plain load differs from the first plain
  // load in it, or when a load with the extension matches the first plain load in it: then the
  // difference is when the page did things (the extension's work takes time on the same two
  // cores), not something the extension does to it.
  // Plain loads are read at the age the extension's load was read at.
  const age = (f: string) => withExt.get(f)!.ageMs;
  const differences = new Map<string, Difference[]>();
  const plainAgain = new Map<string, Visit[]>();
  const extAgain = new Map<string, Visit[]>();
  const again = (map: Map<string, Visit[]>) => (f: string, v: Visit) => map.set(f, [...(map.get(f) ?? []), v]);
  const unexplained = (file: string): Difference[] => {
    const first = plain.get(file)!;
    const plainVaries = new Set<Aspect>((plainAgain.get(file) ?? []).flatMap((v) => compareLoads(first, v).map((d) => d.aspect)));
    const matched = (aspect: Aspect) => (extAgain.get(file) ?? []).some((v) => !compareLoads(first, v).some((d) => d.aspect === aspect));
    return differences.get(file)!.filter((d) => !plainVaries.has(d.aspect) && !matched(d.aspect));
  };
  const recheck = async (session: Session, list: string[], record: (f: string, v: Visit) => void, how: string): Promise<string[]> => {
    for (let round = 1; round <= RECHECKS && list.length > 0; round++) {
      log(`  ${name}: ${list.length} pages differ with the extension; loading them ${how} again (${round} of at most ${RECHECKS})`);
      await loadAll(session, list, record, age);
      list = list.filter((f) => unexplained(f).length > 0);
    }
    return list;
  };

  log(`${name}: launching plain`);
  const plainBrowser = await launch(name, { extension: false, proxy: viaProxy });
  let stillDiffering: string[];
  try {
    const plainSession: Session = { browser: plainBrowser, ext: null, server, turns: null };
    await loadAll(plainSession, files, (f, v) => plain.set(f, v), age);
    for (const file of files) differences.set(file, compareLoads(plain.get(file)!, withExt.get(file)!));
    stillDiffering = await recheck(plainSession, files.filter((f) => differences.get(f)!.length > 0), again(plainAgain), 'plain');
  } finally {
    await plainBrowser.close().catch(() => {});
  }
  if (stillDiffering.length > 0) {
    log(`${name}: launching with the extension again`);
    await withExtension((session) => recheck(session, stillDiffering, again(extAgain), 'with the extension'));
  }

  const pages: PageResult[] = files.map((file) => {
    const v = withExt.get(file)!;
    const p = plain.get(file)!;
    const diffs = differences.get(file)!;
    const reasons: string[] = [];
    if (v.failure) reasons.push(`with the extension: ${v.failure}`);
    if (p.failure && p.failure !== v.failure) reasons.push(`without the extension: ${p.failure}`);
    reasons.push(...expectationFailures(pageName(file), v));
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
      plainDifferences: (plainAgain.get(file) ?? []).map((v2) => compareLoads(p, v2)),
      extensionDifferences: (extAgain.get(file) ?? []).map((v2) => compareLoads(p, v2)),
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
      pagesMarked: scans.filter((s) => s.mentions > 0).length,
      pagesWithMarker: scans.filter((s) => s.markerFrames > 0).length,
      worstScanMs: worstScan ? { page: worstScan.page, ms: worstScan.scanMs } : null,
      worstLongestTaskMs: worstTask ? { page: worstTask.page, ms: worstTask.longestTaskMs } : null,
      minutes: minutesSince(started),
    },
  };
}

function minutesSince(start: number): number {
  return Math.round((Date.now() - start) / 600) / 100;
}

// ---------------------------------------------------------------------------------------------

/** Firefox gets the pages with the most visible text, and the pages EXPECTED names. */
function firefoxPages(files: string[], n: number): string[] {
  const chars = readVisibleChars(CORPUS);
  // Without pages.tsv, bytes stand in for visible text (as in tools/bench/page.ts).
  const size = (f: string) => (chars ? (chars.get(f) ?? 0) : statSync(join(CORPUS, f)).size);
  const largest = new Set([...files].sort((a, b) => size(b) - size(a)).slice(0, n));
  return files.filter((f) => largest.has(f) || pageName(f) in EXPECTED);
}

function summaryTable(results: BrowserResult[]): string {
  const ms = (x: { page: string; ms: number } | null) => (x ? `${fmtMs(x.ms)} (${x.page})` : 'n/a');
  return table([
    ['browser', 'pages run', 'broken', 'unstable', 'marked', 'marker loaded', 'median scanMs', 'worst scanMs', 'worst longest task ms', 'minutes'],
    ...results.map((r) => [
      r.browser,
      String(r.summary.pagesRun),
      String(r.summary.broken),
      String(r.summary.unstable),
      String(r.summary.pagesMarked),
      String(r.summary.pagesWithMarker),
      r.summary.medianScanMs === null ? 'n/a' : fmtMs(r.summary.medianScanMs),
      ms(r.summary.worstScanMs),
      ms(r.summary.worstLongestTaskMs),
      r.summary.minutes.toFixed(1),
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

  // Pages of our own, served beside the corpus: each browser's first throwaway load, and the
  // blank page each new window opens at.
  const scratch = mkdtempSync(join(os.tmpdir(), 'backstory-corpus-'));
  const WARM_UP = 'backstory-corpus-warm-up.html';
  writeFileSync(join(scratch, WARM_UP), '<!doctype html><title>Warm-up</title><p>Nothing to see here.</p>\n');
  writeFileSync(join(scratch, SLOT), '<!doctype html><title>Window</title>\n');
  const server = await servePages([CORPUS, scratch]);
  const proxy = await startProxy();
  console.log(`Backstory corpus run: ${CORPUS}, ${files.length} of ${all.length} pages; browsers: ${RUN_BROWSERS.join(', ')}`);

  const results: BrowserResult[] = [];
  try {
    for (const name of RUN_BROWSERS) {
      const list = name === 'firefox' ? firefoxPages(files, FIREFOX_PAGES) : files;
      results.push(await runBrowser(name, list, server, proxy, server.url(WARM_UP)));
    }
  } finally {
    await proxy.close();
    await server.close();
    rmSync(scratch, { recursive: true, force: true });
  }

  const brokenLines = results.flatMap((r) =>
    r.pages.filter((p) => p.status === 'broken').map((p) => `- ${r.browser} ${p.page}: ${p.reasons.join(' | ')}`),
  );
  const unstableLines = results.flatMap((r) =>
    r.pages.filter((p) => p.status === 'unstable').map((p) => `- ${r.browser} ${p.page}: ${p.differences.map((d) => d.aspect).join(', ')}`),
  );
  const minutes = minutesSince(STARTED);
  const tableText = summaryTable(results);
  const markdown = [
    '# Corpus run',
    '',
    `${new Date().toISOString()}; corpus ${CORPUS} (${files.length} pages); ${results.map((r) => `${r.browser}: ${r.version}`).join('; ')}; ${PARALLEL} pages at a time; ${minutes.toFixed(1)} minutes.`,
    'Each page loaded with and without the built extension; errors, text and element boxes must agree, the scan must finish, and marks must lie in readable text.',
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
    minutes,
    corpus: CORPUS,
    options: { limit: LIMIT, browsers: RUN_BROWSERS, firefoxPages: FIREFOX_PAGES, parallel: PARALLEL, doneCapMs: DONE_CAP_MS, minAgeMs: MIN_AGE_MS },
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
