/**
 * Helpers of the corpus robustness run (scripts/corpus.ts): a browser launcher that keeps hold
 * of the driver's own page objects, what is read inside a page, and how two loads of a page
 * are compared.
 *
 * Why a launcher of our own: the harness (tests/e2e/harness/browsers.ts) wraps each page in a
 * `TestPage` that hides the driver's events, and a page's own errors are only seen through
 * them (an inline script that throws while the page parses has finished long before anything
 * can be evaluated in it). So this file launches the same browsers with the same flags and
 * preferences as the harness, and reuses its executable lookup and extension folders.
 *
 * The in-page functions are serialised into the page by `evaluate`. tsx compiles with esbuild's
 * keepNames, which wraps named inner functions in a `__name(...)` call the page does not
 * define: they hold no named inner function on purpose.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page as PlaywrightPage } from 'playwright-core';
import puppeteer, { type Page as PuppeteerPage } from 'puppeteer-core';
import { EXTENSION_DIRS, findExecutable, type BrowserName } from '../tests/e2e/harness/browsers';
import type { Loadable } from './bench/page-helpers';

export const VIEWPORT = { width: 1280, height: 800 };

/** The harness's Chromium flags, less the two that load the extension (browsers.ts). */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The harness's Firefox add-on id and fixed extension origin (browsers.ts). */
const GECKO_ID = 'backstory@backstory.example';
const FIREFOX_UUID = '6d1f5a4e-3b2c-4f7a-9e8d-0c1b2a3f4e5d';

/** An error message names one of these when it is the extension's, not the page's. */
const EXTENSION_URL = /\b(?:chrome|moz)-extension:\/\//;

// ---------------------------------------------------------------------------------------------
// Launching

/** One tab, with the errors its page has raised since it was opened. */
export interface Tab extends Loadable {
  /** Uncaught exceptions and console errors of the page, in order; the extension's are left out. */
  errors: string[];
  /** Errors that name an extension URL: kept apart, they are ours (or another extension's). */
  extensionErrors: string[];
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  bringToFront(): Promise<void>;
  close(): Promise<void>;
  /** Date.now() of the tab's last request started, answered or failed. */
  lastNetworkActivity(): number;
}

export interface Driven {
  name: BrowserName;
  version: string;
  /** The extension's popup page in the browser's first tab, to ask the background; null without the extension. */
  ext: Pick<Tab, 'evaluate'> | null;
  newTab(): Promise<Tab>;
  /** Closes every tab but the first: a page may open pop-ups of its own. */
  closeStrays(): Promise<void>;
  close(): Promise<void>;
}

/** Sorts an error into the page's or the extension's, by whether its text or origin names an extension URL. */
function collector(): Pick<Tab, 'errors' | 'extensionErrors'> & { add(message: string, where: string): void } {
  const errors: string[] = [];
  const extensionErrors: string[] = [];
  return {
    errors,
    extensionErrors,
    add(message, where) {
      (EXTENSION_URL.test(`${message} ${where}`) ? extensionErrors : errors).push(message);
    },
  };
}

/** The console message with the URL of what it is about (a failed resource, a script), line numbers left out. */
function consoleText(text: string, url: string | undefined): string {
  return url ? `console.error: ${text} (${url})` : `console.error: ${text}`;
}

