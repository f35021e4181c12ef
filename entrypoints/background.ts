/**
 * The background: gathers what each frame's content script found, keeps it per tab in session
 * storage (the popup reads it there; Chrome stops idle service workers, so nothing may live in
 * memory alone), answers whole-tab questions, and keeps the toolbar badge showing how many of
 * the story's entities a tab holds. It also matches the text of pages for their content
 * scripts, off the pages' main threads (entrypoints/content/match-in-background.ts).
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { anyStandsAlone, findCandidatesInBatches } from '../lib/match/matcher';
import { encodeMentions, unpackTexts } from '../lib/match/wire';
import { parseMessage, type LoadMarkerReply, type MatchTexts, type MatchTextsReply, type StepMention, type ToggleMarks } from '../lib/messages';
import { distinctEntities, recordFrame, tabReply, withoutLists, type FrameReports } from '../lib/tab-mentions';
import { bundledTexts } from './shared/bundled';
import { loadKnowledge, type LoadedKnowledge } from './shared/knowledge';
import { MARKER_FILE } from './shared/marker-contract';
import { watchInstalledPacks } from './shared/pack-store';
import { loadSettings } from './shared/settings-store';
import { readTabReports, writeTabReports } from './shared/tab-reports-store';

export default defineBackground(() => {
  // Pages only read the settings (entrypoints/shared/page-settings.ts). Here, at every start and
  // so after every update, the versioned item runs its migrations and a damaged value is
  // repaired in storage, with the notice the options page shows.
  void loadSettings().catch(() => {});

  /**
   * One tab's changes at a time, in order: two frames reporting at once must not both read the
   * old entry and write it back each without the other's report.
   */
  const queues = new Map<number, Promise<unknown>>();
  const update = (tabId: number, change: (frames: FrameReports) => FrameReports | null): Promise<void> => {
    const run = (queues.get(tabId) ?? Promise.resolve()).then(async () => {
      const next = change(await readTabReports(tabId).catch(() => ({})));
      // Session storage is shared by every tab and bounded: if it is full, the tab keeps its
      // counts (the badge, the popup's list) without its listed mentions.
      await writeTabReports(tabId, next).catch(() => (next ? writeTabReports(tabId, withoutLists(next)) : undefined)).catch(() => {});
      if (next !== null) updateBadge(tabId, next);
    });
    const settled = run.catch(() => {});
    queues.set(tabId, settled);
    void settled.then(() => {
      if (queues.get(tabId) === settled) queues.delete(tabId);
    });
    return run;
  };

  const updateBadge = (tabId: number, frames: FrameReports) => {
    const count = distinctEntities(tabReply(frames));
    const action = browser.action ?? browser.browserAction;
    void action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' }).catch(() => {});
    void action.setBadgeBackgroundColor({ tabId, color: '#2f5ea8' }).catch(() => {});
  };

  // The knowledge to match with, made when a page first asks, and at once after packs change:
  // making it writes the packs' key that pages opening from then on read.
  let knowledge: Promise<LoadedKnowledge> | null = null;
  watchInstalledPacks(() => {
    knowledge = loadKnowledge();
    knowledge.catch(() => {}); // a page's question will try again (matchTexts)
  });
  const matchTexts = async (message: MatchTexts): Promise<MatchTextsReply> => {
    const loading = (knowledge ??= loadKnowledge());
    const loaded = await loading.catch(() => null);
    if (!loaded) {
      if (knowledge === loading) knowledge = null; // asked again next time
      return { status: 'other-knowledge' };
    }
    if (loaded.key !== message.knowledge) return { status: 'other-knowledge' };
    const started = performance.now();
    const texts = unpackTexts(message);
    const found = findCandidatesInBatches(loaded.knowledge, texts, { fuzzy: message.fuzzy });
    const standing = anyStandsAlone(loaded.knowledge, texts, found, message.onePassage);
    return { status: 'matched', found: encodeMentions(loaded.knowledge, found), standing, busyMs: performance.now() - started };
  };

  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    const message = parseMessage(raw);
    if (!message) return undefined;
    switch (message.type) {
      case 'backstory:report-mentions': {
        const tabId = sender.tab?.id;
        if (tabId === undefined) return undefined;
        const { type: _type, ...reply } = message;
        return update(tabId, (frames) => recordFrame(frames, sender.frameId ?? 0, reply));
      }
      case 'backstory:match-texts':
        return matchTexts(message);
      case 'backstory:get-tab-mentions':
        // Tests and benchmarks ask this way; the popup reads session storage itself. Only the
        // extension's own pages are answered: a frame of some page must not learn what other
        // tabs are reading.
        if (!fromExtensionPage(sender)) return undefined;
        return (queues.get(message.tabId) ?? Promise.resolve())
          .then(() => readTabReports(message.tabId))
          .catch(() => ({}))
          .then(tabReply);
      case 'backstory:load-marker': {
        const tabId = sender.tab?.id;
        if (tabId === undefined) return undefined;
        return injectMarker(tabId, sender.frameId ?? 0).then(
          (loaded): LoadMarkerReply => (loaded ? { loaded, bundled: bundledTexts() } : { loaded }),
        );
      }
      case 'backstory:open-story':
        return openStory(sender.tab?.id);
      default:
        return undefined;
    }
  });

  /**
   * A card's "Open the story": one story tab per page tab, brought forward while it is open, and
   * at most one request every few seconds. The card acts only on the reader's own clicks; this
   * bounds what any frame could ask for all the same.
   */
  const storyTabs = new Map<number, { tabId: number | null; at: number }>();
  const openStory = async (from: number | undefined): Promise<undefined> => {
    const key = from ?? -1;
    const known = storyTabs.get(key);
    const now = Date.now();
    if (known && now - known.at < STORY_TAB_INTERVAL_MS) return undefined;
    storyTabs.set(key, { tabId: known?.tabId ?? null, at: now });
    const open = known?.tabId != null ? await browser.tabs.get(known.tabId).catch(() => null) : null;
    if (open?.id !== undefined) {
      await browser.tabs.update(open.id, { active: true });
      if (open.windowId !== undefined) await browser.windows.update(open.windowId, { focused: true }).catch(() => {});
      return undefined;
    }
    const query = from === undefined ? '' : `?tabId=${from}`;
    const created = await browser.tabs.create({ url: browser.runtime.getURL(`/popup.html${query}`) });
    storyTabs.set(key, { tabId: created.id ?? null, at: now });
    return undefined;
  };

  // A tab that starts loading a new page starts afresh: its frames will report again. (The
  // status is visible without the "tabs" permission; the address is not, and is not needed.)
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'loading') return;
    void update(tabId, () => null);
  });

  // The reader's shortcuts (manifest "commands") move through the mentions of the active tab.
  browser.commands?.onCommand.addListener((command) => {
    const message: StepMention | ToggleMarks | null =
      command === 'next-mention'
        ? { type: 'backstory:step-mention', direction: 'next' }
        : command === 'previous-mention'
          ? { type: 'backstory:step-mention', direction: 'previous' }
          : command === 'toggle-marks'
            ? { type: 'backstory:toggle-marks' }
            : null;
    if (!message) return;
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
      if (tab?.id === undefined) return;
      // Stepping is the top frame's; hiding marks is every frame's.
      const target = message.type === 'backstory:step-mention' ? { frameId: 0 } : undefined;
      return browser.tabs.sendMessage(tab.id, message, target).catch(() => {});
    });
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    void update(tabId, () => null);
    storyTabs.delete(tabId);
  });
});

/** Whether a message comes from one of the extension's own pages (the popup, the options), not a page's frame. */
function fromExtensionPage(sender: { url?: string }): boolean {
  return sender.url?.startsWith(browser.runtime.getURL('/')) ?? false;
}

/** The least time between two story tabs opened for one page tab. */
const STORY_TAB_INTERVAL_MS = 3000;

/**
 * Runs the marker (entrypoints/marker) in one frame of a tab, in the extension's isolated world
 * where that frame's content script runs; resolves once it has run. Frames of about:blank and
 * srcdoc pages are included, as the content script's are. False if the frame is gone.
 */
async function injectMarker(tabId: number, frameId: number): Promise<boolean> {
  try {
    if (import.meta.env.MANIFEST_VERSION === 3) {
      await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [MARKER_FILE] });
    } else {
      await browser.tabs.executeScript(tabId, { file: MARKER_FILE, frameId, matchAboutBlank: true, runAt: 'document_start' });
    }
    return true;
  } catch {
    return false;
  }
}
