/**
 * The content script's evaluation, build against build: the main-thread time Chromium spends
 * compiling and first running the extension's scripts in a tab (EvaluateScript in a DevTools
 * trace, summed over the tab's frames), on the page with no mention of bench:page, for two or
 * more built extensions in the same run. The builds take turns, four loads at a time in a fresh
 * browser each, for six rounds, so that the machine's slow minutes fall on all of them.
 *
 *   npm run bench:evaluate -- DIR [DIR ...]      (each DIR a built chrome-mv3 folder)
 *
 * With no DIR, the project's own build is measured alone. To measure a change, build the
 * commit before it in a worktree (`git worktree add /tmp/before HEAD~1`, link node_modules,
 * `npm run build`) and pass both folders. Prints the median and quartiles of each.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { EXTENSION_DIRS, launch } from '../../tests/e2e/harness/browsers';
import { servePages } from '../../tests/e2e/harness/server';
import { noMentionPage } from './page-helpers';
import { traceEvaluation } from './trace-evaluation';

const ROUNDS = 6;
const LOADS_PER_TURN = 4;

const dirs = process.argv.slice(2).map((d) => resolve(d));
if (dirs.length === 0) dirs.push(EXTENSION_DIRS.chromium);

const pages = mkdtempSync(join(os.tmpdir(), 'backstory-bench-evaluate-'));
writeFileSync(join(pages, 'quiet.html'), noMentionPage(50));
const server = await servePages([pages]);
const times: number[][] = dirs.map(() => []);
try {
  for (let round = 0; round < ROUNDS; round++) {
    // Every other round in the opposite order, so that no build always goes first.
    const order = round % 2 === 0 ? [...dirs.keys()] : [...dirs.keys()].reverse();
    for (const i of order) {
      const browser = await launch('chromium', { extensionDir: dirs[i]! });
      try {
        for (let k = 0; k < LOADS_PER_TURN; k++) {
          const page = await browser.newPage();
          const trace = await traceEvaluation(await page.devtools!(), `${browser.extensionOrigin}/`);
          await page.goto(server.url('/quiet.html'));
          // The first part runs at document_idle; a second is ample on a page this small.
          await new Promise((r) => setTimeout(r, 1200));
          times[i]!.push((await trace.stop()).ms);
          await page.close();
        }
      } finally {
        await browser.close();
      }
    }
  }
} finally {
  await server.close();
  rmSync(pages, { recursive: true, force: true });
}

const quantile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) * q)]!;
console.log(`evaluation on the page with no mention, ${ROUNDS * LOADS_PER_TURN} loads each (EvaluateScript, ms)`);
console.log('median  quartiles     build');
for (const [i, dir] of dirs.entries()) {
  const t = times[i]!;
  console.log(`${quantile(t, 0.5).toFixed(2).padStart(6)}  ${quantile(t, 0.25).toFixed(2)}-${quantile(t, 0.75).toFixed(2)}  ${dir}`);
}
