/**
 * Launches Debian's Chromium (through playwright-core) or Firefox ESR (through puppeteer-core
 * and WebDriver BiDi) with the built extension, behind one small interface so that every
 * end-to-end test runs the same way in both. A missing browser fails loudly with what to
 * install; it is never skipped.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page as PlaywrightPage } from 'playwright-core';
import puppeteer, { type Browser as PuppeteerBrowser, type Page as PuppeteerPage } from 'puppeteer-core';

export type BrowserName = 'chromium' | 'firefox';

export const BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export const EXTENSION_DIRS: Record<BrowserName, string> = {
  chromium: join(ROOT, '.output/chrome-mv3'),
  firefox: join(ROOT, '.output/firefox-mv2'),
};

/** The add-on id in the Firefox manifest, and the fixed origin its pages get in tests. */
export const GECKO_ID = 'backstory@backstory.example';
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

/** An uncaught exception or a console error of a page. */
export interface PageError {
  /** `pageerror: <message>` or `console: <text>`. */
  message: string;
  /** Where it comes from: the stack of an exception, the script or resource a console error names. */
  where: string;
}

/** The part of a page that tests use; both drivers provide it. */
export interface TestPage {
  goto(url: string): Promise<void>;
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /**
   * Runs a script's source in the page through the driver, as the browser's console would: not
   * as a script element, so a page whose policy allows no inline script (ours) runs it too.
   */
  evaluateScript(source: string): Promise<void>;
  mouseMove(x: number, y: number): Promise<void>;
  click(x: number, y: number): Promise<void>;
  /** A finger's tap at (x, y): touch pointer events, as a touch screen sends them. */
  tap(x: number, y: number): Promise<void>;
  press(key: string): Promise<void>;
  /** Chooses a file for the file input matching `selector`, as a person would in the file picker. */
  setInputFiles(selector: string, path: string): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  /** Makes this the visible tab (Firefox hides background tabs, and Backstory waits for them). */
  bringToFront(): Promise<void>;
  /** Uncaught exceptions and console errors of the page since it was opened, in order. */
  errors(): string[];
  /** The same, each with where it comes from. */
  errorLog(): PageError[];
  /** Date.now() of the page's last request started, answered or failed. */
  lastNetworkActivity(): number;
  screenshot(path: string, fullPage?: boolean): Promise<void>;
  /** Chromium only: a DevTools protocol session on this tab (benchmarks trace through it). */
  devtools?(): Promise<CDPSession>;
  close(): Promise<void>;
}

export interface TestBrowser {
  name: BrowserName;
  /** chrome-extension://<id> or moz-extension://<uuid>, without a trailing slash. */
  extensionOrigin: string;
  /** A tab at `url`; the first call reuses the tab the browser opened with. */
  newPage(url?: string): Promise<TestPage>;
  /**
   * A new window of its own, for pages that run side by side: Firefox hides a window's
   * background tabs, and Backstory waits for a hidden tab to be shown.
   */
  newWindow(): Promise<TestPage>;
  /** The page (a tab or window something else opened, such as the extension) that is at `url`. */
  pageAt(url: string): Promise<TestPage>;
  /** Browser name and version, as the executable reports it. */
  version(): string;
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
  /**
   * Another unpacked extension to load instead of ours (bench:popup's empty-page baseline). In
   * Firefox it must carry our add-on id, which is what fixes its pages' origin.
   */
  extensionDir?: string;
  /**
   * Send the browser's requests through this proxy (harness/proxy.ts): all of them with
   * `loopback`, else all but those for 127.0.0.1 and localhost (the test server).
   */
  proxy?: { address: string; loopback: boolean };
  /**
   * A phone: a 390×844 viewport with touch input (Chromium: touch and mobile emulation; Firefox:
   * touch events on). Taps then come through `TestPage.tap`.
   */
  phone?: boolean;
  /**
   * The browser's interface language, such as 'fa' (Chromium: LANGUAGE and --lang, with Debian's
   * chromium-l10n; Firefox: intl.locale.requested, with its language pack firefox-esr-l10n-fa).
   */
  language?: string;
}

