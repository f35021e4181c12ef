/**
 * Backstory makes no network request, in both browsers with the built extension. Every request
 * the browser makes goes through a local recording proxy (harness/proxy.ts), the test server's
 * own included, while the test uses the extension as a reader would: pages with mentions, a
 * card, the popup and its search, the options, a site switched off and on again. Afterwards
 * the proxy must have seen the test's own page loads and nothing else. A self-check shows that
 * the recorder does see a request that an extension page causes, and one a page's script makes,
 * and that the same filter would report them.
 */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, waitUntil, type BrowserName, type TestBrowser, type TestPage } from './harness/browsers';
import { cardState, centreOf, openWindow, otherTabIds, paintedMentions } from './harness/in-page';
import { startProxy, type ProxiedRequest, type RecordingProxy } from './harness/proxy';
import { servePages, type PageServer } from './harness/server';

const FIXTURES = fileURLToPath(new URL('../fixtures/pages', import.meta.url));

/**
 * Requests Chromium makes on its own that no flag or preference stops without also replacing
 * Playwright's own --disable-features list: its sign-in cookie check (ListAccounts at
 * accounts.google.com) and its component updater asking for the optimization guide's model
 * manifest at update.googleapis.com, both at start-up. They come from the browser process,
 * which sends none of the headers a page, a worker or an extension page sends
 * (Sec-Fetch-*, Origin, Referer): a request that carries one is never let off.
 */
const CHROMIUM_OWN_HOSTS = ['accounts.google.com', 'update.googleapis.com'];

function browsersOwn(name: BrowserName, request: ProxiedRequest): boolean {
  if (name !== 'chromium') return false;
  return CHROMIUM_OWN_HOSTS.includes(new URL(request.url).hostname) && Object.keys(request.from).length === 0;
}

