/**
 * Starting a story from the page, end to end in both browsers with the built extension: the
 * popup's “Start a story from this page” opens the editor on a draft of the fixture article; an
 * edited entity is saved, and a name only the draft knows is then marked on another page with
 * the draft's text on its card; a second save is a higher revision that replaces the story in
 * place, and the popup tells what changed; a lower revision is refused; a bad edit shows its path
 * at its field and saves nothing; the draft survives the editor being reopened, and a story
 * from another page does not replace it unasked; and a content script that asks to draft or to
 * install gets no answer.
 */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, waitUntil, type BrowserName, type TestBrowser, type TestPage } from './harness/browsers';
import { askBackground, cardState, centreOf, clearStorage, paintedMentions, readStorage } from './harness/in-page';
import { servePages, type PageServer } from './harness/server';

const FIXTURES = fileURLToPath(new URL('../fixtures/pages', import.meta.url));
const EDITED = 'Leader of the dockers’ union that called the Port Kessary strike.';

/** The extension API of an extension page, loosely typed: these helpers run inside the browser. */
type Api = {
  tabs: {
    query(q: object): Promise<{ id?: number; url?: string }[]>;
    executeScript?(tabId: number, details: { code: string }): Promise<unknown[]>;
    remove(tabId: number): Promise<void>;
  };
  scripting?: { executeScript(details: object): Promise<{ result?: unknown }[]> };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
};

/** The id of the tab at `url`, or null. */
async function tabIdAt(url: string): Promise<number | null> {
  const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
  const tabs = await (scope.browser ?? scope.chrome)!.tabs.query({});
  return tabs.find((t) => t.url === url)?.id ?? null;
}

async function closeTab(tabId: number | null): Promise<void> {
  const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
  if (tabId !== null) await (scope.browser ?? scope.chrome)!.tabs.remove(tabId);
}

/**
 * Sends `message` to the background from the content-script world of tab `tabId` (Chromium's
 * isolated world, Firefox's content-script sandbox, where Backstory's own content script runs),
 * and returns what came back.
 */
async function askFromContentScript({ tabId, message }: { tabId: number; message: unknown }): Promise<unknown> {
  const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
  const api = (scope.browser ?? scope.chrome)!;
  if (api.scripting) {
    const [result] = await api.scripting.executeScript({
      target: { tabId },
      func: (m: unknown) =>
        (globalThis as unknown as { chrome: Api }).chrome.runtime.sendMessage(m).then(
          (answer: unknown) => ({ answer: answer ?? null }),
          (error: unknown) => ({ error: String(error) }),
        ),
      args: [message],
    });
    return result?.result;
  }
  const [result] = await api.tabs.executeScript!(tabId, {
    code: `browser.runtime.sendMessage(${JSON.stringify(message)}).then((answer) => ({ answer: answer ?? null }), (error) => ({ error: String(error) }))`,
  });
  return result;
}

/** The names the editor lists. */
const listedNames = () => [...document.querySelectorAll('.bs-entity-button')].map((b) => b.textContent ?? '');

/**
 * Clicks the button whose text starts with `text`. The isolates around a story's text set inside
 * a sentence (components/words.tsx) are left out: the reader sees none.
 */
function clickButton(text: string): boolean {
  const button = [...document.querySelectorAll('button')].find((b) => (b.textContent ?? '').replace(/[\u2066-\u2069]/g, '').trim().startsWith(text));
  button?.click();
  return Boolean(button);
}

/** Types `value` into the field with id `id`, as the reader's typing would (an input event). */
function typeInto({ id, value }: { id: string; value: string }): boolean {
  const field = document.getElementById(id) as HTMLInputElement | HTMLTextAreaElement | null;
  if (!field) return false;
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  return true;
}

const statusText = () => document.querySelector('.bs-status')?.textContent ?? '';