/**
 * Firefox's preferences for these machines: the extension's fixed origin, and no traffic of
 * Firefox's own (update checks, safe browsing, data submission, the captive portal check) on
 * top of what puppeteer's own profile turns off. The no-network test sees every request the
 * browser makes: with these (and MOZ_REMOTE_SETTINGS_DEVTOOLS below) only the test's remain.
 */
const FIREFOX_PREFS: Record<string, unknown> = {
  'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
  'app.update.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'network.captive-portal-service.enabled': false,
};

/** Firefox's preferences for `LaunchOptions.proxy`. */
function firefoxProxyPrefs(proxy: NonNullable<LaunchOptions['proxy']>): Record<string, unknown> {
  const [host, port] = proxy.address.split(':');
  return {
    'network.proxy.type': 1,
    'network.proxy.http': host,
    'network.proxy.http_port': Number(port),
    'network.proxy.ssl': host,
    'network.proxy.ssl_port': Number(port),
    'network.proxy.share_proxy_settings': false,
    'network.proxy.no_proxies_on': '',
    // Firefox never proxies 127.0.0.1 and localhost unless told to.
    'network.proxy.allow_hijacking_localhost': proxy.loopback,
  };
}

/**
 * Chromium's profile preferences, written before it starts: autofill and the password manager
 * off, or Chromium asks content-autofill.googleapis.com about every form a page shows. (A
 * --disable-features flag would do it too, but it would replace Playwright's own list.)
 */
const CHROMIUM_PREFERENCES = {
  autofill: { profile_enabled: false, credit_card_enabled: false },
  credentials_enable_service: false,
};

/** Chromium's flags for `LaunchOptions.proxy`. */
function chromiumProxyArgs(proxy: NonNullable<LaunchOptions['proxy']>): string[] {
  // Chromium never proxies loopback addresses unless "<-loopback>" takes them off its bypass list.
  return [`--proxy-server=http://${proxy.address}`, ...(proxy.loopback ? ['--proxy-bypass-list=<-loopback>'] : [])];
}

