/**
 * Pages that fight back or overwhelm, written here at test time: enormous text, tens of
 * thousands of elements, a live ticker, scripts that redefine DOM methods or tamper with the
 * highlight registry, deeply nested shadow roots, and a page that removes our UI host. None may
 * hang the page, throw into its console, or leave Backstory unusable. Both browsers.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, GECKO_ID, launch, waitUntil, type BrowserName, type TestBrowser, type TestPage } from './harness/browsers';
import { askBackground, cardState, centreOf, otherTabIds, paintedMentions } from './harness/in-page';
import { servePages, type PageServer } from './harness/server';

const DIR = join(tmpdir(), 'backstory-hostile-pages');

function writePages(): void {
  mkdirSync(DIR, { recursive: true });
  const page = (name: string, body: string, head = '') =>
    writeFileSync(join(DIR, name), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title>${head}</head><body>${body}</body></html>`);

  const sentence = 'The committee met again on Tuesday to discuss the budget for the coming year. ';
  page('huge-text.html', `<p id="start">Iran is named first.</p><pre>${sentence.repeat(130_000)}</pre><p id="end">Khamenei is named last.</p>`);
  page(
    'many-elements.html',
    `<p id="start">Iran</p>${'<div><span>cell</span></div>'.repeat(25_000)}<p id="end">Ali Khamenei at the end.</p>`,
  );
  page(
    'ticker.html',
    '<p id="start">Live: Iran talks.</p><ul id="feed"></ul>',
    `<script>
      let n = 0;
      const timer = setInterval(() => {
        const feed = document.getElementById('feed');
        for (let i = 0; i < 10; i++) {
          const li = document.createElement('li');
          li.textContent = 'Update ' + (n++) + ': Rubio and Khamenei ' + (n % 2 ? 'spoke' : 'waited') + '.';
          feed.appendChild(li);
        }
        if (n >= 300) clearInterval(timer);
      }, 100);
    </script>`,
  );
  page(
    'redefined-dom.html',
    '<p id="text">A page that rewrites the DOM still talks about Ali Khamenei and Iran.</p>',
    `<script>
      for (const name of ['appendChild', 'insertBefore', 'removeChild', 'contains']) {
        Node.prototype[name] = function () { throw new Error('page broke ' + name); };
      }
      Element.prototype.attachShadow = function () { throw new Error('page broke attachShadow'); };
      Document.prototype.createTreeWalker = function () { throw new Error('page broke createTreeWalker'); };
      Object.freeze(CSS.highlights);
    </script>`,
  );
  page(
    'registry-thief.html',
    '<p id="text">Iran and Ali Khamenei, on a page that clears the highlight registry.</p>',
    `<script>setTimeout(() => CSS.highlights.clear(), 1500);</script>`,
  );
  page(
    'host-remover.html',
    '<p id="text">Ali Khamenei, on a page that removes elements it did not make.</p>',
    `<script>
      new MutationObserver((records) => {
        for (const r of records) for (const n of r.addedNodes) if (n.nodeName === 'BACKSTORY-UI') n.remove();
      }).observe(document.documentElement, { childList: true });
    </script>`,
  );
  page(
    'driver.html',
    '<p id="text">Ali Khamenei, on a page whose script tries to drive the card.</p>',
    `<script>
      // Synthetic pointer events over the name, as if the reader rested there, and clicks on any
      // button of our card the page can reach through its open shadow root.
      window.drive = () => {
        const range = document.createRange();
        const text = document.getElementById('text').firstChild;
        range.setStart(text, 0);
        range.setEnd(text, 12);
        const r = range.getBoundingClientRect();
        const at = { clientX: r.left + r.width / 2, clientY: r.top + r.height / 2, bubbles: true };
        for (let i = 0; i < 20; i++) window.dispatchEvent(new PointerEvent('pointermove', at));
      };
      window.clickOpen = () => {
        const button = document.querySelector('backstory-ui')?.shadowRoot?.querySelector('.bs-open-story');
        if (!button) return false;
        for (let i = 0; i < 5; i++) button.click();
        return true;
      };
    </script>`,
  );
  // Eight paragraphs, each one word holding a run of 30,000 zero-width spaces: splitting them
  // was quadratic and held up the marks of every other tab for seconds.
  page('invisible-runs.html', `<p>Iran.</p>${`<p>a${'\u200b'.repeat(30_000)}b Khamenei</p>`.repeat(8)}`);
  page('ordinary.html', '<p id="text">An ordinary page that names Ali Khamenei and Iran.</p>');
  page(
    'nested-shadows.html',
    '<p>Outside: Iran.</p><nest-level id="top" data-depth="25"></nest-level>',
    `<script>
      customElements.define('nest-level', class extends HTMLElement {
        connectedCallback() {
          const depth = Number(this.dataset.depth);
          const root = this.attachShadow({ mode: 'open' });
          if (depth === 0) {
            root.innerHTML = '<p id="deep">At the bottom, Ayatollah Ali Khamenei.</p>';
          } else {
            const child = document.createElement('nest-level');
            child.dataset.depth = String(depth - 1);
            root.appendChild(child);
          }
        }
      });
    </script>`,
  );
}

describe.each(BROWSERS)('%s on hostile pages', (name: BrowserName) => {
  let server: PageServer;
  let browser: TestBrowser;
  let page: TestPage;

  beforeAll(async () => {
    writePages();
    server = await servePages([DIR]);
    browser = await launch(name);
    page = await browser.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** The background's view of this tab: whether the scan finished, and its longest task. */
  const tabStats = async () => {
    const ext = await browser.newPage();
    await ext.goto(`${browser.extensionOrigin}/popup.html`);
    const [tabId] = await ext.evaluate(otherTabIds);
    const reply = await waitUntil(
      ext,
      'the scan to finish',
      askBackground,
      { type: 'backstory:get-tab-mentions', tabId },
      (r) => (r as { stats: { done: boolean } }).stats.done,
      30_000,
    );
    const diagnostics = (await ext.evaluate(askBackground, { type: 'backstory:get-tab-diagnostics', tabId })) as { longestTaskMs: number };
    await ext.close();
    await page.bringToFront();
    return { ...(reply as { mentions: { entityId: string }[] }), stats: diagnostics };
  };

  const responsive = async () => {
    const started = Date.now();
    await page.evaluate(() => document.title);
    return Date.now() - started;
  };

  it('reads 10 MB of text without a long task, finding names at both ends', async () => {
    await page.goto(server.url('/huge-text.html'));
    const marks = await waitUntil(page, 'both ends', paintedMentions, undefined, (m) => m.length >= 2, 30_000);
    expect(marks.map((m) => m.text)).toEqual(expect.arrayContaining(['Iran', 'Khamenei']));
    const stats = await tabStats();
    // Not a freeze. (Firefox hands the content script the 10 MB text node as one string in one
    // step, about 200 ms on these machines; reading huge nodes in pieces is the known next step.)
    expect(stats.stats.longestTaskMs).toBeLessThan(name === 'firefox' ? 400 : 100);
    expect(await responsive()).toBeLessThan(2000);
    expect(page.errors()).toEqual([]);
  });

  it('reads 50,000 elements', async () => {
    await page.goto(server.url('/many-elements.html'));
    const marks = await waitUntil(page, 'both ends', paintedMentions, undefined, (m) => m.length >= 2, 30_000);
    expect(marks.map((m) => m.text)).toEqual(expect.arrayContaining(['Iran', 'Ali Khamenei']));
    expect((await tabStats()).stats.longestTaskMs).toBeLessThan(100);
    expect(page.errors()).toEqual([]);
  });

  it('keeps up with a live ticker', async () => {
    await page.goto(server.url('/ticker.html'));
    await waitUntil(page, 'the whole ticker marked', paintedMentions, undefined, (m) => m.filter((x) => x.text === 'Khamenei').length >= 300, 30_000);
    expect(await responsive()).toBeLessThan(2000);
    expect(page.errors()).toEqual([]);
  });

  it('works on a page that redefines DOM methods and freezes the highlight registry', async () => {
    await page.goto(server.url('/redefined-dom.html'));
    await waitUntil(page, 'marks', paintedMentions, undefined, (m) => m.length >= 2);
    // The page broke createTreeWalker, so find the word with a plain range instead.
    const at = await page.evaluate(() => {
      const node = document.getElementById('text')!.firstChild as Text;
      const range = document.createRange();
      const start = node.data.indexOf('Khamenei');
      range.setStart(node, start);
      range.setEnd(node, start + 'Khamenei'.length);
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.mouseMove(1, 1);
    await page.mouseMove(at!.x, at!.y);
    await waitUntil(page, 'the card', cardState, undefined, (c) => c.open);
    expect(page.errors()).toEqual([]);
    await page.press('Escape');
  });

  it('restores its marks when the page clears the highlight registry', async () => {
    await page.goto(server.url('/registry-thief.html'));
    await waitUntil(page, 'marks', paintedMentions, undefined, (m) => m.length >= 2);
    await waitUntil(page, 'the page to clear them', paintedMentions, undefined, (m) => m.length === 0);
    await page.mouseMove(10, 10);
    await page.mouseMove(20, 20);
    await waitUntil(page, 'the marks back', paintedMentions, undefined, (m) => m.length >= 2);
    expect(page.errors()).toEqual([]);
  });

  it('stays usable on a page that removes its UI host', async () => {
    await page.goto(server.url('/host-remover.html'));
    await waitUntil(page, 'marks', paintedMentions, undefined, (m) => m.length >= 1);
    const at = await page.evaluate(centreOf, { selector: '#text', text: 'Khamenei' });
    for (let i = 0; i < 3; i++) {
      await page.mouseMove(1, 1);
      await page.mouseMove(at!.x, at!.y);
      await new Promise((r) => setTimeout(r, 400));
    }
    expect(await responsive()).toBeLessThan(2000);
    expect((await page.evaluate(paintedMentions)).length).toBeGreaterThanOrEqual(1);
    expect(page.errors()).toEqual([]);
  });

  it('lets no page script open the card or the story: only the reader’s own pointer and clicks count', async () => {
    await page.goto(server.url('/driver.html'));
    await waitUntil(page, 'marks', paintedMentions, undefined, (m) => m.length >= 1);
    await page.mouseMove(1, 1);
    await page.evaluate(() => (window as unknown as { drive(): void }).drive());
    await new Promise((r) => setTimeout(r, 800));
    expect((await page.evaluate(cardState)).open).toBe(false);

    // The reader opens the card; the page then clicks its link five times.
    const at = await page.evaluate(centreOf, { selector: '#text', text: 'Khamenei' });
    await page.mouseMove(at!.x, at!.y);
    await waitUntil(page, 'the card', cardState, undefined, (c) => c.open);
    const ext = await browser.newPage();
    await ext.goto(`${browser.extensionOrigin}/popup.html`);
    const before = (await ext.evaluate(otherTabIds)).length;
    await page.bringToFront();
    expect(await page.evaluate(() => (window as unknown as { clickOpen(): boolean }).clickOpen())).toBe(true);
    await new Promise((r) => setTimeout(r, 1000));
    expect((await ext.evaluate(otherTabIds)).length).toBe(before);
    await ext.close();
    expect(page.errors()).toEqual([]);
  });

  it('stays on when a page script sends the event that stops an older copy of Backstory', async () => {
    await page.goto(server.url('/driver.html'));
    await waitUntil(page, 'marks', paintedMentions, undefined, (m) => m.length >= 1);
    // WXT's started event: its name is made from the extension's id, which is public.
    const id = name === 'firefox' ? GECKO_ID : new URL(browser.extensionOrigin).host;
    await page.evaluate((extensionId) => {
      const type = `${extensionId}:content:wxt:content-script-started`;
      document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: 'content', messageId: 'page' } }));
      window.postMessage({ type, contentScriptName: 'content', messageId: 'page' }, '*');
    }, id);
    await new Promise((r) => setTimeout(r, 500));
    expect((await page.evaluate(paintedMentions)).length).toBeGreaterThanOrEqual(1);
    // Still reading: a name the page adds afterwards is marked.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Later, Marco Rubio spoke.';
      document.body.append(p);
    });
    await waitUntil(page, 'the new name marked', paintedMentions, undefined, (m) => m.length >= 2);
    expect(page.errors()).toEqual([]);
  });

  it('marks an ordinary tab promptly while another tab holds runs of invisible characters', async () => {
    /** Time from opening the ordinary page to its marks, in a tab of its own. */
    const ordinaryMarks = async () => {
      const tab = await browser.newPage();
      const started = Date.now();
      await tab.goto(server.url('/ordinary.html'));
      await waitUntil(tab, 'the ordinary page’s marks', paintedMentions, undefined, (m) => m.length >= 2, 30_000);
      const took = Date.now() - started;
      await tab.close();
      return took;
    };
    const alone = await ordinaryMarks();
    await page.goto(server.url('/invisible-runs.html'));
    const beside = await ordinaryMarks();
    // Measured against the same page alone in the same run; before the fix it waited ~10 s more.
    expect(beside).toBeLessThan(3 * alone + 2000);
    await page.bringToFront();
    await waitUntil(page, 'the hostile page’s own marks', paintedMentions, undefined, (m) => m.length >= 2, 30_000);
    expect(page.errors()).toEqual([]);
  });

  it('reads text 25 shadow roots deep', async () => {
    await page.goto(server.url('/nested-shadows.html'));
    const marks = await waitUntil(page, 'the deepest name', paintedMentions, undefined, (m) => m.some((x) => x.text === 'Ayatollah Ali Khamenei'));
    expect(marks.map((m) => m.text)).toContain('Iran');
    expect(page.errors()).toEqual([]);
  });
});
