/**
 * The interface in the browser's language, end to end in both browsers with the built extension,
 * each running in Persian (Chromium with LANGUAGE=fa and its Persian language pack, Firefox with
 * intl.locale.requested and its): the manifest's description, the welcome page, the popup, the
 * options, the editor, the list of marks and a card are in Persian and read right to left, and
 * axe finds nothing serious there.
 */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './harness/axe';
import { BROWSERS, launch, waitUntil, type BrowserName, type TestBrowser, type TestPage } from './harness/browsers';
import { cardState, paintedMentions, sendToTab, tabIdOf } from './harness/in-page';
import { servePages, type PageServer } from './harness/server';

const FIXTURES = fileURLToPath(new URL('../fixtures/pages', import.meta.url));

describe.each(BROWSERS)('%s: in Persian', (name: BrowserName) => {
  let browser: TestBrowser;
  let welcome: TestPage;
  let server: PageServer;

  beforeAll(async () => {
    server = await servePages([FIXTURES]);
    browser = await launch(name, { language: 'fa' });
    welcome = await browser.newPage(`${browser.extensionOrigin}/welcome.html`);
    await waitUntil(welcome, 'the welcome page', () => document.querySelectorAll('.bs-legend li').length, undefined, (n) => n > 0);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('speaks Persian, right to left: the welcome page and the manifest’s description', async () => {
    const page = await welcome.evaluate(() => ({
      lang: document.documentElement.lang,
      dir: document.documentElement.dir,
      title: document.querySelector('h1')?.textContent,
      legend: [...document.querySelectorAll('.bs-legend li')].map((li) => li.textContent),
      direction: getComputedStyle(document.querySelector('main')!).direction,
    }));
    expect(page.lang).toMatch(/^fa/);
    expect(page.dir).toBe('rtl');
    expect(page.direction).toBe('rtl');
    expect(page.title).toBe('به Backstory خوش آمدید');
    expect(page.legend).toContain('شخص');
    const description = await welcome.evaluate(() => {
      type I18n = { i18n: { getMessage(name: string): string } };
      const scope = globalThis as unknown as { browser?: I18n; chrome?: I18n };
      return (scope.browser ?? scope.chrome)!.i18n.getMessage('extDescription');
    });
    expect(description).toMatch(/^زمینهٔ خبر/);
  });

  it('has no serious or critical accessibility violation in Persian', async () => {
    expect(await seriousViolations(welcome)).toEqual([]);
  });

  it('lists the marks and shows a card in Persian, right to left, with the English pack’s text left to right', async () => {
    const page = await browser.newPage(server.url('/story.html'));
    await page.bringToFront();
    await waitUntil(page, 'the marks', paintedMentions, undefined, (m) => m.length > 3);
    const helper = await browser.newWindow();
    await helper.goto(`${browser.extensionOrigin}/popup.html`);
    const tabId = (await helper.evaluate(tabIdOf, 'story.html'))!;
    await page.bringToFront();
    await helper.evaluate(sendToTab, { tabId, message: { type: 'backstory:list-mentions' } });
    const list = await waitUntil(
      page,
      'the list',
      () => {
        const dialog = document.querySelector('backstory-ui')?.shadowRoot?.querySelector('.bs-mention-list');
        return dialog ? { dir: getComputedStyle(dialog).direction, title: dialog.querySelector('h2')!.textContent } : null;
      },
      undefined,
      Boolean,
    );
    expect(list!.dir).toBe('rtl');
    expect(list!.title).toMatch(/^نام‌های نشان‌دار این صفحه/);
    await page.press('Enter');
    const card = await waitUntil(page, 'the card', cardState, undefined, (c) => c.open);
    const look = await page.evaluate(() => {
      const root = document.querySelector('backstory-ui')!.shadowRoot!.querySelector('.bs-tooltip')!;
      const desc = root.querySelector('.bs-desc')!;
      return {
        dir: getComputedStyle(root).direction,
        lang: root.getAttribute('lang'),
        label: root.querySelector('.bs-label')!.textContent,
        link: root.querySelector('.bs-open-story')!.textContent,
        desc: [desc.getAttribute('lang'), getComputedStyle(desc).direction],
        // An English fact reads from the left inside the Persian card, in both browsers.
        fact: getComputedStyle(root.querySelector('.bs-facts li')!).textAlign,
        width: innerWidth,
        height: innerHeight,
      };
    });
    expect(look).toMatchObject({ dir: 'rtl', lang: 'fa', label: 'در این ماجرا', link: 'باز کردن ماجرا', desc: ['en', 'ltr'], fact: 'start' });
    // Inside the viewport, as in English.
    expect(card.rect!.left).toBeGreaterThanOrEqual(0);
    expect(card.rect!.right).toBeLessThanOrEqual(look.width);
    expect(card.rect!.bottom).toBeLessThanOrEqual(look.height);
    await helper.close();
    await page.close();
  });

  it.each([
    ['the popup', (tab: number) => `popup.html?tabId=${tab}`, '.bs-on-page h2', 'در این صفحه'],
    ['the options', () => 'options.html', 'h1', 'تنظیمات Backstory'],
    ['the editor', (tab: number) => `author.html?tabId=${tab}`, 'h1', 'آغاز یک ماجرا'],
  ])('shows %s in Persian, right to left, with no key showing and nothing serious for axe', async (_, address, heading, expected) => {
    const story = await browser.newPage(server.url('/story.html'));
    await waitUntil(story, 'the marks', paintedMentions, undefined, (m) => m.length > 3);
    const view = await browser.newWindow();
    await view.goto(`${browser.extensionOrigin}/popup.html`);
    const tabId = (await view.evaluate(tabIdOf, 'story.html'))!;
    await view.goto(`${browser.extensionOrigin}/${address(tabId)}`);
    const shown = await waitUntil(view, 'the page', (selector) => document.querySelector(selector)?.textContent?.trim() ?? null, heading, Boolean);
    expect(shown).toMatch(new RegExp(`^${expected}`));
    const page = await view.evaluate(() => ({
      lang: document.documentElement.lang,
      dir: document.documentElement.dir,
      direction: getComputedStyle(document.body).direction,
      // A message key in place of words: "popup.onPage", "types.person".
      keys: document.body.innerText.match(/\b(?:card|popup|story|options|author|types|mentions|welcome)\.(?!html\b)[a-zA-Z]+/g) ?? [],
    }));
    expect(page).toEqual({ lang: 'fa', dir: 'rtl', direction: 'rtl', keys: [] });
    expect(await seriousViolations(view)).toEqual([]);
    await view.close();
    await story.close();
  });
});
