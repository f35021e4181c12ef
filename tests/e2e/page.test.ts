/**
 * Backstory on pages that are not simple: written forms, live changes, shadow roots, frames,
 * hostile CSS, mentions at the viewport's edges, and the promise that a page's text and layout
 * are exactly what they are without the extension. Both browsers, built extension.
 */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, waitUntil, type BrowserName, type TestBrowser, type TestPage } from './harness/browsers';
import { askBackground, cardState, centreOf, otherTabIds, paintedMentions, sendToTab } from './harness/in-page';

interface TabReply {
  mentions: { entityId: string }[];
  stats: { done: boolean; passages: number; mentions: number };
}

/** A tab's or a frame's timings and counts for benchmarks (protocol/to-page.ts). */
interface Diagnostics {
  backgroundPassages: number;
  markerFrames: number;
}
import { servePages, type PageServer } from './harness/server';

const FIXTURES = fileURLToPath(new URL('../fixtures/pages', import.meta.url));

/** The page's text and every element's box, as a reader's layout would show them. */
function layoutSnapshot(): { text: string; boxes: string[] } {
  const boxes: string[] = [];
  for (const el of document.body.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    boxes.push(`${el.tagName}:${Math.round(r.left)},${Math.round(r.top)},${Math.round(r.width)}x${Math.round(r.height)}`);
  }
  return { text: document.documentElement.textContent ?? '', boxes };
}

