/**
 * What a large installed pack costs a page: the content script's heap and main-thread time on
 * wikipedia-2 (the corpus page with the most text) in real Chromium with the built extension,
 * with the bundled pack alone and with a generated 10,000-entity pack installed beside it. The
 * packs and their knowledge live in the background, which is not measured here; a page holds
 * only what the background sent it: the candidates in its text, a few facts about their
 * entities, and the text of each card opened.
 *
 *   npm run bench:packs [-- --entities 10000 --loads 3 --corpus DIR --page wikipedia-2.html]
 *
 * Heap: after a forced garbage collection, the V8 heap in use by the page's renderer
 * (Runtime.getHeapUsage over the Chrome DevTools Protocol). A content script runs in its own
 * world but in the page's heap, so the content script's share is the heap with the extension
 * minus the heap of the same page in a Chromium without it. Time, as the tab reports it: the
 * first scan's time and its longest slice, and the start-up, which only an older build reports
 * (the main-thread time its page spent making its own knowledge; a build of today reports 0,
 * see tab-figures.ts); and, seen from the page, the longest block of its main thread after
 * DOMContentLoaded and the time from navigation start to the first mark.
 *
 * Medians of --loads loads, each in a new tab. Prints a table and writes reports/bench-packs.json.
 */
import os from 'node:os';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { Pack } from '../../data/schema';
import { storedPack } from '../../lib/knowledge/stored-pack';
import { readTabFigures, type TabFigures } from './tab-figures';
import { CHROMIUM_ARGS, EXTENSION_DIRS, findExecutable } from '../../tests/e2e/harness/browsers';
import { otherTabIds, writeStorage } from '../../tests/e2e/harness/in-page';
import { servePages } from '../../tests/e2e/harness/server';
import { generatedPack } from '../generate-pack';
import { argument, corpusDir } from '../arguments';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const REPORT = join(ROOT, 'reports/bench-packs.json');


const ENTITIES = Number(argument('entities') ?? 10_000);
const LOADS = Number(argument('loads') ?? 3);
const PAGE = argument('page') ?? 'wikipedia-2.html';
const CORPUS = corpusDir();

interface Load {
  heapMB: number;
  scanMs: number | null;
  longestSliceMs: number | null;
  /** Main-thread time an older build's page took to make its own knowledge (stats.startupMs); 0 for a build of today. */
  startupMs: number | null;
  /** The longest wait of a 4 ms timer in the page after DOMContentLoaded. */
  maxGapMs: number;
  /** Milliseconds from navigation start to the first mark on the page. */
  firstMarkMs: number | null;
  mentions: number | null;
}

/**
 * Watched from the page's first moment, in its own world: when the first mark appears in the
 * highlight registry (the registry is shared with the content script), and the longest the
 * page's own timer had to wait in the six seconds after DOMContentLoaded: any long piece of
 * work on the main thread, the content script's included, delays it.
 */
const WATCH_FIRST_MARK = `
  window.__firstMark = null;
  const seeMarks = () => {
    if (CSS.highlights && CSS.highlights.size > 0) window.__firstMark = performance.now();
    else requestAnimationFrame(seeMarks);
  };
  requestAnimationFrame(seeMarks);
  window.__maxGap = 0;
  document.addEventListener('DOMContentLoaded', () => {
    let last = performance.now();
    const started = last;
    const timer = setInterval(() => {
      const now = performance.now();
      window.__maxGap = Math.max(window.__maxGap, now - last);
      last = now;
      if (now - started > 6000) clearInterval(timer);
    }, 4);
  });
`;

