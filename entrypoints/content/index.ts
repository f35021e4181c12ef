/**
 * The content script's first part: runs in every frame, reads the page's text, has the
 * background find the story's candidates in it and decides which are mentions
 * (entrypoints/content/page-session.ts). Only a frame with something to mark gets the second
 * part, the marker, which paints the mentions and shows a card on hover
 * (protocol/marker-contract.ts). Nothing in the page
 * changes but the highlight registry and, once a card is first needed, one UI host element.
 * Here: settings, messages, and turning the session on and off.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { isActiveOn, siteOf, type Settings } from '../../lib/settings';
import { parseCardAnswer } from '../../protocol/from-background';
import type { DescribeEntity, OpenStory, ReportMentions } from '../../protocol/to-background';
import { parseToPage } from '../../protocol/to-page';
import { readPageSettings, watchPageSettings } from '../../storage/settings-read';
import '../../lib/page/highlights.css';
import { markerLoader } from './marker-loader';
import { matchInBackground } from './match-in-background';
import { PageSession } from './page-session';
import { whenOrphaned } from './when-orphaned';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  // WXT's default also posts a message to the page's window to stop older copies of this
  // script; the page's own message listeners would receive it. Its DOM event on the document,
  // under a name unique to this extension, is enough.
  noScriptStartedPostMessage: true,
  async main() {
    let settings: Settings = await readPageSettings();
    const site = pageSite();

    const marker = markerLoader(() => ({
      win: window,
      hoverDelayMs: settings.hoverDelayMs,
      shadowRoots: session.shadowRoots,
      pageDate: () => session.pageDate(),
      async card(entityId) {
        const message: DescribeEntity = { type: 'backstory:describe-entity', entityId };
        return parseCardAnswer(await browser.runtime.sendMessage(message).catch(() => null))?.parts ?? [];
      },
      openStory() {
        const message: OpenStory = { type: 'backstory:open-story' };
        browser.runtime.sendMessage(message).catch(() => {});
      },
    }));
    const session: PageSession = new PageSession(window, marker, settings, {
      site,
      match: matchInBackground(),
      report(report) {
        const message: ReportMentions = { type: 'backstory:report-mentions', ...report };
        // The background may be asleep or reloading; a lost report is resent after the next scan.
        browser.runtime.sendMessage(message).catch(() => {});
      },
    });

    const startWhenShown = () => {
      // A tab opened in the background is read when the reader first looks at it.
      if (document.visibilityState !== 'hidden') {
        session.start();
        return;
      }
      const onVisible = () => {
        if (document.visibilityState === 'hidden' || !isActiveOn(settings, site)) return;
        document.removeEventListener('visibilitychange', onVisible);
        session.start();
      };
      document.addEventListener('visibilitychange', onVisible);
    };

    const apply = (next: Settings) => {
      const wasActive = isActiveOn(settings, site);
      settings = next;
      session.applySettings(next);
      const active = isActiveOn(next, site);
      if (active && !wasActive) startWhenShown();
      if (!active && wasActive) session.stop();
    };

    browser.runtime.onMessage.addListener((raw: unknown) => {
      const message = parseToPage(raw);
      switch (message?.type) {
        case 'backstory:get-mentions':
          return Promise.resolve(session.report());
        case 'backstory:get-frame-diagnostics':
          return Promise.resolve(session.diagnostics());
        case 'backstory:step-mention':
          session.step(message.direction);
          return undefined;
        case 'backstory:toggle-marks':
          session.toggleMarks();
          return undefined;
        case 'backstory:list-mentions':
          session.listMentions();
          return undefined;
        case 'backstory:reveal-mention':
          return Promise.resolve(session.reveal(message.entityId, message.index));
        default:
          return undefined;
      }
    });

    const unwatch = watchPageSettings(apply, settings);
    if (isActiveOn(settings, site)) startWhenShown();
    else session.stop(); // reports "nothing here", so the badge clears
    whenOrphaned(import.meta.env.ENTRYPOINT, () => {
      unwatch();
      session.stop();
    });
  },
});

/** The site the reader is on: the top page's, so that frames follow their page's switch. */
function pageSite(): string | null {
  try {
    return siteOf(window.top?.location.href ?? location.href);
  } catch {
    // A cross-origin frame cannot read its top page's address; it goes by its own.
    return siteOf(location.href);
  }
}
