/**
 * Launches Debian's Chromium (through playwright-core) or Firefox ESR (through puppeteer-core
 * and WebDriver BiDi) with the built extension, behind one small interface so that every
 * end-to-end test runs the same way in both. A missing browser fails loudly with what to
 * install; it is never skipped.
 */
import { fileURLToPath } from 'node:url';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page as PlaywrightPage } from 'playwright-core';
import puppeteer, { type Browser as PuppeteerBrowser, type Page as PuppeteerPage } from 'puppeteer-core';

export type BrowserName = 'chromium' | 'firefox';

export const BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export const EXTENSION_DIRS: Record<BrowserName, string> = {
  chromium: join(ROOT, '.output/chrome-mv3'),
  firefox: join(ROOT, '.output/firefox-mv2'),
};

/** The add-on id in the Firefox manifest, and the fixed origin its pages get in tests. */
const GECKO_ID = 'backstory@backstory.example';
const FIREFOX_UUID = '6d1f5a4e-3b2c-4f7a-9e8d-0c1b2a3f4e5d';

const EXECUTABLES: Record<BrowserName, { env: string; paths: string[]; install: string }> = {
  chromium: { env: 'CHROMIUM_PATH', paths: ['/usr/bin/chromium'], install: 'apt-get install -y chromium' },
  firefox: { env: 'FIREFOX_PATH', paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox'], install: 'apt-get install -y firefox-esr' },
};

export function findExecutable(name: BrowserName): string {
  const spec = EXECUTABLES[name];
  const fromEnv = process.env[spec.env];
  const candidates = fromEnv ? [fromEnv] : spec.paths;
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      `${name} was not found (looked at ${candidates.join(', ')}). Install it with \`${spec.install}\` ` +
        `(after \`apt-get update\`), or set ${spec.env} to its path.`,
    );
  }
  return found;
}

/** The part of a page that tests use; both drivers provide it. */
export interface TestPage {
  goto(url: string): Promise<void>;
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  mouseMove(x: number, y: number): Promise<void>;
  click(x: number, y: number): Promise<void>;
  press(key: string): Promise<void>;
  /** Chooses a file for the file input matching `selector`, as a person would in the file picker. */
  setInputFiles(selector: string, path: string): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  /** Makes this the visible tab (Firefox hides background tabs, and Backstory waits for them). */
  bringToFront(): Promise<void>;
  /** Uncaught exceptions and console errors of the page since it was opened, in order. */
  errors(): string[];
  screenshot(path: string, fullPage?: boolean): Promise<void>;
  close(): Promise<void>;
}

export interface TestBrowser {
  name: BrowserName;
  /** chrome-extension://<id> or moz-extension://<uuid>, without a trailing slash. */
  extensionOrigin: string;
  /** A tab at `url`; the first call reuses the tab the browser opened with. */
  newPage(url?: string): Promise<TestPage>;
  close(): Promise<void>;
}

/**
 * Chromium's flags for these machines: no sandbox (root), no GPU, and no background traffic
 * (this network refuses it, and Backstory's tests must see no request they did not cause).
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface LaunchOptions {
  /** Default true; the demo opens a window when there is a display. */
  headless?: boolean;
  /** Default true; false launches the plain browser, to compare a page with and without us. */
  extension?: boolean;
}

export async function launch(name: BrowserName, options: LaunchOptions = {}): Promise<TestBrowser> {
  const dir = EXTENSION_DIRS[name];
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`The extension is not built at ${dir}: run \`npm run build\` first.`);
  }
  const headless = options.headless ?? true;
  const extension = options.extension === false ? null : dir;
  return name === 'chromium' ? launchChromium(extension, headless) : launchFirefox(extension, headless);
}

async function launchChromium(extensionDir: string | null, headless: boolean): Promise<TestBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'backstory-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: findExecutable('chromium'),
    headless,
    viewport: { width: 1280, height: 800 },
    args: [
      ...(extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
      ...CHROMIUM_ARGS,
    ],
  });
  let extensionOrigin = '';
  if (extensionDir) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
    // URL.origin is "null" for non-web schemes; the host is the extension id.
    extensionOrigin = `chrome-extension://${new URL(worker.url()).host}`;
  }
  let spare: PlaywrightPage | null = context.pages()[0] ?? null;
  return {
    name: 'chromium',
    extensionOrigin,
    async newPage(url) {
      const page = spare ?? (await context.newPage());
      spare = null;
      const wrapped = wrapPlaywright(page);
      if (url) await wrapped.goto(url);
      return wrapped;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

function wrapPlaywright(page: PlaywrightPage): TestPage {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return {
    errors: () => [...errors],
    async goto(url) {
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    mouseMove: (x, y) => page.mouse.move(x, y),
    click: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key),
    setInputFiles: (selector, path) => page.setInputFiles(selector, path),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    bringToFront: () => page.bringToFront(),
    async screenshot(path, fullPage = false) {
      await page.screenshot({ path, fullPage });
    },
    close: () => page.close(),
  };
}

async function launchFirefox(extensionDir: string | null, headless: boolean): Promise<TestBrowser> {
  const browser: PuppeteerBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findExecutable('firefox'),
    headless,
    args: ['--remote-allow-system-access', '--width=1280', '--height=800'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      // Keep the browser off the network entirely: no update checks, no telemetry pings.
      'app.update.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'network.captive-portal-service.enabled': false,
    },
  });
  if (extensionDir) await browser.installExtension(extensionDir);
  let spare: PuppeteerPage | null = (await browser.pages())[0] ?? null;
  return {
    name: 'firefox',
    extensionOrigin: `moz-extension://${FIREFOX_UUID}`,
    async newPage(url) {
      const page = spare ?? (await browser.newPage());
      spare = null;
      await page.setViewport({ width: 1280, height: 800 });
      const wrapped = wrapPuppeteer(page);
      if (url) await wrapped.goto(url);
      return wrapped;
    },
    close: () => browser.close(),
  };
}

function wrapPuppeteer(page: PuppeteerPage): TestPage {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error instanceof Error ? error.message : String(error)}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return {
    errors: () => [...errors],
    async goto(url) {
      // Extension pages never fire 'load' over BiDi; network idle works for both kinds.
      await page.goto(url, { waitUntil: url.startsWith('moz-extension:') ? 'networkidle0' : 'load' });
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    mouseMove: (x, y) => page.mouse.move(x, y),
    click: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key as never),
    async setInputFiles(selector, path) {
      const input = await page.waitForSelector(selector);
      await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(path);
    },
    setViewport: (width, height) => page.setViewport({ width, height }),
    bringToFront: () => page.bringToFront(),
    async screenshot(path, fullPage = false) {
      await page.screenshot({ path: path as `${string}.png`, fullPage });
    },
    close: () => page.close(),
  };
}

/** Polls `check` in the page until it returns a truthy value, or fails with `what`. */
export function waitFor<T, A = undefined>(
  page: TestPage,
  what: string,
  check: (arg: A) => T | Promise<T>,
  arg?: A,
  timeoutMs = 10_000,
): Promise<T> {
  return waitUntil(page, what, check, arg, (value) => Boolean(value), timeoutMs);
}

/** Polls `read` in the page until `accept` (run here) takes its value, or fails with `what`. */
export async function waitUntil<T, A = undefined>(
  page: TestPage,
  what: string,
  read: (arg: A) => T | Promise<T>,
  arg: A | undefined,
  accept: (value: T) => boolean,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  while (Date.now() < deadline) {
    last = await page.evaluate(read, arg);
    if (accept(last)) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what} (last value: ${JSON.stringify(last)})`);
}
