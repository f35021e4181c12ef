/**
 * The popup and the options, end to end in both browsers: the popup reveals a page's mentions,
 * switches a site off (marks and badge gone at once, and after a reload), every option changes
 * what the page shows without a reload, and corrupt stored settings are recovered from.
 */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BROWSERS, launch, waitUntil, type BrowserName, type TestBrowser, type TestPage } from './harness/browsers';
import { askBackground, badgeText, clearSyncStorage, otherTabIds, paintedMentions, readStorage, readSyncStorage, writeStorage } from './harness/in-page';
import { servePages, type PageServer } from './harness/server';

const FIXTURES = fileURLToPath(new URL('../fixtures/pages', import.meta.url));
const DEFAULTS = {
  enabled: true,
  disabledSites: [],
  highlightStyle: 'underline',
  density: 'all',
  types: ['person', 'country', 'organization', 'agreement', 'policy', 'region', 'place', 'concept'],
  hoverDelayMs: 150,
  fuzzy: true,
};

describe.each(BROWSERS)('%s: popup and options', (name: BrowserName) => {
  let server: PageServer;
  let browser: TestBrowser;
  let page: TestPage;
  let ext: TestPage;
  let tabId: number;

  const painted = () => page.evaluate(paintedMentions);
  const settle = (what: string, accept: (m: Awaited<ReturnType<typeof painted>>) => boolean) =>
    waitUntil(page, what, paintedMentions, undefined, accept);

  beforeAll(async () => {
    server = await servePages([FIXTURES]);
    browser = await launch(name);
    page = await browser.newPage(server.url('/long.html'));
    ext = await browser.newPage();
    await ext.goto(`${browser.extensionOrigin}/options.html`);
    [tabId] = (await ext.evaluate(otherTabIds)) as [number];
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  beforeEach(async () => {
    await ext.evaluate(writeStorage, { settings: DEFAULTS });
    await page.bringToFront();
    await settle('the default marks', (m) => m.length >= 5 && m.every((x) => x.name.startsWith('backstory-underline-')));
  });

  it('reveals an entity’s mentions in the page from the popup, one click after another', async () => {
    const popup = await browser.newPage();
    await popup.goto(`${browser.extensionOrigin}/popup.html?tabId=${tabId}`);
    await waitUntil(popup, 'the list', () => Boolean(document.querySelector('[data-entity="ali-khamenei"] button')), undefined, Boolean);
    const ready = await popup.evaluate(() => performance.getEntriesByName('backstory:popup-ready')[0]?.startTime ?? null);
    expect(ready).not.toBeNull();
    console.log(`${name}: popup ready ${ready!.toFixed(0)} ms after navigation start`);

    const scrollAfterClick = async () => {
      await popup.evaluate(() => (document.querySelector('[data-entity="ali-khamenei"] button') as HTMLButtonElement).click());
      return waitUntil(
        page,
        'the flash',
        () => {
          const flash = CSS.highlights.get('backstory-focus');
          if (!flash) return null;
          let text = '';
          flash.forEach((r) => {
            const range = document.createRange();
            range.setStart(r.startContainer, r.startOffset);
            range.setEnd(r.endContainer, r.endOffset);
            text = `${range.toString()}@${(r.startContainer.parentElement as HTMLElement).id}`;
          });
          return { text, scrollY: Math.round(window.scrollY) };
        },
        undefined,
        (v) => v !== null,
      );
    };
    const first = await scrollAfterClick();
    expect(first!.text).toMatch(/Khamenei@first/);
    await page.evaluate(() => CSS.highlights.delete('backstory-focus'));
    const second = await scrollAfterClick();
    expect(second!.text).toMatch(/@first|@far/);
    await page.evaluate(() => CSS.highlights.delete('backstory-focus'));
    const third = await scrollAfterClick();
    expect(third!.text).toBe('Khamenei@far');
    expect(third!.scrollY).toBeGreaterThan(1000);
    await popup.close();
  });

  it('finds any entity by a misspelt name in the popup’s search and shows its card', async () => {
    const popup = await browser.newPage();
    await popup.goto(`${browser.extensionOrigin}/popup.html?tabId=${tabId}`);
    await waitUntil(popup, 'the search box', () => Boolean(document.querySelector('#bs-search-input')), undefined, Boolean);
    await popup.evaluate(() => (document.querySelector('#bs-search-input') as HTMLInputElement).focus());
    await popup.press('P');
    for (const key of 'ezeshkyan') await popup.press(key);
    await waitUntil(popup, 'a result', () => document.querySelector('.bs-search-result')?.textContent ?? '', undefined, (t) => t.includes('Pezeshkian'));
    await popup.evaluate(() => (document.querySelector('.bs-search-result') as HTMLButtonElement).click());
    const card = await waitUntil(popup, 'the card', () => document.querySelector('.bs-selected')?.textContent ?? '', undefined, (t) => t.length > 0);
    expect(card).toMatch(/President of Iran/);
    await popup.close();
  });

  it('follows the page while open, and draws the timeline when it is opened', async () => {
    const popup = await browser.newPage();
    await popup.goto(`${browser.extensionOrigin}/popup.html?tabId=${tabId}`);
    await waitUntil(popup, 'the list', () => document.querySelectorAll('[data-entity]').length, undefined, (n) => n > 0);
    expect(await popup.evaluate(() => Boolean(document.querySelector('[data-entity="fordow"]')))).toBe(false);
    expect(await popup.evaluate(() => document.querySelectorAll('.bs-timeline li').length)).toBe(0);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'added-by-test';
      p.textContent = 'Inspectors asked again to visit Fordow.';
      document.body.append(p);
    });
    // The page reports the change; the popup, watching the tab's reports, lists it unasked.
    await waitUntil(popup, 'Fordow in the list', () => Boolean(document.querySelector('[data-entity="fordow"]')), undefined, Boolean);
    await popup.evaluate(() => document.querySelector('.bs-timeline-box summary')!.dispatchEvent(new MouseEvent('click', { bubbles: true })));
    const years = await waitUntil(
      popup,
      'the timeline',
      () => [...document.querySelectorAll('.bs-timeline time')].map((t) => t.getAttribute('datetime')!.slice(0, 4)),
      undefined,
      (list) => list.length > 3,
    );
    expect(years).toContain('2015');
    expect([...years].sort()).toEqual(years);
    await page.evaluate(() => document.getElementById('added-by-test')!.remove());
    await popup.close();
  });

  it('switches a site off from the popup: marks and badge go at once, and stay gone after a reload', async () => {
    await waitUntil(ext, 'a badge', badgeText, tabId, (t) => t !== '');
    const popup = await browser.newPage();
    await popup.goto(`${browser.extensionOrigin}/popup.html?tabId=${tabId}`);
    await waitUntil(popup, 'the site switch', () => Boolean(document.querySelector('[role="switch"]:not([disabled])')), undefined, Boolean);
    await popup.evaluate(() => (document.querySelector('[role="switch"]') as HTMLButtonElement).click());
    await settle('the marks to go', (m) => m.length === 0);
    await waitUntil(ext, 'the badge to clear', badgeText, tabId, (t) => t === '');
    await page.goto(server.url('/long.html'));
    await new Promise((r) => setTimeout(r, 1500));
    expect(await painted()).toEqual([]);
    const reply = (await ext.evaluate(askBackground, { type: 'backstory:get-tab-mentions', tabId })) as { active: boolean };
    expect(reply.active).toBe(false);
    // And back on from the popup.
    await popup.goto(`${browser.extensionOrigin}/popup.html?tabId=${tabId}`);
    // Disabled (and shown off) until the popup has read the tab's report: wait for the real state.
    await waitUntil(popup, 'the off switch', () => document.querySelector('[role="switch"]:not([disabled])')?.getAttribute('aria-checked'), undefined, (v) => v === 'false');
    await popup.evaluate(() => (document.querySelector('[role="switch"]') as HTMLButtonElement).click());
    // The real popup floats over the page; here it is a tab, so show the page again.
    await page.bringToFront();
    await settle('the marks to return', (m) => m.length > 0);
    await popup.close();
  });

  it('applies every option to the open page at once', async () => {
    // Through the options page itself: the highlight style.
    await ext.goto(`${browser.extensionOrigin}/options.html`);
    await waitUntil(ext, 'the form', () => Boolean(document.querySelector('input[value="background"]')), undefined, Boolean);
    await ext.evaluate(() => (document.querySelector('input[value="background"]') as HTMLInputElement).click());
    await settle('background marks', (m) => m.length > 0 && m.every((x) => x.name.startsWith('backstory-background-')));
    await ext.evaluate(() => (document.querySelector('input[value="none"]') as HTMLInputElement).click());
    await settle('no marks', (m) => m.length === 0);

    await ext.evaluate(writeStorage, { settings: { ...DEFAULTS, density: 'first' } });
    const first = await settle('one mark per entity', (m) => m.filter((x) => x.text.includes('Khamen')).length === 1);
    expect(first.filter((x) => x.text === 'Iran')).toHaveLength(1);

    await ext.evaluate(writeStorage, { settings: { ...DEFAULTS, types: ['person'] } });
    const people = await settle('people only', (m) => m.length > 0 && m.every((x) => x.name === 'backstory-underline-person'));
    expect(people.some((x) => x.text.endsWith('Marco Rubio'))).toBe(true);

    await ext.evaluate(writeStorage, { settings: { ...DEFAULTS, fuzzy: false } });
    await settle('no misspelt name', (m) => m.length > 0 && !m.some((x) => x.text === 'Khamenie'));
    await ext.evaluate(writeStorage, { settings: DEFAULTS });
    await settle('the misspelt name again', (m) => m.some((x) => x.text === 'Khamenie'));
  });

  it('keeps the settings in sync storage, and moves there those an older version kept locally', async () => {
    const stored = (values: Record<string, unknown>) => (values.settings ?? null) as { density?: string; highlightStyle?: string } | null;
    // An older version's settings, in a browser that has synced none yet.
    await ext.evaluate(clearSyncStorage);
    await ext.evaluate(writeStorage, { settings: { ...DEFAULTS, density: 'first' }, settings$: { v: 1 } });
    await ext.goto(`${browser.extensionOrigin}/options.html`);
    await waitUntil(ext, 'the move to sync', readSyncStorage, undefined, (values) => stored(values)?.density === 'first');
    await waitUntil(ext, 'the local copy gone', readStorage, undefined, (values) => stored(values) === null);
    expect(await ext.evaluate(() => (document.querySelector('input[name="density"]:checked') as HTMLInputElement).value)).toBe('first');
    // A change made in the options is written to sync, and the page follows it.
    await ext.evaluate(() => (document.querySelector('input[value="background"]') as HTMLInputElement).click());
    await waitUntil(ext, 'the change in sync', readSyncStorage, undefined, (values) => stored(values)?.highlightStyle === 'background');
    expect(stored(await ext.evaluate(readStorage))).toBeNull();
    await settle('background marks', (m) => m.length > 0 && m.every((x) => x.name.startsWith('backstory-background-')));
  });

  it('recovers from corrupt stored settings, keeps what it can, and says so', async () => {
    await ext.evaluate(writeStorage, { settings: { ...DEFAULTS, highlightStyle: 'sparkles', density: 'first', hoverDelayMs: 'soon' } });
    await page.goto(server.url('/long.html'));
    await page.bringToFront();
    const marks = await settle('marks with the repaired settings', (m) => m.length > 0);
    expect(marks.every((x) => x.name.startsWith('backstory-underline-'))).toBe(true);
    expect(marks.filter((x) => x.text === 'Iran')).toHaveLength(1); // density "first" was kept
    await ext.goto(`${browser.extensionOrigin}/options.html`);
    const notice = await waitUntil(ext, 'the notice', () => document.querySelector('.bs-notice')?.textContent ?? null, undefined, Boolean);
    expect(notice).toMatch(/highlightStyle/);
    expect(notice).toMatch(/hoverDelayMs/);
  });
});
