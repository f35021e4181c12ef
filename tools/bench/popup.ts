/**
 * Popup benchmark: how long the toolbar popup takes to open ready, in real Chromium and
 * Firefox with the built extension, next to what the browser itself takes to deliver the page.
 *
 *   npm run bench:popup [-- --loads 15]
 *
 * A tab shows tests/fixtures/pages/long.html (it names much of the story), then the popup is
 * opened for that tab (popup.html?tabId=N, as a page: a headless browser has no toolbar to
 * click) again and again, each time in a new tab. From the popup's own performance timeline:
 * - browser:  navigation start to the end of the page's response (its HTML, from the package);
 * - scripts:  to the popup's code starting (its modules fetched and evaluated);
 * - drawn:    to the first render, with the story on screen;
 * - ready:    to the tab's mentions on screen (the `backstory:popup-ready` mark).
 * Medians over the loads; the first load of each browser is left out (it pays for the
 * browser's own start-up). The baseline, in each browser: a generated extension whose page
 * holds one tiny module script that sets the same marks at once, i.e. what any extension page
 * costs that browser to open. Prints a table and writes reports/bench-popup.json.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BROWSERS, launch, waitUntil, type BrowserName } from '../../tests/e2e/harness/browsers';
import { otherTabIds } from '../../tests/e2e/harness/in-page';
import { servePages } from '../../tests/e2e/harness/server';
import { emptyExtension } from './empty-extension';
import { fmtMs, median, table } from './page-helpers';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURES = join(ROOT, 'tests/fixtures/pages');
const LOADS = (() => {
  const i = process.argv.indexOf('--loads');
  const n = i < 0 ? 15 : Number(process.argv[i + 1]);
  if (!Number.isInteger(n) || n < 2) throw new Error('--loads needs a whole number of at least 2');
  return n;
})();
const GOAL_MS = 100;

interface Timing {
  browser: number;
  scripts: number;
  drawn: number;
  ready: number;
}

/** In the popup: its timeline, in ms since navigation start; null until it is ready. */
function popupTiming(): Timing | null {
  // No inner named functions: the script runner would wrap them in a helper the page lacks.
  const marks = new Map(performance.getEntriesByType('mark').map((e) => [e.name, e.startTime]));
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  const ready = marks.get('backstory:popup-ready');
  if (!nav || ready === undefined) return null;
  return {
    browser: nav.responseEnd,
    scripts: marks.get('backstory:popup-start') ?? NaN,
    drawn: marks.get('backstory:popup-drawn') ?? NaN,
    ready,
  };
}

async function measure(name: BrowserName): Promise<Timing[]> {
  const server = await servePages([FIXTURES]);
  const browser = await launch(name);
  try {
    const page = await browser.newPage(server.url('/long.html'));
    const ext = await browser.newPage(`${browser.extensionOrigin}/options.html`);
    const [tabId] = (await ext.evaluate(otherTabIds)) as [number];
    await page.bringToFront();
    // The page has reported once its list is non-empty in the popup; wait for that first.
    const timings: Timing[] = [];
    for (let i = 0; i <= LOADS; i++) {
      const popup = await browser.newPage();
      await popup.goto(`${browser.extensionOrigin}/popup.html?tabId=${tabId}`);
      const timing = await waitUntil(popup, 'the popup to be ready', popupTiming, undefined, (t) => t !== null);
      const listed = await popup.evaluate(() => document.querySelectorAll('[data-entity]').length);
      if (listed === 0) throw new Error('the popup listed no entity: the page had not reported');
      await popup.close();
      if (i > 0) timings.push(timing!);
    }
    return timings;
  } finally {
    await browser.close();
    await server.close();
  }
}

/** An empty extension page's timings in one browser, opened as the popup is (through the harness). */
async function measureBaseline(name: BrowserName): Promise<Timing[]> {
  const dir = emptyExtension(
    name,
    "for (const m of ['start', 'drawn', 'ready']) performance.mark(`backstory:popup-${m}`); document.getElementById('app').textContent = 'ready'; document.body.dataset.ready = 'true';",
  );
  const browser = await launch(name, { extensionDir: dir });
  try {
    const timings: Timing[] = [];
    for (let i = 0; i <= LOADS; i++) {
      const page = await browser.newPage(`${browser.extensionOrigin}/page.html`);
      const timing = await waitUntil(page, 'the baseline page to be ready', popupTiming, undefined, (t) => t !== null);
      await page.close();
      if (i > 0) timings.push(timing!);
    }
    return timings;
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const rows: string[][] = [
    ['browser', 'loads', 'browser ms', 'scripts ms', 'drawn ms', 'ready ms', 'ours (ready - browser)', `ready <= ${GOAL_MS} ms`],
  ];
  const browsers: Record<string, unknown> = {};
  const runs = BROWSERS.flatMap((browser): [string, () => Promise<Timing[]>][] => [
    [`${browser}: empty extension page (baseline)`, () => measureBaseline(browser)],
    [browser, () => measure(browser)],
  ]);
  for (const [name, run] of runs) {
    const timings = await run();
    const m = (k: keyof Timing) => median(timings.map((t) => t[k]));
    const ours = median(timings.map((t) => t.ready - t.browser));
    rows.push([name, String(timings.length), fmtMs(m('browser')), fmtMs(m('scripts')), fmtMs(m('drawn')), fmtMs(m('ready')), fmtMs(ours), m('ready') <= GOAL_MS ? 'PASS' : 'MISS']);
    browsers[name] = { timings, median: { browser: m('browser'), scripts: m('scripts'), drawn: m('drawn'), ready: m('ready'), ours } };
  }
  console.log('Backstory popup benchmark: ms after navigation start, medians\n');
  console.log(table(rows));
  const report = { date: new Date().toISOString(), loads: LOADS, goalMs: GOAL_MS, browsers };
  writeFileSync(join(ROOT, 'reports/bench-popup.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log('\nreport: reports/bench-popup.json');
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