async function launchChromium(extension: boolean): Promise<{ context: BrowserContext; origin: string; close(): Promise<void> }> {
  const profile = mkdtempSync(join(os.tmpdir(), 'backstory-bench-packs-'));
  const dir = EXTENSION_DIRS.chromium;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findExecutable('chromium'),
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [...(extension ? [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`] : []), ...CHROMIUM_ARGS],
  });
  await context.addInitScript(WATCH_FIRST_MARK);
  let origin = '';
  if (extension) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
    origin = `chrome-extension://${new URL(worker.url()).host}`;
  }
  return {
    context,
    origin,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 1e6;
}

/** Loads the page in a new tab; with the extension, waits until the tab reports its first scan done. */
async function loadOnce(context: BrowserContext, url: string, ext: Page | null): Promise<Load> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.bringToFront();
  let figures: TabFigures | null = null;
  if (ext) {
    const tabId = (await ext.evaluate(otherTabIds)).at(-1)!;
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      figures = await readTabFigures(ext, tabId);
      if (figures && figures.report.stats.done && figures.report.stats.passages > 0) break;
      await page.waitForTimeout(200);
    }
    if (!figures?.report.stats.done) throw new Error('the page never reported its first scan done');
  } else {
    await page.waitForTimeout(1500);
  }
  // Let the last report and any idle work finish before measuring.
  await page.waitForTimeout(500);
  const firstMarkMs = await page.evaluate(() => (window as unknown as { __firstMark: number | null }).__firstMark);
  const maxGapMs = await page.evaluate(() => (window as unknown as { __maxGap: number }).__maxGap);
  const heapMB = await heapAfterGc(page);
  await page.close();
  return {
    heapMB,
    maxGapMs,
    firstMarkMs,
    startupMs: figures?.diagnostics.startupMs ?? null,
    scanMs: figures?.diagnostics.scanMs ?? null,
    longestSliceMs: figures?.diagnostics.longestTaskMs ?? null,
    mentions: figures?.report.stats.mentions ?? null,
  };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

interface Figures {
  loads: Load[];
  heapMB: number;
  scanMs: number | null;
  longestSliceMs: number | null;
  startupMs: number | null;
  maxGapMs: number;
  firstMarkMs: number | null;
  mentions: number | null;
}

function summarise(loads: Load[]): Figures {
  const nums = (pick: (l: Load) => number | null) => {
    const values = loads.map(pick).filter((v): v is number => v !== null);
    return values.length > 0 ? median(values) : null;
  };
  return {
    loads,
    heapMB: median(loads.map((l) => l.heapMB)),
    scanMs: nums((l) => l.scanMs),
    longestSliceMs: nums((l) => l.longestSliceMs),
    startupMs: nums((l) => l.startupMs),
    maxGapMs: median(loads.map((l) => l.maxGapMs)),
    firstMarkMs: nums((l) => l.firstMarkMs),
    mentions: nums((l) => l.mentions),
  };
}

async function measure(url: string, extension: boolean, pack: Pack | null): Promise<Figures> {
  const browser = await launchChromium(extension);
  try {
    let ext: Page | null = null;
    if (extension) {
      ext = await browser.context.newPage();
      await ext.goto(`${browser.origin}/options.html`);
      if (pack) {
        // As an import stores it (installPack in storage/packs.ts): the pack was checked by generatedPack.
        await ext.evaluate(writeStorage, { [`pack:${pack.id}`]: storedPack(pack) });
      }
    }
    const loads: Load[] = [];
    // One load to warm the browser's caches, not counted.
    await loadOnce(browser.context, url, ext);
    for (let i = 0; i < LOADS; i++) loads.push(await loadOnce(browser.context, url, ext));
    return summarise(loads);
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  if (!existsSync(join(CORPUS, PAGE))) {
    console.log(`bench:packs: ${PAGE} not found in ${CORPUS}; pass --corpus DIR.`);
    return;
  }
  const pack = generatedPack(ENTITIES);
  const aliases = pack.entities.reduce((n, e) => n + e.aliases.length, 0);
  const server = await servePages([CORPUS]);
  const url = server.url(`/${PAGE}`);
  console.log(`Backstory pack cost on ${PAGE}, Chromium, ${LOADS} loads each (median)`);
  console.log(`generated pack: ${pack.entities.length} entities, ${aliases} aliases, ${(JSON.stringify(pack).length / 1e6).toFixed(1)} MB`);
  try {
    const plain = await measure(url, false, null);
    const bundled = await measure(url, true, null);
    const large = await measure(url, true, pack);
    const fmt = (n: number | null, d = 1) => (n === null ? '-' : n.toFixed(d));
    const rows = [
      ['configuration', 'page heap MB', 'content script MB', 'startup ms', 'first scan ms', 'longest slice ms', 'longest block ms', 'first mark ms', 'mentions'],
      ['no extension', fmt(plain.heapMB), '-', '-', '-', '-', fmt(plain.maxGapMs, 0), '-', '-'],
      ['bundled pack only', fmt(bundled.heapMB), fmt(bundled.heapMB - plain.heapMB), fmt(bundled.startupMs), fmt(bundled.scanMs), fmt(bundled.longestSliceMs), fmt(bundled.maxGapMs, 0), fmt(bundled.firstMarkMs, 0), fmt(bundled.mentions, 0)],
      [`+ ${pack.entities.length}-entity pack`, fmt(large.heapMB), fmt(large.heapMB - plain.heapMB), fmt(large.startupMs), fmt(large.scanMs), fmt(large.longestSliceMs), fmt(large.maxGapMs, 0), fmt(large.firstMarkMs, 0), fmt(large.mentions, 0)],
    ];
    const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
    for (const [i, r] of rows.entries()) {
      console.log(r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '));
      if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
    }
    const report = {
      date: new Date().toISOString(),
      machine: { cpu: os.cpus()[0]?.model.trim() ?? 'unknown', cores: os.cpus().length, node: process.version },
      page: PAGE,
      loads: LOADS,
      pack: { entities: pack.entities.length, aliases },
      plain,
      bundled: { ...bundled, contentScriptMB: bundled.heapMB - plain.heapMB },
      large: { ...large, contentScriptMB: large.heapMB - plain.heapMB },
    };
    mkdirSync(join(ROOT, 'reports'), { recursive: true });
    writeFileSync(REPORT, JSON.stringify(report, null, 2) + '\n');
    console.log(`report: ${REPORT}`);
  } finally {
    await server.close();
  }
}

await main();