describe.each(BROWSERS)('%s on harder pages', (name: BrowserName) => {
  let server: PageServer;
  let browser: TestBrowser;
  let page: TestPage;

  beforeAll(async () => {
    server = await servePages([FIXTURES]);
    browser = await launch(name);
    page = await browser.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const open = async (path: string, minMarks = 1) => {
    await page.goto(server.url(path));
    return waitUntil(page, `marks on ${path}`, paintedMentions, undefined, (m) => m.length >= minMarks);
  };

  it('reads names through no-break spaces, soft hyphens, possessives and Persian joiners', async () => {
    const texts = (await open('/unicode.html', 5)).map((m) => m.text);
    expect(texts).toEqual(
      expect.arrayContaining(['Ayatollah Ali\u00a0Khamenei', 'Kha\u00admenei', 'Iran', 'Rubio', 'Marco Rubio', 'خامنه‌ای', 'ایران']),
    );
  });

  it('marks text added after load, and follows a text node the page rewrites in place', async () => {
    await open('/live.html');
    const painted = await waitUntil(page, 'the late paragraph and the rewritten place', paintedMentions, undefined, (m) =>
      m.some((x) => x.text === 'Ali Khamenei') && m.some((x) => x.text === 'Saudi Arabia'),
    );
    expect(painted.map((m) => m.text)).not.toContain('Oman');
    // The page shows the page's own text.
    expect(await page.evaluate(() => document.getElementById('rewritten')!.textContent)).toBe(
      'The envoy flew to Saudi Arabia on Tuesday.',
    );
  });

  it('marks text inside an open shadow root, with our styles adopted there only', async () => {
    const painted = await open('/shadow.html', 2);
    expect(painted.map((m) => m.text)).toEqual(expect.arrayContaining(['Iran', 'Ayatollah Ali Khamenei']));
    const sheets = await page.evaluate(() => ({
      shadow: document.getElementById('card')!.shadowRoot!.adoptedStyleSheets.length,
      page: document.adoptedStyleSheets.length,
      styleElements: document.querySelectorAll('style').length,
    }));
    expect(sheets).toEqual({ shadow: 1, page: 0, styleElements: 0 });
  });

  it('scans same-origin and about:blank frames, and the tab’s mentions gather them all', async () => {
    await open('/frames.html');
    const inFrames = await waitUntil(
      page,
      'marks in both frames',
      () => {
        const read = (id: string) => {
          const win = (document.getElementById(id) as HTMLIFrameElement).contentWindow as Window & typeof globalThis;
          const texts: string[] = [];
          win.CSS.highlights.forEach((h, key) => {
            if (!key.startsWith('backstory-')) return;
            h.forEach((r) => {
              const range = win.document.createRange();
              range.setStart(r.startContainer, r.startOffset);
              range.setEnd(r.endContainer, r.endOffset);
              texts.push(range.toString());
            });
          });
          return texts;
        };
        return { child: read('child'), blank: read('blank') };
      },
      undefined,
      (v) => v.child.length > 0 && v.blank.length > 0,
    );
    expect(inFrames.child).toContain('JCPOA');
    expect(inFrames.blank).toContain('Saudi Arabia');

    const extensionPage = await browser.newPage();
    await extensionPage.goto(`${browser.extensionOrigin}/popup.html`);
    const [tabId] = await extensionPage.evaluate(otherTabIds);
    const reply = await waitUntil(
      extensionPage,
      'the background to have every frame’s report',
      askBackground,
      { type: 'backstory:get-tab-mentions', tabId },
      (r) => ['iran', 'jcpoa', 'saudi-arabia'].every((id) => (r as TabReply).mentions.some((m) => m.entityId === id)),
    );
    const { stats } = reply as TabReply;
    expect(stats.done).toBe(true);
    // Every frame had the background match its text (entrypoints/content/match-in-background.ts).
    const diagnostics = (await extensionPage.evaluate(askBackground, { type: 'backstory:get-tab-diagnostics', tabId })) as Diagnostics;
    expect(diagnostics.backgroundPassages).toBe(stats.passages);

    // A frame that goes away sends no last word: the tab's mentions leave its report out.
    await page.bringToFront();
    await page.evaluate(() => document.getElementById('child')!.remove());
    await extensionPage.evaluate(askBackground, { type: 'backstory:check-tab-frames', tabId });
    const after = (await extensionPage.evaluate(askBackground, { type: 'backstory:get-tab-mentions', tabId })) as TabReply;
    expect(after.mentions.map((m) => m.entityId)).not.toContain('jcpoa');
    expect(after.mentions.map((m) => m.entityId)).toContain('saudi-arabia');
    await extensionPage.close();
  });

  it('brings the marker only into the frame that names something', async () => {
    await page.goto(server.url('/quiet.html'));
    const extensionPage = await browser.newPage();
    try {
      await extensionPage.goto(`${browser.extensionOrigin}/popup.html`);
      const [tabId] = await extensionPage.evaluate(otherTabIds);
      // The top page and its about:blank frame name nothing (the top page's "Bibi" and
      // "Chinese" are words of the story that stand only beside a sure name of it); the
      // same-origin frame names the JCPOA.
      const reply = (await waitUntil(
        extensionPage,
        'the frames to report',
        askBackground,
        { type: 'backstory:get-tab-mentions', tabId },
        (r) => (r as TabReply).stats.done && (r as TabReply).mentions.length > 0,
      )) as TabReply;
      expect(reply.mentions.map((m) => m.entityId)).toEqual(['jcpoa']);
      const tab = (await extensionPage.evaluate(askBackground, { type: 'backstory:get-tab-diagnostics', tabId })) as Diagnostics;
      expect(tab.markerFrames).toBe(1);
      const top = (await extensionPage.evaluate(sendToTab, { tabId: tabId!, message: { type: 'backstory:get-mentions' } })) as TabReply;
      expect(top.stats).toMatchObject({ done: true, mentions: 0 });
      expect(top.stats.passages).toBeGreaterThan(0);
      const topDiagnostics = await extensionPage.evaluate(sendToTab, { tabId: tabId!, message: { type: 'backstory:get-frame-diagnostics' } });
      expect(topDiagnostics).toMatchObject({ markerFrames: 0 });
    } finally {
      await extensionPage.close();
    }
  });

  it('marks nothing a reader cannot see: hidden blocks and templates', async () => {
    const painted = await open('/hidden.html');
    await new Promise((r) => setTimeout(r, 500));
    expect((await page.evaluate(paintedMentions)).map((m) => m.text)).toEqual(['Iran']);
    expect(painted.map((m) => m.text)).toEqual(['Iran']);
  });

  it('shows a readable card on a page whose CSS unsets everything', async () => {
    await open('/hostile.html');
    const at = await page.evaluate(centreOf, { selector: '#text', text: 'Khamenei' });
    await page.mouseMove(1, 1);
    await page.mouseMove(at!.x, at!.y);
    const card = await waitUntil(page, 'the card', cardState, undefined, (c) => c.open);
    expect(card.text).toMatch(/Ali Khamenei/);
    const look = await page.evaluate(() => {
      const host = document.querySelector('backstory-ui') as HTMLElement;
      const el = host.shadowRoot!.querySelector('.bs-tooltip') as HTMLElement;
      const style = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      return { hostDisplay: getComputedStyle(host).display, opacity: getComputedStyle(host).opacity, bg: style.backgroundColor, width: r.width, height: r.height };
    });
    expect(look.hostDisplay).toBe('block');
    expect(look.opacity).toBe('1');
    expect(look.bg).not.toBe('rgba(0, 0, 0, 0)');
    expect(look.width).toBeGreaterThan(150);
    expect(look.height).toBeGreaterThan(80);
    await page.press('Escape');
  });

  it('keeps the card inside the viewport at every edge', async () => {
    await page.setViewport(800, 600);
    await open('/edges.html', 4);
    for (const id of ['top-left', 'top-right', 'bottom-left', 'bottom-right']) {
      await page.mouseMove(400, 300);
      await waitUntil(page, 'no card', cardState, undefined, (c) => !c.open);
      const at = await page.evaluate(centreOf, { selector: `#${id}`, text: 'Khamenei' });
      await page.mouseMove(at!.x, at!.y);
      const card = await waitUntil(page, `the card at ${id}`, cardState, undefined, (c) => c.open);
      await new Promise((r) => setTimeout(r, 100)); // placement settles after the first frame
      const { rect } = await page.evaluate(cardState);
      expect(rect!.left, id).toBeGreaterThanOrEqual(0);
      expect(rect!.top, id).toBeGreaterThanOrEqual(0);
      expect(rect!.right, id).toBeLessThanOrEqual(800);
      expect(rect!.bottom, id).toBeLessThanOrEqual(600);
      const covers = rect!.left <= at!.x && at!.x <= rect!.right && rect!.top <= at!.y && at!.y <= rect!.bottom;
      expect(covers, `${id}: the card covers its words`).toBe(false);
      // The page gives no date, so "Khamenei" is read as of today: the supreme leader of today.
      expect(card.entity).toBe('mojtaba-khamenei');
    }
    await page.setViewport(1280, 800);
  });

  it('sends the page no message and none of the events it listens for', async () => {
    await open('/listening.html', 2);
    // Long enough for anything sent at start-up or after the scan to have arrived.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await page.evaluate(() => (window as unknown as { heard: string[] }).heard)).toEqual([]);
  });

  it('leaves the page’s text and every element’s box exactly as without the extension', async () => {
    const pages = ['/story.html', '/unicode.html', '/shadow.html'];
    const withUs: Record<string, ReturnType<typeof layoutSnapshot>> = {};
    for (const path of pages) {
      await open(path);
      withUs[path] = await page.evaluate(layoutSnapshot);
    }
    const plain = await launch(name, { extension: false });
    try {
      const other = await plain.newPage();
      await other.setViewport(1280, 800);
      for (const path of pages) {
        await other.goto(server.url(path));
        expect(await other.evaluate(layoutSnapshot), path).toEqual(withUs[path]);
      }
    } finally {
      await plain.close();
    }
  });
});
