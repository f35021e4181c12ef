/**
 * Where the content script's time goes on one page: loads it in Chromium with the built
 * extension under the V8 sampling profiler and prints the extension's functions by self time.
 *
 *   npx tsx tools/bench/profile.mts [page.html] [--corpus DIR]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, EXTENSION_DIRS, findExecutable } from '../../tests/e2e/harness/browsers';
import { servePages } from '../../tests/e2e/harness/server';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const page = process.argv[2] ?? 'wikipedia-2.html';
const corpus = resolve(process.env.BACKSTORY_CORPUS ?? join(ROOT, '../shared/corpus/pages'));

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const server = await servePages([corpus]);
const profileDir = mkdtempSync(join(tmpdir(), 'backstory-profile-'));
const dir = EXTENSION_DIRS.chromium;
const context = await chromium.launchPersistentContext(profileDir, {
  executablePath: findExecutable('chromium'),
  headless: true,
  viewport: { width: 1280, height: 800 },
  args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, ...CHROMIUM_ARGS],
});
try {
  const tab = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await tab.goto(server.url(`/${page}`), { waitUntil: 'load' });
  await new Promise((r) => setTimeout(r, 4000));
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, k) => {
    const node = byId.get(id)!;
    if (!node.callFrame.url.startsWith('chrome-extension://')) return;
    const dt = (profile.timeDeltas[k + 1] ?? 0) / 1000;
    total += dt;
    const f = node.callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}:${f.columnNumber}`;
    self.set(key, (self.get(key) ?? 0) + dt);
  });
  console.log(`extension self time: ${total.toFixed(1)} ms`);
  // The longest stretch without an idle sample: what one long task of the page's thread holds.
  let best = { from: 0, to: 0, ms: 0 };
  let runStart = -1;
  let runMs = 0;
  profile.samples.forEach((id, k) => {
    const idle = byId.get(id)!.callFrame.functionName === '(idle)';
    const dt = (profile.timeDeltas[k + 1] ?? 0) / 1000;
    if (idle) {
      runStart = -1;
      runMs = 0;
      return;
    }
    if (runStart < 0) runStart = k;
    runMs += dt;
    if (runMs > best.ms) best = { from: runStart, to: k, ms: runMs };
  });
  const inRun = new Map<string, number>();
  for (let k = best.from; k <= best.to; k++) {
    const f = byId.get(profile.samples[k]!)!.callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}`;
    inRun.set(key, (inRun.get(key) ?? 0) + (profile.timeDeltas[k + 1] ?? 0) / 1000);
  }
  console.log(`longest busy stretch: ${best.ms.toFixed(1)} ms`);
  for (const [key, ms] of [...inRun].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(ms.toFixed(1).padStart(8), key);
  // Inclusive time: a sample counts for every distinct function on its stack.
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inclusive = new Map<string, number>();
  profile.samples.forEach((id, k) => {
    const dt = (profile.timeDeltas[k + 1] ?? 0) / 1000;
    const seen = new Set<string>();
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
      const f = byId.get(n)!.callFrame;
      if (!f.url.startsWith('chrome-extension://')) continue;
      seen.add(f.functionName || '(anon)');
    }
    for (const name of seen) inclusive.set(name, (inclusive.get(name) ?? 0) + dt);
  });
  // What the script's first evaluation (its top level, line 0 of content.js) spends its time on.
  const underTop = new Map<string, number>();
  profile.samples.forEach((id, k) => {
    const stack: ProfileNode[] = [];
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) stack.push(byId.get(n)!);
    const topIndex = stack.findIndex((n) => n.callFrame.url.endsWith('content.js') && n.callFrame.lineNumber === 0);
    if (topIndex < 0) return;
    const dt = (profile.timeDeltas[k + 1] ?? 0) / 1000;
    const seen = new Set<string>();
    for (const n of stack.slice(0, topIndex)) seen.add(`${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber}`);
    seen.add('(top level, total)');
    for (const key of seen) underTop.set(key, (underTop.get(key) ?? 0) + dt);
  });
  console.log('under the top level:');
  for (const [key, ms] of [...underTop].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(ms.toFixed(1).padStart(8), key);
  console.log('inclusive:');
  for (const [key, ms] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(ms.toFixed(1).padStart(8), key);
  for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(ms.toFixed(1).padStart(8), key);
} finally {
  await context.close();
  await server.close();
  rmSync(profileDir, { recursive: true, force: true });
}
