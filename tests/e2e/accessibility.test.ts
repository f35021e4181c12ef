/**
 * Accessibility, end to end in both browsers with the built extension: axe-core checks the
 * popup, the options page, the welcome page, the story editor and a page with an open card (our part of it: the
 * card in its shadow root), and finds no serious or critical violation.
 */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './harness/axe';
import { BROWSERS, launch, waitUntil, type BrowserName, type TestBrowser, type TestPage } from './harness/browsers';
import { cardState, centreOf, otherTabIds, paintedMentions } from './harness/in-page';
import { servePages, type PageServer } from './harness/server';

const FIXTURES = fileURLToPath(new URL('../fixtures/pages', import.meta.url));

describe.each(BROWSERS)('%s: accessibility (axe-core)', (name: BrowserName) => {
  let server: PageServer;
  let browser: TestBrowser;
  let page: TestPage;
  let tabId: number;

  beforeAll(async () => {
    server = await servePages([FIXTURES]);
    browser = await launch(name);
    page = await browser.newPage(server.url('/story.html'));
    await page.bringToFront();
    await waitUntil(page, 'the marks', paintedMentions, undefined, (m) => m.length > 0);
    const ext = await browser.newWindow();
    await ext.goto(`${browser.extensionOrigin}/options.html`);
    [tabId] = (await ext.evaluate(otherTabIds)) as [number];
    await ext.close();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the popup', async () => {
    const popup = await browser.newWindow();
    await popup.goto(`${browser.extensionOrigin}/popup.html?tabId=${tabId}`);
    await waitUntil(popup, 'the popup', () => document.querySelector('main')?.getAttribute('data-ready'), undefined, (r) => r === 'true');
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.close();
  });

  it('the options', async () => {
    const options = await browser.newWindow();
    await options.goto(`${browser.extensionOrigin}/options.html`);
    await waitUntil(options, 'the options', () => Boolean(document.querySelector('#bs-import-pack')), undefined, Boolean);
    expect(await seriousViolations(options)).toEqual([]);
    await options.close();
  });

  it('the welcome page', async () => {
    const welcome = await browser.newWindow();
    await welcome.goto(`${browser.extensionOrigin}/welcome.html`);
    // What it says: every kind of mark in the legend, marked as pages are, and the privacy promise.
    const legend = await waitUntil(welcome, 'the legend', () => [...document.querySelectorAll('.bs-legend li')].map((li) => li.textContent), undefined, (l) => l.length > 0);
    expect(legend).toEqual(['Person', 'Country', 'Organization', 'Agreement', 'Policy', 'Region', 'Place', 'Concept']);
    expect(await welcome.evaluate(() => CSS.highlights.has('backstory-underline-person'))).toBe(true);
    expect(await welcome.evaluate(() => document.body.textContent)).toMatch(/sends nothing anywhere/);
    expect(await seriousViolations(welcome)).toEqual([]);
    await welcome.close();
  });

  it('the story editor', async () => {
    const author = await browser.newWindow();
    await author.goto(`${browser.extensionOrigin}/author.html?tabId=${tabId}`);
    await waitUntil(author, 'the draft', () => document.querySelectorAll('.bs-entity-button').length, undefined, (n) => n > 0, 20_000);
    expect(await seriousViolations(author)).toEqual([]);
    await author.close();
  });

  it('a page with an open card', async () => {
    await page.bringToFront();
    const at = (await page.evaluate(centreOf, { selector: '#lead', text: 'Rubio' }))!;
    await page.mouseMove(at.x, at.y);
    await waitUntil(page, 'the card', cardState, undefined, (c) => c.open);
    expect(await seriousViolations(page, 'backstory-ui')).toEqual([]);
  });
});
