/**
 * What a page feels of Backstory starting: the longest wait of the page's own 4 ms timer in the
 * 3 s after DOMContentLoaded, with and without the built extension, in Chromium. It catches
 * what stats.longestTaskMs cannot: the browser compiling and first running the content script
 * is one task of its own, before any scan slice.
 *
 *   npm run bench:wait [-- --loads 5]
 *
 * Pages: tests/fixtures/pages/long.html and, if the corpus is there, wikipedia-2. Prints the
 * median and worst longest wait per page, plain and with the extension.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, EXTENSION_DIRS, findExecutable } from '../../tests/e2e/harness/browsers';
import { servePages } from '../../tests/e2e/harness/server';
import { fmtMs, median, table } from './page-helpers';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CORPUS = join(ROOT, '../shared/corpus/pages');
const LOADS = (() => {
  const i = process.argv.indexOf('--loads');
  const n = i < 0 ? 5 : Number(process.argv[i + 1]);
  if (!Number.isInteger(n) || n < 1) throw new Error('--loads needs a positive whole number');
  return n;
})();

/** Runs in the page before its own scripts: a 4 ms timer noting its longest wait. */
const PROBE = `(() => {
  const state = { longest: 0 };
  window.__backstoryWait = state;
  document.addEventListener('DOMContentLoaded', () => {
    const start = performance.now();
    let last = start;
    const timer = setInterval(() => {
      const now = performance.now();
      state.longest = Math.max(state.longest, now - last);
      last = now;
      if (now - start > 3000) clearInterval(timer);
    }, 4);
  });
})();`;

async function longestWaits(withExtension: boolean, urls: string[]): Promise<number[][]> {
  const profile = mkdtempSync(join(tmpdir(), 'backstory-wait-'));
  const dir = EXTENSION_DIRS.chromium;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findExecutable('chromium'),
    headless: true,
    args: [...(withExtension ? [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`] : []), ...CHROMIUM_ARGS],
  });
  try {
    await context.addInitScript(PROBE);
    if (withExtension) await (context.serviceWorkers()[0] ?? context.waitForEvent('serviceworker'));
    const results: number[][] = [];
    for (const url of urls) {
      const waits: number[] = [];
      for (let i = 0; i <= LOADS; i++) {
        const page = await context.newPage();
        await page.goto(url, { waitUntil: 'load' });
        await page.waitForTimeout(3300);
        const longest = await page.evaluate(() => (window as unknown as { __backstoryWait: { longest: number } }).__backstoryWait.longest);
        await page.close();
        if (i > 0) waits.push(longest); // the first load of a browser pays for its start-up
      }
      results.push(waits);
    }
    return results;
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const roots = [join(ROOT, 'tests/fixtures/pages'), ...(existsSync(CORPUS) ? [CORPUS] : [])];
  const pages = ['long.html', ...(existsSync(join(CORPUS, 'wikipedia-2.html')) ? ['wikipedia-2.html'] : [])];
  const server = await servePages(roots);
  try {
    const urls = pages.map((p) => server.url(`/${p}`));
    const plain = await longestWaits(false, urls);
    const ours = await longestWaits(true, urls);
    const rows = [['page', 'plain: median', 'plain: worst', 'with Backstory: median', 'with Backstory: worst']];
    pages.forEach((page, i) => {
      rows.push([page, fmtMs(median(plain[i]!)), fmtMs(Math.max(...plain[i]!)), fmtMs(median(ours[i]!)), fmtMs(Math.max(...ours[i]!))]);
    });
    console.log(`The page's longest timer wait (ms) in the 3 s after DOMContentLoaded, ${LOADS} loads each, Chromium\n`);
    console.log(table(rows));
  } finally {
    await server.close();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
