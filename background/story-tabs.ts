/**
 * A card's "Open the story": one story tab per page tab, brought forward while it is open, and
 * at most one request every few seconds. The card acts only on the reader's own clicks; this
 * bounds what any frame could ask for all the same.
 */
import { browser } from 'wxt/browser';

/** The least time between two story tabs opened for one page tab. */
const STORY_TAB_INTERVAL_MS = 3000;

export interface StoryTabs {
  /** Opens (or brings forward) the story of the page in tab `from`. */
  open(from: number | undefined): Promise<void>;
  /** The page tab `tabId` closed. */
  forget(tabId: number): void;
}

export function storyTabs(): StoryTabs {
  const opened = new Map<number, { tabId: number | null; at: number }>();
  return {
    async open(from) {
      const key = from ?? -1;
      const known = opened.get(key);
      const now = Date.now();
      if (known && now - known.at < STORY_TAB_INTERVAL_MS) return;
      opened.set(key, { tabId: known?.tabId ?? null, at: now });
      const open = known?.tabId != null ? await browser.tabs.get(known.tabId).catch(() => null) : null;
      if (open?.id !== undefined) {
        await browser.tabs.update(open.id, { active: true });
        if (open.windowId !== undefined) await browser.windows.update(open.windowId, { focused: true }).catch(() => {});
        return;
      }
      const query = from === undefined ? '' : `?tabId=${from}`;
      const created = await browser.tabs.create({ url: browser.runtime.getURL(`/popup.html${query}`) });
      opened.set(key, { tabId: created.id ?? null, at: now });
    },
    forget(tabId) {
      opened.delete(tabId);
    },
  };
}
