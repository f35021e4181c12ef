/**
 * Where the popup's opening time goes: opens it in Chromium with the built extension under the
 * V8 sampling profiler and prints its functions by inclusive and self time.
 *
 *   BACKSTORY_UNMINIFIED=1 npx wxt build && npx tsx tools/bench/profile-popup.mts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, EXTENSION_DIRS, findExecutable } from '../../tests/e2e/harness/browsers';
import { otherTabIds } from '../../tests/e2e/harness/in-page';
import { servePages } from '../../tests/e2e/harness/server';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const server = await servePages([join(ROOT, 'tests/fixtures/pages')]);
const profileDir = mkdtempSync(join(tmpdir(), 'backstory-profile-'));
const dir = EXTENSION_DIRS.chromium;
const context = await chromium.launchPersistentContext(profileDir, {
  executablePath: findExecutable('chromium'),
  headless: true,
  args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, ...CHROMIUM_ARGS],
});
try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const origin = `chrome-extension://${new URL(worker.url()).host}`;
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(server.url('/long.html'));
  const ext = await context.newPage();
  await ext.goto(`${origin}/options.html`);
  const [tabId] = (await ext.evaluate(otherTabIds)) as [number];
  await page.bringToFront();
  await new Promise((r) => setTimeout(r, 1500));
  const popup = await context.newPage();
  const cdp = await context.newCDPSession(popup);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  await popup.goto(`${origin}/popup.html?tabId=${tabId}`);
  await popup.waitForSelector('[data-ready]');
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inclusive = new Map<string, number>();
  const self = new Map<string, number>();
  profile.samples.forEach((id, k) => {
    const dt = (profile.timeDeltas[k + 1] ?? 0) / 1000;
    const f = byId.get(id)!.callFrame;
    const selfKey = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
    self.set(selfKey, (self.get(selfKey) ?? 0) + dt);
    const seen = new Set<string>();
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
      const cf = byId.get(n)!.callFrame;
      seen.add(`${cf.functionName || '(anon)'} ${cf.url.split('/').pop()}`);
    }
    for (const key of seen) inclusive.set(key, (inclusive.get(key) ?? 0) + dt);
  });
  for (const [title, map] of [['inclusive', inclusive], ['self', self]] as const) {
    console.log(title);
    for (const [key, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(ms.toFixed(1).padStart(8), key);
  }
} finally {
  await context.close();
  await server.close();
  rmSync(profileDir, { recursive: true, force: true });
}