function browserVersion(executable: string): string {
  try {
    return execFileSync(executable, ['--version'], { encoding: 'utf8', timeout: 20_000, stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

export async function launchDriven(name: BrowserName, withExtension: boolean): Promise<Driven> {
  return name === 'chromium' ? launchChromium(withExtension) : launchFirefox(withExtension);
}

async function launchChromium(withExtension: boolean): Promise<Driven> {
  const executable = findExecutable('chromium');
  const dir = EXTENSION_DIRS.chromium;
  const profile = mkdtempSync(join(tmpdir(), 'backstory-corpus-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: executable,
    headless: true,
    viewport: VIEWPORT,
    args: [...(withExtension ? [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`] : []), ...CHROMIUM_ARGS],
  });
  const first = context.pages()[0] ?? (await context.newPage());
  let ext: Driven['ext'] = null;
  if (withExtension) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
    await first.goto(`chrome-extension://${new URL(worker.url()).host}/popup.html`);
    ext = { evaluate: (fn, arg) => first.evaluate(fn as never, arg) as never };
  }
  return {
    name: 'chromium',
    version: browserVersion(executable),
    ext,
    async newTab() {
      const page: PlaywrightPage = await context.newPage();
      const seen = collector();
      let lastActivity = Date.now();
      const touch = () => void (lastActivity = Date.now());
      page.on('request', touch);
      page.on('requestfinished', touch);
      page.on('requestfailed', touch);
      page.on('pageerror', (e) => seen.add(`pageerror: ${e.message}`, e.stack ?? ''));
      page.on('console', (m) => {
        if (m.type() === 'error') seen.add(consoleText(m.text(), m.location().url), m.location().url);
      });
      return {
        errors: seen.errors,
        extensionErrors: seen.extensionErrors,
        goto: (url) => page.goto(url, { waitUntil: 'load' }),
        evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
        bringToFront: () => page.bringToFront(),
        close: () => page.close(),
        lastNetworkActivity: () => lastActivity,
      };
    },
    async closeStrays() {
      for (const page of context.pages()) if (page !== first) await page.close().catch(() => {});
    },
    async close() {
      await context.close().catch(() => {});
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

async function launchFirefox(withExtension: boolean): Promise<Driven> {
  const executable = findExecutable('firefox');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: executable,
    headless: true,
    args: ['--remote-allow-system-access', `--width=${VIEWPORT.width}`, `--height=${VIEWPORT.height}`],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'app.update.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'network.captive-portal-service.enabled': false,
    },
  });
  const first = (await browser.pages())[0] ?? (await browser.newPage());
  let ext: Driven['ext'] = null;
  if (withExtension) {
    await browser.installExtension(EXTENSION_DIRS.firefox);
    // Extension pages never fire 'load' over BiDi (browsers.ts); network idle works.
    await first.goto(`moz-extension://${FIREFOX_UUID}/popup.html`, { waitUntil: 'networkidle0' });
    ext = { evaluate: (fn, arg) => first.evaluate(fn as never, arg) as never };
  }
  return {
    name: 'firefox',
    version: browserVersion(executable),
    ext,
    async newTab() {
      const page: PuppeteerPage = await browser.newPage();
      await page.setViewport(VIEWPORT);
      const seen = collector();
      let lastActivity = Date.now();
      for (const event of ['request', 'requestfinished', 'requestfailed'] as const) page.on(event, () => void (lastActivity = Date.now()));
      page.on('pageerror', (e: unknown) => {
        const error = e instanceof Error ? e : new Error(String(e));
        seen.add(`pageerror: ${error.message}`, error.stack ?? '');
      });
      page.on('console', (m) => {
        if (m.type() === 'error') seen.add(consoleText(m.text(), m.location().url), m.location().url ?? '');
      });
      // Puppeteer leaves an alert() open, and the page waits on it forever; Playwright dismisses them itself.
      page.on('dialog', (d) => void d.dismiss().catch(() => {}));
      return {
        errors: seen.errors,
        extensionErrors: seen.extensionErrors,
        goto: (url) => page.goto(url, { waitUntil: 'load' }),
        evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
        bringToFront: () => page.bringToFront(),
        close: () => page.close(),
        lastNetworkActivity: () => lastActivity,
      };
    },
    async closeStrays() {
      for (const page of await browser.pages()) if (page !== first) await page.close().catch(() => {});
    },
    close: () => browser.close().catch(() => {}),
  };
}

// ---------------------------------------------------------------------------------------------
// In the page

export interface PageSnapshot {
  url: string;
  /** document.documentElement.textContent, less our UI host's text. */
  text: string;
  /** Every element under body but our UI host, in document order: `tag#id.class` (at most 3 classes). */
  labels: string[];
  /** Its getBoundingClientRect as "left,top,width,height", rounded to whole pixels. */
  rects: string[];
  /** Index of its parent element in these lists, or -1 (body's children); for naming it in a report. */
  parents: number[];
  /** The tab icon addresses the browser may fetch: the page's icon links and /favicon.ico. */
  icons: string[];
}

/** What a reader sees of the page, read once: its text and the box of every element. Changes nothing. */
export function pageSnapshot(hostTag: string): PageSnapshot {
  const host = document.querySelector(hostTag);
  // textContent joins every text node in document order; walking them lets our host's be left out.
  let text = '';
  const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (host && host.contains(node)) continue;
    text += (node as Text).data;
  }
  const labels: string[] = [];
  const rects: string[] = [];
  const parents: number[] = [];
  const index = new Map<Element, number>();
  const all = document.body ? document.body.getElementsByTagName('*') : [];
  for (let i = 0; i < all.length; i++) {
    const el = all[i]!;
    if (host && (el === host || host.contains(el))) continue;
    const r = el.getBoundingClientRect();
    // getAttribute, not .id / .className: a form's field named "id" shadows .id, and SVG's className is no string.
    const id = el.getAttribute('id');
    const classes = (el.getAttribute('class') ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 3);
    index.set(el, labels.length);
    parents.push(el.parentElement ? (index.get(el.parentElement) ?? -1) : -1);
    labels.push(el.localName + (id ? `#${id}` : '') + (classes.length ? `.${classes.join('.')}` : ''));
    rects.push(`${Math.round(r.left)},${Math.round(r.top)},${Math.round(r.width)},${Math.round(r.height)}`);
  }
  const icons = [...document.querySelectorAll<HTMLLinkElement>('link[rel*="icon" i]')].map((l) => l.href);
  icons.push(new URL('/favicon.ico', location.href).href);
  return { url: location.href, text, labels, rects, parents, icons };
}

// ---------------------------------------------------------------------------------------------
// Comparing two loads

/**
 * The errors less those of the browser's own fetches of the tab's icon and of the page's web
 * app manifest: the browser makes them late and at no fixed time (Chromium logs v8-blog's
 * missing manifest in some plain loads and not others), so whether their failure is logged yet
 * when the page is read is chance. They are not the page's errors, nor anything the extension does.
 */
function isResourceFailure(message: string): boolean {
  return message.startsWith('console.error: Failed to load resource');
}

/**
 * The distinct failed resources, with the digits of their query strings masked: pages add the
 * time to script addresses to defeat caches (lemonde-1 appends Date.now() to the hundred
 * seconds), which says nothing about what the page loads.
 */
function resourceSet(errors: readonly string[]): string[] {
  return [...new Set(errors.filter(isResourceFailure).map((m) => m.replace(/\?[^\s()]*\)$/, (query) => query.replace(/\d+/g, '#'))))];
}

export function withoutBrowserFetches(errors: readonly string[], icons: readonly string[]): string[] {
  return errors.filter(
    (m) => !m.startsWith('console.error: Manifest') && !(isResourceFailure(m) && icons.some((icon) => m.endsWith(`(${icon})`))),
  );
}

export type Aspect = 'errors' | 'resources' | 'text' | 'boxes';

export interface Difference {
  aspect: Aspect;
  /** One line for the report. */
  summary: string;
}

export interface Load {
  errors: string[];
  snapshot: PageSnapshot | null;
}

/** How `b` differs from `a`, aspect by aspect (an aspect that could not be read in either is left out). */
export function compareLoads(a: Load, b: Load): Difference[] {
  const out: Difference[] = [];
  const errors = compareErrors(a.errors.filter((m) => !isResourceFailure(m)), b.errors.filter((m) => !isResourceFailure(m)));
  if (errors) out.push({ aspect: 'errors', summary: errors });
  // Failed loads of resources (offline, every remote one fails) are compared as sets: whether a
  // second request for an address that already failed is made, and logged, is up to the
  // browser's memory cache, so their counts vary from load to load; which addresses fail does not.
  const resources = compareErrors(resourceSet(a.errors), resourceSet(b.errors));
  if (resources) out.push({ aspect: 'resources', summary: resources.replace(/^errors:/, 'failed resources:') });
  if (a.snapshot && b.snapshot) {
    const text = compareText(a.snapshot.text, b.snapshot.text);
    if (text) out.push({ aspect: 'text', summary: text });
    const boxes = compareBoxes(a.snapshot, b.snapshot);
    if (boxes) out.push({ aspect: 'boxes', summary: boxes });
  }
  return out;
}

function clip(s: string, n = 160): string {
  return s.length > n ? `${s.slice(0, n)}…` : s;
}

/** Errors compared as multisets: the same messages as often, in any order. */
export function compareErrors(a: readonly string[], b: readonly string[]): string | null {
  const count = new Map<string, number>();
  for (const m of a) count.set(m, (count.get(m) ?? 0) + 1);
  for (const m of b) count.set(m, (count.get(m) ?? 0) - 1);
  const missing: string[] = [];
  const extra: string[] = [];
  for (const [m, n] of count) {
    for (let i = 0; i < n; i++) missing.push(m);
    for (let i = 0; i < -n; i++) extra.push(m);
  }
  if (missing.length === 0 && extra.length === 0) return null;
  const list = (ms: string[]) => ms.slice(0, 3).map((m) => JSON.stringify(clip(m))).join('; ') + (ms.length > 3 ? `; +${ms.length - 3} more` : '');
  return [
    `errors: ${a.length} vs ${b.length}`,
    ...(extra.length ? [`only in the second load: ${list(extra)}`] : []),
    ...(missing.length ? [`only in the first load: ${list(missing)}`] : []),
  ].join('; ');
}

export function compareText(a: string, b: string): string | null {
  if (a === b) return null;
  let at = 0;
  while (at < a.length && at < b.length && a[at] === b[at]) at++;
  const around = (s: string) => JSON.stringify(s.slice(Math.max(0, at - 40), at + 60));
  return `text: ${a.length} vs ${b.length} characters; first difference at ${at}: ${around(a)} vs ${around(b)}`;
}

/** A readable name for element `i`: up to four ancestors, then the element. */
export function elementPath(s: PageSnapshot, i: number): string {
  const parts: string[] = [];
  for (let at = i; at >= 0 && parts.length < 5; at = s.parents[at]!) parts.unshift(s.labels[at]!);
  return parts.join(' > ');
}

export function compareBoxes(a: PageSnapshot, b: PageSnapshot): string | null {
  const n = Math.min(a.labels.length, b.labels.length);
  let firstLabel = -1;
  for (let i = 0; i < n && firstLabel < 0; i++) if (a.labels[i] !== b.labels[i]) firstLabel = i;
  if (firstLabel < 0 && a.labels.length !== b.labels.length) firstLabel = n;
  if (firstLabel >= 0) {
    const name = (s: PageSnapshot) => (firstLabel < s.labels.length ? elementPath(s, firstLabel) : '(none)');
    return `elements: ${a.labels.length} vs ${b.labels.length}; first difference at element ${firstLabel}: ${name(a)} vs ${name(b)}`;
  }
  const moved: number[] = [];
  for (let i = 0; i < n; i++) if (a.rects[i] !== b.rects[i]) moved.push(i);
  if (moved.length === 0) return null;
  const shown = moved.slice(0, 3).map((i) => `${elementPath(a, i)} [${a.rects[i]}] → [${b.rects[i]}]`);
  return `boxes: ${moved.length} of ${n} elements differ (left,top,width,height); first: ${shown.join('; ')}`;
}