describe.each(BROWSERS)('%s: no request of its own', (name: BrowserName) => {
  let server: PageServer;
  let proxy: RecordingProxy;
  let browser: TestBrowser;
  let page: TestPage;
  let ext: TestPage;
  let tabId: number;
  /** The addresses the test itself has sent pages to, each made unique with a query. */
  const visited: string[] = [];

  const visit = async (target: TestPage, path: string) => {
    const url = server.url(`${path}?visit=${visited.length + 1}`);
    visited.push(url);
    await target.goto(url);
  };
  const marks = (what: string, accept: (m: Awaited<ReturnType<typeof paintedMentions>>) => boolean) =>
    waitUntil(page, what, paintedMentions, undefined, accept);

  /**
   * The requests that are neither the test's own page loads nor the browser's own: the pages the
   * test visited, the icon the browser asks for with each (tab icons are the browser's), and
   * frame-child.html, which frames.html loads itself.
   */
  const unexpected = (requests: readonly ProxiedRequest[]) =>
    requests.filter((r) => {
      if (browsersOwn(name, r)) return false;
      if (r.method !== 'GET' || !r.passed) return true;
      if (visited.includes(r.url)) return false;
      const { pathname, search } = new URL(r.url);
      if (pathname === '/favicon.ico' && r.from['sec-fetch-dest'] === 'image') return false;
      if (pathname === '/frame-child.html' && search === '' && r.from['sec-fetch-dest'] === 'iframe') return false;
      return true;
    });

  beforeAll(async () => {
    server = await servePages([FIXTURES]);
    proxy = await startProxy([server.origin]);
    // Everything through the proxy, 127.0.0.1 included: the extension asking the test server
    // for anything would be seen as well.
    browser = await launch(name, { proxy: { address: proxy.address, loopback: true } });
    page = await browser.newPage();
    ext = await browser.newPage();
    await ext.goto(`${browser.extensionOrigin}/options.html`);
    [tabId] = (await ext.evaluate(otherTabIds)) as [number];
  });

  afterAll(async () => {
    await browser?.close();
    await proxy?.close();
    await server?.close();
  });

  it('sends nothing anywhere over a session of use: pages, a card, the popup, its search, the options, a site switch', async () => {
    const first = proxy.requests.length;

    // Pages with mentions, a card on hover.
    await page.bringToFront();
    await visit(page, '/story.html');
    await marks('the story’s marks', (m) => m.length > 5);
    const at = await page.evaluate(centreOf, { selector: '#lead', text: 'Khamenei' });
    await page.mouseMove(at!.x, at!.y);
    await waitUntil(page, 'the card', cardState, undefined, (c) => c.entity === 'ali-khamenei');
    await page.press('Escape');

    // The popup: the page's entities, a search with a typo, an entity revealed in the page.
    const popup = await browser.newPage();
    await popup.goto(`${browser.extensionOrigin}/popup.html?tabId=${tabId}`);
    await waitUntil(popup, 'the list', () => Boolean(document.querySelector('[data-entity="ali-khamenei"] button')), undefined, Boolean);
    await popup.evaluate(() => (document.querySelector('[data-entity="ali-khamenei"] button') as HTMLButtonElement).click());
    await waitUntil(page, 'the revealed mention', () => CSS.highlights.has('backstory-focus'), undefined, Boolean);
    await popup.evaluate(() => (document.querySelector('#bs-search-input') as HTMLInputElement).focus());
    for (const key of 'Pezeshkyan') await popup.press(key);
    await waitUntil(popup, 'a result', () => document.querySelector('.bs-search-result')?.textContent ?? '', undefined, (t) => t.includes('Pezeshkian'));
    await popup.evaluate(() => (document.querySelector('.bs-search-result') as HTMLButtonElement).click());
    await waitUntil(popup, 'its card', () => document.querySelector('.bs-selected')?.textContent ?? '', undefined, (t) => t.length > 0);

    // The options: a setting changed, and changed back.
    await ext.goto(`${browser.extensionOrigin}/options.html`);
    await waitUntil(ext, 'the form', () => Boolean(document.querySelector('input[value="background"]')), undefined, Boolean);
    await ext.evaluate(() => (document.querySelector('input[value="background"]') as HTMLInputElement).click());
    await marks('background marks', (m) => m.length > 0 && m.every((x) => x.name.startsWith('backstory-background-')));
    await ext.evaluate(() => (document.querySelector('input[value="underline"]') as HTMLInputElement).click());
    await marks('underline marks', (m) => m.length > 0 && m.every((x) => x.name.startsWith('backstory-underline-')));

    // The site switched off from the popup, and on again.
    await popup.goto(`${browser.extensionOrigin}/popup.html?tabId=${tabId}`);
    await waitUntil(popup, 'the site switch', () => document.querySelector('[role="switch"]:not([disabled])')?.getAttribute('aria-checked'), undefined, (v) => v === 'true');
    await popup.evaluate(() => (document.querySelector('[role="switch"]') as HTMLButtonElement).click());
    await marks('the marks to go', (m) => m.length === 0);
    await popup.goto(`${browser.extensionOrigin}/popup.html?tabId=${tabId}`);
    // Until the popup has read the tab's report it knows no site, and its switch shows off and
    // is disabled: a click then does nothing (one CI run clicked it so).
    await waitUntil(popup, 'the off switch', () => document.querySelector('[role="switch"]:not([disabled])')?.getAttribute('aria-checked'), undefined, (v) => v === 'false');
    await popup.evaluate(() => (document.querySelector('[role="switch"]') as HTMLButtonElement).click());
    // The switch shows what storage holds: closing the popup before the setting is written
    // would lose it.
    await waitUntil(popup, 'the switch on again', () => document.querySelector('[role="switch"]')?.getAttribute('aria-checked'), undefined, (v) => v === 'true');
    await popup.close();
    await page.bringToFront();
    await marks('the marks to return', (m) => m.length > 0);

    // More pages: a long one, and one with frames (each frame runs its own scan).
    await visit(page, '/long.html');
    await marks('the long page’s marks', (m) => m.length > 0);
    await visit(page, '/frames.html');
    await marks('the framed page’s marks', (m) => m.length > 0);
    // Time for anything the extension might send late (a report, a retry) to reach the proxy.
    await new Promise((r) => setTimeout(r, 2_000));

    const session = proxy.requests.slice(first);
    const own = session.filter((r) => browsersOwn(name, r));
    console.log(`${name}: ${session.length} requests recorded, ${own.length} of them the browser's own: ${[...new Set(own.map((r) => `${r.method} ${new URL(r.url).host}`))].join(', ') || 'none'}`);
    // The recorder saw the test's own page loads, each once: the browser's traffic goes through it.
    expect(session.filter((r) => visited.includes(r.url)).map((r) => r.url)).toEqual(visited);
    expect(unexpected(session)).toEqual([]);
  });

  it('would see a request: a window an extension page opens, and a fetch by a page’s script', async () => {
    const first = proxy.requests.length;
    const fromExtension = server.url('/self-check-tab.html');
    const fromPage = server.url('/self-check-fetch');
    await ext.evaluate(openWindow, fromExtension);
    await page.evaluate((url) => fetch(url).then(() => undefined, () => undefined), fromPage);
    const deadline = Date.now() + 10_000;
    const seen = () => proxy.requests.slice(first).map((r) => r.url);
    while (!(seen().includes(fromExtension) && seen().includes(fromPage)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    const found = unexpected(proxy.requests.slice(first)).map((r) => r.url);
    expect(found).toContain(fromExtension);
    expect(found).toContain(fromPage);
  });

  it('cannot send one from its own pages: their security policy refuses connections', async () => {
    const first = proxy.requests.length;
    const target = server.url('/from-the-options-page');
    const outcome = await ext.evaluate((url) => fetch(url).then((r) => `answered ${r.status}`, () => 'refused'), target);
    expect(outcome).toBe('refused');
    expect(proxy.requests.slice(first).map((r) => r.url)).not.toContain(target);
  });
});