function executableVersion(executable: string): string {
  try {
    return execFileSync(executable, ['--version'], { encoding: 'utf8', timeout: 20_000, stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

export async function launch(name: BrowserName, options: LaunchOptions = {}): Promise<TestBrowser> {
  const dir = options.extensionDir ?? EXTENSION_DIRS[name];
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`The extension is not built at ${dir}: run \`npm run build\` first.`);
  }
  const settled: Launch = {
    extensionDir: options.extension === false ? null : dir,
    headless: options.headless ?? true,
    proxy: options.proxy ?? null,
    phone: options.phone ?? false,
    language: options.language ?? null,
  };
  return name === 'chromium' ? launchChromium(settled) : launchFirefox(settled);
}

/** LaunchOptions with their defaults settled, as each browser's launcher takes them. */
interface Launch {
  extensionDir: string | null;
  headless: boolean;
  proxy: LaunchOptions['proxy'] | null;
  phone: boolean;
  language: string | null;
}

/**
 * Closes the welcome page a new install of our extension opens (`closeWelcomeTab`), from an
 * extension page loaded in the browser's first tab, which then goes back to about:blank.
 */
async function dismissWelcome(
  spare: { goto(url: string): Promise<unknown>; evaluate(fn: (url: string) => Promise<void>, url: string): Promise<unknown> },
  origin: string,
  extensionDir: string | null,
): Promise<void> {
  if (!extensionDir || !existsSync(join(extensionDir, 'welcome.html'))) return;
  await spare.goto(`${origin}/options.html`);
  await spare.evaluate(closeWelcomeTab, `${origin}/welcome.html`);
  await spare.goto('about:blank');
}

const VIEWPORT = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
const PAGE_AT_TIMEOUT_MS = 10_000;

async function launchChromium({ extensionDir, headless, proxy, phone, language }: Launch): Promise<TestBrowser> {
  const executable = findExecutable('chromium');
  const profile = mkdtempSync(join(tmpdir(), 'backstory-chromium-'));
  mkdirSync(join(profile, 'Default'));
  writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify(CHROMIUM_PREFERENCES));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: executable,
    headless,
    viewport: phone ? PHONE : VIEWPORT,
    ...(phone ? { hasTouch: true, isMobile: true } : {}),
    // On Linux Chromium takes its interface language from the environment (--lang is Windows').
    ...(language ? { locale: language, env: { ...process.env, LANGUAGE: language, LC_ALL: '', LANG: '' } } : {}),
    args: [
      ...(language ? [`--lang=${language}`] : []),
      ...(extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
      ...CHROMIUM_ARGS,
      ...(proxy ? chromiumProxyArgs(proxy) : []),
    ],
  });
  let extensionOrigin = '';
  if (extensionDir) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
    // URL.origin is "null" for non-web schemes; the host is the extension id.
    extensionOrigin = `chrome-extension://${new URL(worker.url()).host}`;
  }
  let spare: PlaywrightPage | null = context.pages()[0] ?? null;
  if (spare) {
    const page = spare;
    await dismissWelcome({ goto: (url) => page.goto(url), evaluate: (fn, url) => page.evaluate(fn, url) }, extensionOrigin, extensionDir);
  }
  let version: string | null = null;
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
    // Every page of a headless Chromium counts as shown: a tab will do.
    newWindow: async () => wrapPlaywright(await context.newPage()),
    async pageAt(url) {
      const deadline = Date.now() + PAGE_AT_TIMEOUT_MS;
      for (;;) {
        const found = context.pages().find((p) => p.url() === url);
        if (found) return wrapPlaywright(found);
        if (Date.now() > deadline) throw new Error(`no page came to ${url}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    version: () => (version ??= executableVersion(executable)),
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

function wrapPlaywright(page: PlaywrightPage): TestPage {
  const errors: PageError[] = [];
  let lastActivity = Date.now();
  const touch = () => void (lastActivity = Date.now());
  page.on('request', touch);
  page.on('requestfinished', touch);
  page.on('requestfailed', touch);
  page.on('pageerror', (error) => errors.push({ message: `pageerror: ${error.message}`, where: error.stack ?? '' }));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push({ message: `console: ${message.text()}`, where: message.location().url });
  });
  // A page's own pop-ups: no test looks at one, and left open they pile up and take the CPU.
  page.on('popup', (popup) => void popup.close().catch(() => {}));
  return {
    errors: () => errors.map((e) => e.message),
    errorLog: () => [...errors],
    lastNetworkActivity: () => lastActivity,
    async goto(url) {
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    async evaluateScript(source) {
      await page.evaluate(`${source}\n;undefined`);
    },
    mouseMove: (x, y) => page.mouse.move(x, y),
    click: (x, y) => page.mouse.click(x, y),
    tap: (x, y) => page.touchscreen.tap(x, y),
    press: (key) => page.keyboard.press(key),
    setInputFiles: (selector, path) => page.setInputFiles(selector, path),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    bringToFront: () => page.bringToFront(),
    async screenshot(path, fullPage = false) {
      await page.screenshot({ path, fullPage });
    },
    devtools: () => page.context().newCDPSession(page),
    close: () => page.close(),
  };
}

async function launchFirefox({ extensionDir, headless, proxy, phone, language }: Launch): Promise<TestBrowser> {
  const executable = findExecutable('firefox');
  const browser: PuppeteerBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: executable,
    headless,
    args: ['--remote-allow-system-access', `--width=${VIEWPORT.width}`, `--height=${VIEWPORT.height}`],
    extraPrefsFirefox: {
      ...FIREFOX_PREFS,
      ...(proxy ? firefoxProxyPrefs(proxy) : {}),
      ...(phone ? { 'dom.w3c_touch_events.enabled': 1 } : {}),
      ...(language ? { 'intl.locale.requested': language, 'extensions.enabledScopes': 5 } : {}),
    },
    // Puppeteer's profile points Firefox's remote settings at no server, but a release build
    // ignores that preference (and asks firefox.settings.services.mozilla.com every few
    // seconds) unless this is set.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
  });
  if (extensionDir) await browser.installExtension(extensionDir);
  let spare: PuppeteerPage | null = (await browser.pages())[0] ?? null;
  if (spare) {
    const page = spare;
    // Extension pages never fire 'load' over BiDi (as in wrapPuppeteer's goto).
    const goto = (url: string) => page.goto(url, { waitUntil: url.startsWith('moz-extension:') ? 'networkidle0' : 'load' });
    await dismissWelcome({ goto, evaluate: (fn, url) => page.evaluate(fn, url) }, `moz-extension://${FIREFOX_UUID}`, extensionDir);
  }
  let version: string | null = null;
  const wrapped = async (page: PuppeteerPage) => {
    await page.setViewport(phone ? { ...PHONE, hasTouch: true } : VIEWPORT);
    return wrapPuppeteer(page);
  };
  return {
    name: 'firefox',
    extensionOrigin: `moz-extension://${FIREFOX_UUID}`,
    async newPage(url) {
      const page = await wrapped(spare ?? (await browser.newPage()));
      spare = null;
      if (url) await page.goto(url);
      return page;
    },
    newWindow: async () => wrapped(await browser.newPage({ type: 'window' })),
    // Polled, as for Chromium: over BiDi a tab the extension opens may be announced before it
    // has its address, and waitForTarget does not always hear of the change.
    async pageAt(url) {
      const deadline = Date.now() + PAGE_AT_TIMEOUT_MS;
      for (;;) {
        const found = (await browser.pages()).find((p) => p.url() === url);
        if (found) return wrapped(found);
        if (Date.now() > deadline) throw new Error(`no page came to ${url}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    version: () => (version ??= executableVersion(executable)),
    close: () => browser.close(),
  };
}

function wrapPuppeteer(page: PuppeteerPage): TestPage {
  const errors: PageError[] = [];
  let lastActivity = Date.now();
  for (const event of ['request', 'requestfinished', 'requestfailed'] as const) page.on(event, () => void (lastActivity = Date.now()));
  page.on('pageerror', (error: unknown) => {
    const e = error instanceof Error ? error : new Error(String(error));
    errors.push({ message: `pageerror: ${e.message}`, where: e.stack ?? '' });
  });
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push({ message: `console: ${message.text()}`, where: message.location().url ?? '' });
  });
  page.on('popup', (popup) => void popup?.close().catch(() => {}));
  // Puppeteer leaves an alert() open and the page waits on it forever; Playwright dismisses them itself.
  page.on('dialog', (dialog) => void dialog.dismiss().catch(() => {}));
  return {
    errors: () => errors.map((e) => e.message),
    errorLog: () => [...errors],
    lastNetworkActivity: () => lastActivity,
    async goto(url) {
      // Extension pages never fire 'load' over BiDi; network idle works for both kinds.
      await page.goto(url, { waitUntil: url.startsWith('moz-extension:') ? 'networkidle0' : 'load' });
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    async evaluateScript(source) {
      await page.evaluate(`${source}\n;undefined`);
    },
    mouseMove: (x, y) => page.mouse.move(x, y),
    click: (x, y) => page.mouse.click(x, y),
    tap: (x, y) => page.touchscreen.tap(x, y),
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

/**
 * In an extension page: waits for the welcome page Backstory opens when it is installed, and
 * closes it, so that every test starts with the tabs it opens itself. Fails if none opens: a
 * new install must show it.
 */
async function closeWelcomeTab(url: string): Promise<void> {
  type Tabs = { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]>; remove(id: number): Promise<void> } };
  const scope = globalThis as unknown as { browser?: Tabs; chrome?: Tabs };
  const api = (scope.browser ?? scope.chrome)!;
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const welcome = (await api.tabs.query({})).find((t) => t.url === url);
    if (welcome?.id !== undefined) return api.tabs.remove(welcome.id);
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('Backstory opened no welcome page on install');
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
