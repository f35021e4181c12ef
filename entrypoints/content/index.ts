/**
 * The content script's first part: runs in every frame, reads the page's text and has the
 * background find the story's mentions in it (entrypoints/content/page-session.ts). Only a
 * frame where something is found gets the second part, the marker, which paints the mentions
 * and shows a card on hover (entrypoints/shared/marker-contract.ts). Nothing in the page
 * changes but the highlight registry and, once a card is first needed, one UI host element.
 * Here: settings, messages, and turning the session on and off.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { parseMessage, type OpenStory, type ReportMentions } from '../../lib/messages';
import { isActiveOn, siteOf, type Settings } from '../../lib/settings';
import { readPacksKey } from '../shared/packs-key';
import { readPageSettings, watchPageSettings } from '../shared/page-settings';
import highlightCss from './highlights.css?inline';
import './highlights.css';
import { markerLoader } from './marker-loader';
import { matchInBackground } from './match-in-background';
import { PageSession } from './page-session';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  // WXT's default also posts a message to the page's window to stop older copies of this
  // script; the page's own message listeners would receive it. Its DOM event on the document,
  // under a name unique to this extension, is enough.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    const [stored, packsKey] = await Promise.all([readPageSettings(), readPacksKey()]);
    let settings: Settings = stored;
    const site = pageSite();

    const marker = markerLoader(() => ({
      win: window,
      hoverDelayMs: settings.hoverDelayMs,
      shadowRoots: session.shadowRoots,
      openStory() {
        const message: OpenStory = { type: 'backstory:open-story' };
        browser.runtime.sendMessage(message).catch(() => {});
      },
    }));
    const session: PageSession = new PageSession(window, marker, settings, {
      site,
      highlightCss,
      startupMs: () => marker.get()?.knowledge.busyMs() ?? 0,
      matchElsewhere: matchInBackground(packsKey, marker),
      report(reply) {
        const message: ReportMentions = { type: 'backstory:report-mentions', ...reply };
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
      const message = parseMessage(raw);
      switch (message?.type) {
        case 'backstory:get-mentions':
          return Promise.resolve(session.reply());
        case 'backstory:step-mention':
          session.step(message.direction);
          return undefined;
        case 'backstory:toggle-marks':
          session.toggleMarks();
          return undefined;
        case 'backstory:reveal-mention':
          return Promise.resolve(session.reveal(message.entityId, message.index));
        default:
          return undefined;
      }
    });

    const unwatch = watchPageSettings(apply);
    if (isActiveOn(settings, site)) startWhenShown();
    else session.stop(); // reports "nothing here", so the badge clears
    ctx.onInvalidated(() => {
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
