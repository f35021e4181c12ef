/**
 * Touch screens, end to end in both browsers with the built extension, on a phone-sized window
 * (390×844) with touch input: a tap on a mark opens its card as a sheet at the foot of the
 * viewport; a tap on the mark again, elsewhere on the page, or on the sheet's Close button
 * closes it; a finger's moves never open one. And the popup's Next and Previous, which stand in
 * for the keyboard shortcuts a phone does not have.
 */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, waitUntil, type BrowserName, type TestBrowser, type TestPage } from './harness/browsers';
import { cardState, centreOf, otherTabIds, paintedMentions } from './harness/in-page';
import { servePages, type PageServer } from './harness/server';

const FIXTURES = fileURLToPath(new URL('../fixtures/pages', import.meta.url));

/** The centre of the card's Close button, read through our open shadow root. */
function closeButtonCentre(): { x: number; y: number } | null {
  const button = document.querySelector('backstory-ui')?.shadowRoot?.querySelector('.bs-close-card');
  if (!button) return null;
  const r = button.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
}

describe.each(BROWSERS)('%s: on a touch screen', (name: BrowserName) => {
  let server: PageServer;
  let browser: TestBrowser;
  let page: TestPage;

  const rubio = async () => (await page.evaluate(centreOf, { selector: '#lead', text: 'Rubio' }))!;
  const cardOpen = (open: boolean) => waitUntil(page, open ? 'the card to open' : 'the card to close', cardState, undefined, (c) => c.open === open);

  beforeAll(async () => {
    server = await servePages([FIXTURES]);
    browser = await launch(name, { phone: true });
    page = await browser.newPage(server.url('/story.html'));
    await page.bringToFront();
    await waitUntil(page, 'the marks', paintedMentions, undefined, (m) => m.some((x) => x.text === 'Marco Rubio'));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('opens a card as a sheet at the foot of the viewport on a tap, and closes it on a second', async () => {
    const at = await rubio();
    await page.tap(at.x, at.y);
    const card = await cardOpen(true);
    expect(card.entity).toBe('marco-rubio');
    expect(card.role).toBe('dialog');
    const size = await page.evaluate(() => ({ width: innerWidth, height: innerHeight }));
    expect(Math.round(card.rect!.left)).toBe(0);
    expect(Math.round(card.rect!.right)).toBe(size.width);
    expect(Math.abs(card.rect!.bottom - size.height)).toBeLessThan(2);
    await page.tap(at.x, at.y);
    await cardOpen(false);
  });

  it('closes the sheet on a tap elsewhere, and with its Close button', async () => {
    const at = await rubio();
    await page.tap(at.x, at.y);
    await cardOpen(true);
    const headline = (await page.evaluate(centreOf, { selector: '#headline', text: 'hints' }))!;
    await page.tap(headline.x, headline.y);
    await cardOpen(false);

    await page.tap(at.x, at.y);
    await cardOpen(true);
    const close = await waitUntil(page, 'the Close button', closeButtonCentre, undefined, (c) => c !== null);
    await page.tap(close!.x, close!.y);
    await cardOpen(false);
    expect(page.errors()).toEqual([]);
  });

  it('steps through the marks from the popup’s Next and Previous', async () => {
    const popup = await browser.newWindow();
    await popup.goto(`${browser.extensionOrigin}/popup.html`);
    const tabs = await popup.evaluate(otherTabIds);
    await popup.goto(`${browser.extensionOrigin}/popup.html?tabId=${tabs[0]}`);
    const pressed = (label: string) => {
      const button = [...document.querySelectorAll('.bs-step button')].find((b) => b.textContent === label) as HTMLButtonElement | undefined;
      button?.click();
      return Boolean(button);
    };
    await waitUntil(popup, 'the Next button', pressed, 'Next mark', Boolean);
    await page.bringToFront();
    const first = await cardOpen(true);
    await popup.evaluate(pressed, 'Next mark');
    const second = await waitUntil(page, 'the next card', cardState, undefined, (c) => c.open && c.entity !== first.entity);
    await popup.evaluate(pressed, 'Previous mark');
    await waitUntil(page, 'the first card again', cardState, undefined, (c) => c.open && c.entity === first.entity);
    expect(second.entity).not.toBe(first.entity);
    await popup.close();
  });
});