describe.each(BROWSERS)('%s: a story from the page', (name: BrowserName) => {
  let server: PageServer;
  let browser: TestBrowser;
  let ext: TestPage;
  let author: TestPage;
  let articleTab: number;
  let authorUrl: string;
  let dana: number;

  /** The stored pack of the drafted story, as installed (null if none). */
  const installedDraft = async (): Promise<{ revision?: number; entities: { id: string; description: string }[] } | null> => {
    const stored = await ext.evaluate(readStorage);
    const entry = Object.entries(stored).find(([key]) => key === 'pack:dockers-walk-out-at-port-kessary-over-pay');
    return entry ? JSON.parse((entry[1] as { json: string }).json) : null;
  };

  beforeAll(async () => {
    server = await servePages([FIXTURES]);
    browser = await launch(name);
    await browser.newPage(server.url('/draft-article.html'));
    ext = await browser.newWindow();
    await ext.goto(`${browser.extensionOrigin}/popup.html`);
    await ext.evaluate(clearStorage);
    articleTab = (await ext.evaluate(tabIdAt, server.url('/draft-article.html')))!;
    authorUrl = `${browser.extensionOrigin}/author.html?tabId=${articleTab}`;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('drafts from the article through the popup; an edited, saved name is marked on another page with its text', async () => {
    await ext.goto(`${browser.extensionOrigin}/popup.html?tabId=${articleTab}`);
    await waitUntil(ext, 'the popup’s button', clickButton, 'Start a story from this page', Boolean);
    // The button opened the editor on a draft of the tab, which it keeps as it goes. The test then
    // drives the editor in a window of its own (Firefox's driver does not see tabs an extension
    // opens), where the kept draft is restored.
    await waitUntil(ext, 'the editor’s tab', tabIdAt, authorUrl, (id) => typeof id === 'number');
    await waitUntil(ext, 'the kept draft', readStorage, undefined, (stored) => 'authorDraft' in stored, 20_000);
    await ext.evaluate(closeTab, await ext.evaluate(tabIdAt, authorUrl));
    author = await browser.newWindow();
    await author.goto(authorUrl);
    const names = await waitUntil(author, 'the draft', listedNames, undefined, (n) => n.some((x) => x.includes('Dana Whitcombe')), 20_000);
    // The article's people, places and organisations; never the byline's author or the menus.
    for (const wanted of ['Harbour Workers Guild', 'Kessary Port Authority', 'Tobias Lindqvist', 'Port Kessary']) {
      expect(names.some((n) => n.includes(wanted))).toBe(true);
    }
    expect(names.some((n) => /Mira Okonjo|Subscribe|Privacy|Monday/.test(n))).toBe(false);

    dana = names.findIndex((n) => n.includes('Dana Whitcombe'));
    await author.evaluate(clickButton, names[dana]!.trim());
    // The draft's description quotes the article and names it.
    const drafted = await author.evaluate((id: string) => (document.getElementById(id) as HTMLTextAreaElement).value, `field-entities-${dana}-description`);
    expect(drafted).toContain('The Example Courier, 30 Nov 2026: “Dana Whitcombe');
    // The forms' preview counts them in the article: the full name once, the surname twice more.
    const hints = await author.evaluate(() => [...document.querySelectorAll('.bs-alias .bs-field-hint')].map((h) => h.textContent ?? ''));
    expect(hints[0]).toMatch(/^Marks 1 place/);
    expect(hints[1]).toMatch(/^Marks 3 places/);

    expect(await author.evaluate(typeInto, { id: `field-entities-${dana}-description`, value: EDITED })).toBe(true);
    await author.evaluate(clickButton, 'Save and install');
    await waitUntil(author, 'the save', statusText, undefined, (t) => t.startsWith('Saved'), 20_000);
    expect((await installedDraft())?.entities.find((e) => e.id === 'dana-whitcombe')?.description).toBe(EDITED);

    const elsewhere = await browser.newWindow();
    await elsewhere.goto(server.url('/draft-elsewhere.html'));
    await elsewhere.bringToFront();
    const marks = await waitUntil(elsewhere, 'the drafted name marked', paintedMentions, undefined, (m) => m.some((x) => x.text === 'Dana Whitcombe'), 20_000);
    const point = await elsewhere.evaluate(centreOf, { selector: '#lead', text: 'Dana Whitcombe' });
    await elsewhere.mouseMove(point!.x, point!.y);
    const card = await waitUntil(elsewhere, 'the card', cardState, undefined, (c) => c.open && c.text.includes(EDITED));
    expect(card.entity).toBe('dana-whitcombe');
    expect(marks.length).toBeGreaterThan(0);
    await elsewhere.close();
  });

  it('saves a higher revision in place, and the popup tells what changed; a lower one is refused', async () => {
    await author.bringToFront();
    await author.evaluate(typeInto, { id: 'new-name', value: 'Mira Okonjo' });
    await author.evaluate(clickButton, 'Add');
    await waitUntil(author, 'the new name', listedNames, undefined, (n) => n.some((x) => x.includes('Mira Okonjo')));
    await author.evaluate(clickButton, 'Save and install');
    await waitUntil(author, 'the second save', statusText, undefined, (t) => t.startsWith('Saved') && t.includes('revision 2'), 20_000);
    const saved = (await installedDraft())!;
    expect(saved.revision).toBe(2);

    const elsewhere = await browser.newWindow();
    await elsewhere.goto(server.url('/draft-elsewhere.html'));
    await elsewhere.bringToFront();
    await waitUntil(elsewhere, 'the drafted name marked', paintedMentions, undefined, (m) => m.some((x) => x.text === 'Dana Whitcombe'), 20_000);
    const elsewhereTab = (await ext.evaluate(tabIdAt, server.url('/draft-elsewhere.html')))!;
    await ext.goto(`${browser.extensionOrigin}/popup.html?tabId=${elsewhereTab}`);
    const changes = await waitUntil(ext, 'what changed', () => document.querySelector('.bs-changes')?.textContent ?? '', undefined, (t) => t.includes('Mira Okonjo'));
    expect(changes).toContain('What changed');
    await elsewhere.close();

    const lower = (await ext.evaluate(askBackground, { type: 'backstory:install-pack', pack: { ...saved, revision: 1 } })) as { ok: boolean; problems: { path: string }[] };
    expect(lower.ok).toBe(false);
    expect(lower.problems.map((p) => p.path)).toContain('revision');
    expect((await installedDraft())!.revision).toBe(2);
  });

  it('shows a bad edit at its field, by path, and saves nothing', async () => {
    await author.bringToFront();
    const id = `field-entities-${dana}-description`;
    await author.evaluate(clickButton, 'Dana Whitcombe');
    await author.evaluate(typeInto, { id, value: 'A <b>bold</b> claim' });
    const problem = await waitUntil(author, 'the problem at its field', (f: string) => document.getElementById(`${f}-problems`)?.textContent ?? '', id, Boolean);
    expect(problem).toContain('plain text');
    const listed = await author.evaluate(() => document.querySelector('.bs-author-problems')?.textContent ?? '');
    expect(listed).toContain(`entities[${dana}].description`);
    await author.evaluate(clickButton, 'Save and install');
    await waitUntil(author, 'the refusal', statusText, undefined, (t) => t.startsWith('Not saved'));
    expect((await installedDraft())?.entities.find((e) => e.id === 'dana-whitcombe')?.description).toBe(EDITED);
  });

  it('keeps the draft as it is typed, and restores it when the editor is reopened', async () => {
    const id = `field-entities-${dana}-description`;
    expect(await author.evaluate(typeInto, { id, value: 'Typed just before the editor closed.' })).toBe(true);
    await new Promise((r) => setTimeout(r, 600));
    await author.goto(authorUrl);
    await waitUntil(author, 'the restored draft', statusText, undefined, (t) => t.startsWith('Restored'));
    await author.evaluate(clickButton, 'Dana Whitcombe');
    const value = await waitUntil(author, 'the typed text', (f: string) => (document.getElementById(f) as HTMLTextAreaElement | null)?.value ?? '', id, Boolean);
    expect(value).toBe('Typed just before the editor closed.');
    // A removed form takes its button with it: the focus goes to the list's Add button, not the page's top.
    await author.evaluate(clickButton, 'Remove “Whitcombe”');
    const focused = await waitUntil(author, 'the focus to move', () => document.activeElement?.textContent?.trim() ?? '', undefined, (t) => t !== '');
    expect(focused).toBe('Add a form');
    // Whether a page that names her is about the story: kept in the draft's anchors.
    expect(await author.evaluate(() => document.querySelector<HTMLInputElement>('.bs-entity-editor input[aria-describedby="anchor-hint"]')?.checked)).toBe(true);
    await author.evaluate(() => document.querySelector<HTMLInputElement>('.bs-entity-editor input[aria-describedby="anchor-hint"]')!.click());
    const anchors = (stored: Record<string, unknown>) => (stored.authorDraft as { pack: { story: { anchors?: string[] } } } | undefined)?.pack.story.anchors;
    await waitUntil(author, 'the anchor taken out', readStorage, undefined, (stored) => anchors(stored)?.includes('dana-whitcombe') === false);
    expect(author.errors()).toEqual([]);
  });

  it('asks before a story from another page replaces the one being written', async () => {
    const elsewhere = await browser.newWindow();
    await elsewhere.goto(server.url('/draft-elsewhere.html'));
    const otherTab = (await ext.evaluate(tabIdAt, server.url('/draft-elsewhere.html')))!;
    const editor = await browser.newWindow();
    await editor.goto(`${browser.extensionOrigin}/author.html?tabId=${otherTab}`);
    const asked = await waitUntil(editor, 'the choice', () => (document.getElementById('other-draft')?.textContent ?? '').replace(/[\u2066-\u2069]/g, ''), undefined, Boolean);
    expect(asked).toContain('You were writing “Dockers walk out at Port Kessary over pay”');
    await editor.evaluate(clickButton, 'Go on with it');
    await waitUntil(editor, 'the restored draft', statusText, undefined, (t) => t.startsWith('Restored'));
    expect(await editor.evaluate(listedNames)).toEqual(expect.arrayContaining([expect.stringContaining('Dana Whitcombe')]));
    await editor.close();
    await elsewhere.close();
  });

  it('answers no content script that asks to draft or to install', async () => {
    const saved = (await installedDraft())!;
    const draft = await ext.evaluate(askFromContentScript, { tabId: articleTab, message: { type: 'backstory:draft-story', tabId: articleTab } });
    expect(draft).not.toHaveProperty('answer.pack');
    expect((draft as { answer?: unknown }).answer ?? null).toBeNull();
    const install = await ext.evaluate(askFromContentScript, {
      tabId: articleTab,
      message: { type: 'backstory:install-pack', pack: { ...saved, revision: 9 } },
    });
    expect((install as { answer?: unknown }).answer ?? null).toBeNull();
    await new Promise((r) => setTimeout(r, 300));
    expect((await installedDraft())!.revision).toBe(2);
  });
});
