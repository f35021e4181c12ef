/**
 * The keyboard's way to every name, end to end in both browsers with the built extension: the
 * list-mentions shortcut opens a dialog of the page's marks in reading order, in our UI host;
 * the arrow keys move, Enter goes to the mark and opens its card (announced), Escape closes the
 * list and gives focus back where it was; and a reader typing in a field keeps the focus there.
 */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, waitUntil, type BrowserName, type TestBrowser, type TestPage } from './harness/browsers';
import { cardState, otherTabIds, paintedMentions, sendToTab } from './harness/in-page';
import { servePages, type PageServer } from './harness/server';

const FIXTURES = fileURLToPath(new URL('../fixtures/pages', import.meta.url));

/** The list dialog as a reader would meet it: its options, which is chosen, and what has focus. */
function listState(): { open: boolean; options: string[]; selected: number; focusInList: boolean } {
  const root = document.querySelector('backstory-ui')?.shadowRoot;
  const dialog = root?.querySelector('.bs-mention-list');
  if (!root || !dialog) return { open: false, options: [], selected: -1, focusInList: false };
  const options = [...dialog.querySelectorAll('[role="option"]')];
  return {
    open: true,
    options: options.map((o) => o.querySelector('strong')?.textContent ?? ''),
    selected: options.findIndex((o) => o.getAttribute('aria-selected') === 'true'),
    focusInList: root.activeElement?.getAttribute('role') === 'listbox',
  };
}

/** The id (or tag) of the page's focused element, outside our UI. */
const focused = () => document.activeElement?.id || document.activeElement?.tagName || '';

describe.each(BROWSERS)('%s: the list of marks, from the keyboard', (name: BrowserName) => {
  let server: PageServer;
  let browser: TestBrowser;
  let page: TestPage;
  let helper: TestPage;
  let tabId: number;
  let marks: string[];

  const openList = () => helper.evaluate(sendToTab, { tabId, message: { type: 'backstory:list-mentions' } });

  beforeAll(async () => {
    server = await servePages([FIXTURES]);
    browser = await launch(name);
    page = await browser.newPage(server.url('/story.html'));
    await page.bringToFront();
    marks = (await waitUntil(page, 'the marks', paintedMentions, undefined, (m) => m.length > 3)).map((m) => m.text);
    helper = await browser.newWindow();
    await helper.goto(`${browser.extensionOrigin}/popup.html`);
    [tabId] = (await helper.evaluate(otherTabIds)) as [number];
    await page.bringToFront();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lists the marks in reading order; Enter goes to one, opens its card and gives focus back', async () => {
    await page.evaluate(() => {
      const link = document.querySelector('#lead a') as HTMLAnchorElement;
      link.id = 'marco-link';
      link.focus();
    });
    await openList();
    const list = await waitUntil(page, 'the list', listState, undefined, (s) => s.open && s.focusInList);
    expect(list.options.length).toBe(marks.length);
    expect(list.options[0]).toBe('Rubio');
    expect(list.selected).toBe(0);
    await page.press('ArrowDown');
    await page.press('ArrowDown');
    const moved = await waitUntil(page, 'the third option', listState, undefined, (s) => s.selected === 2);
    await page.press('Enter');
    await waitUntil(page, 'the list to close', listState, undefined, (s) => !s.open);
    const card = await waitUntil(page, 'the card', cardState, undefined, (c) => c.open);
    expect(card.text).toContain(moved.options[2]!.split(' ')[0]!);
    const announced = await page.evaluate(() => document.querySelector('backstory-ui')!.shadowRoot!.querySelector('[aria-live]')!.textContent);
    expect(announced).toMatch(/\w+: /);
    expect(await page.evaluate(focused)).toBe('marco-link');
    await page.press('Escape');
    await waitUntil(page, 'the card to close', cardState, undefined, (c) => !c.open);
  });

  it('has a key for every command in a fresh install', async () => {
    const commands = await helper.evaluate(async () => {
      type Command = { name?: string; shortcut?: string };
      type Api = { commands: { getAll(): Promise<Command[]> } };
      const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
      return (await (scope.browser ?? scope.chrome)!.commands.getAll()).filter((c) => c.name !== '_execute_action' && c.name !== '_execute_browser_action');
    });
    expect(Object.fromEntries(commands.map((c) => [c.name, c.shortcut?.replace(/\s/g, '')]))).toEqual({
      'next-mention': 'Alt+Shift+J',
      'previous-mention': 'Alt+Shift+K',
      'toggle-marks': 'Alt+Shift+M',
      'list-mentions': 'Alt+Shift+L',
    });
  });

  it('closes on Escape and gives focus back where it was', async () => {
    await openList();
    await waitUntil(page, 'the list', listState, undefined, (s) => s.open && s.focusInList);
    await page.press('Escape');
    await waitUntil(page, 'the list to close', listState, undefined, (s) => !s.open);
    expect(await page.evaluate(focused)).toBe('marco-link');
  });

  it('leaves the focus in a field the reader is typing in', async () => {
    await page.evaluate(() => (document.getElementById('field') as HTMLTextAreaElement).focus());
    await openList();
    await new Promise((r) => setTimeout(r, 500));
    expect((await page.evaluate(listState)).open).toBe(false);
    expect(await page.evaluate(focused)).toBe('field');
    expect(page.errors()).toEqual([]);
  });
});
