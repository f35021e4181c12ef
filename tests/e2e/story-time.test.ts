/**
 * The story in time, end to end in both browsers with the built extension and the bundled
 * pack: a title names its holder on the page's date, a page about another conflict marks
 * nothing of this story's own, and the popup tells what happened since the page in front of
 * the reader.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, waitFor, waitUntil, type BrowserName, type TestBrowser, type TestPage } from './harness/browsers';
import { askBackground, cardState, centreOf, otherTabIds, paintedMentions } from './harness/in-page';
import { servePages, type PageServer } from './harness/server';

const FIXTURES = fileURLToPath(new URL('../fixtures/pages', import.meta.url));
const PACK = JSON.parse(readFileSync(fileURLToPath(new URL('../../data/packs/us-iran-thaw.json', import.meta.url)), 'utf8')) as {
  story: { anchors: string[] };
};
/**
 * What only this story is about: its anchors, and the entities whose every generic form needs
 * the story (their names on any other page are someone else's sanctions, program or crisis).
 */
const STORY_ONLY = new Set([
  ...PACK.story.anchors,
  'sanctions',
  'iran-nuclear-program',
  'uranium-enrichment',
  'maximum-pressure',
  'proxy-conflicts',
  'energy-prices',
  'oil-exports',
  'iran-hostage-crisis',
]);

interface TabReply {
  mentions: { entityId: string; text: string }[];
  stats: { done: boolean };
}

describe.each(BROWSERS)('%s: the story in time', (name: BrowserName) => {
  let server: PageServer;
  let browser: TestBrowser;
  let page: TestPage;
  let ext: TestPage;

  beforeAll(async () => {
    server = await servePages([FIXTURES]);
    browser = await launch(name);
    page = await browser.newPage();
    ext = await browser.newPage();
    await ext.goto(`${browser.extensionOrigin}/popup.html`);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /**
   * Opens a fixture in the test tab and waits until its scan is done and the tab's mentions hold
   * `text` (so that none are the last page's); returns them.
   */
  const open = async (path: string, text: string): Promise<{ tabId: number; reply: TabReply }> => {
    await page.goto(server.url(path));
    await page.bringToFront();
    const tabId = (await ext.evaluate(otherTabIds))[0]!;
    const deadline = Date.now() + 10_000;
    for (;;) {
      const reply = (await ext.evaluate(askBackground, { type: 'backstory:get-tab-mentions', tabId })) as TabReply;
      if (reply.stats.done && reply.mentions.some((m) => m.text === text)) return { tabId, reply };
      if (Date.now() > deadline) throw new Error(`Timed out waiting for the scan of ${path}: ${JSON.stringify(reply)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };

  const hoverCard = async (text: string) => {
    await page.mouseMove(5, 5);
    const at = await page.evaluate(centreOf, { selector: '#lead', text });
    expect(at).not.toBeNull();
    await page.mouseMove(at!.x, at!.y);
    return waitUntil(page, `the card for “${text}”`, cardState, undefined, (c) => c.open);
  };

  it('shows Mojtaba Khamenei’s card for “Iran’s supreme leader” on a page of May 2026, and says why', async () => {
    await open('/leader-2026.html', "Iran's supreme leader");
    const card = await hoverCard("Iran's supreme leader");
    expect(card.entity).toBe('mojtaba-khamenei');
    expect(card.text).toMatch(/its holder on 12 May 2026, when this page was published/);
  });

  it('shows Ali Khamenei’s card for the same words on a page of 2019 (its date in JSON-LD)', async () => {
    await open('/leader-2019.html', "Iran's supreme leader");
    const card = await hoverCard("Iran's supreme leader");
    expect(card.entity).toBe('ali-khamenei');
    expect(card.text).toMatch(/its holder on 20 Jun 2019/);
  });

  it('marks nothing of this story’s own on a page about North Korea’s nuclear program', async () => {
    const { reply } = await open('/north-korea.html', 'China');
    const own = reply.mentions.filter((m) => STORY_ONLY.has(m.entityId));
    expect(own).toEqual([]);
    // The great powers are still named: they belong to many stories.
    expect(reply.mentions.map((m) => m.entityId)).toEqual(expect.arrayContaining(['united-states', 'china', 'russia']));
    const painted = (await page.evaluate(paintedMentions)).map((m) => m.text);
    for (const generic of ['nuclear program', 'enrichment', 'US sanctions', 'Brent crude', 'hostage crisis', 'Islamic Republic']) {
      expect(painted).not.toContain(generic);
    }
  });

  /** The popup's “Since this page was published” section for the tab, as text. */
  const sinceSection = async (tabId: number) => {
    const popup = await browser.newPage();
    await popup.goto(`${browser.extensionOrigin}/popup.html?tabId=${tabId}`);
    const text = await waitFor(popup, 'the popup’s since section', () => document.querySelector<HTMLElement>('.bs-since')?.textContent ?? null);
    await popup.close();
    return text!;
  };

  it('tells a reader of a page of 14 Feb 2026 what happened since: the war, the succession, the memorandum', async () => {
    const { tabId } = await open('/since-2026-02.html', 'Ayatollah Ali Khamenei');
    const since = await sinceSection(tabId);
    expect(since).toMatch(/Since this page was published \(14 Feb 2026\)/);
    expect(since).toMatch(/28 Feb 2026/);
    expect(since).toMatch(/Khamenei.*killed|killed.*Khamenei/);
    expect(since).toMatch(/Mojtaba Khamenei/);
    expect(since).toMatch(/memorandum/i);
    // Newest last.
    expect(since.indexOf('28 Feb 2026')).toBeLessThan(since.search(/Jun 2026/));
  });

  it('does not tell a reader of a page of June 2026 that the war is news', async () => {
    const { tabId } = await open('/since-2026-06.html', 'Strait of Hormuz');
    const since = await sinceSection(tabId);
    expect(since).toMatch(/Since this page was published \(20 Jun 2026\)/);
    expect(since).not.toMatch(/28 Feb 2026/);
    expect(since).not.toMatch(/Mar 2026/);
  });
});
