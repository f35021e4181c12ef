/**
 * The background: gathers what each frame's content script found, answers the popup for a
 * whole tab, and keeps the toolbar badge showing how many of the story's entities a tab holds.
 * Reports live in memory and in session storage, because Chrome stops idle service workers.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { parseMessage } from '../lib/messages';
import { distinctEntities, forgetTab, recordFrame, tabReply, type TabReports } from '../lib/tab-mentions';

const STORAGE_KEY = 'tabReports';

export default defineBackground(() => {
  let tabs: TabReports | null = null;

  const load = async (): Promise<TabReports> => {
    if (tabs) return tabs;
    const stored = await browser.storage.session.get(STORAGE_KEY).catch(() => ({}));
    const value = (stored as Record<string, unknown>)[STORAGE_KEY];
    tabs = value && typeof value === 'object' ? (value as TabReports) : {};
    return tabs;
  };

  const save = async (next: TabReports) => {
    tabs = next;
    await browser.storage.session.set({ [STORAGE_KEY]: next }).catch(() => {});
  };

  const updateBadge = (tabId: number) => {
    const count = tabs ? distinctEntities(tabReply(tabs, tabId)) : 0;
    const action = browser.action ?? browser.browserAction;
    void action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' }).catch(() => {});
    void action.setBadgeBackgroundColor({ tabId, color: '#2f5ea8' }).catch(() => {});
  };

  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    const message = parseMessage(raw);
    if (!message) return undefined;
    switch (message.type) {
      case 'backstory:report-mentions': {
        const tabId = sender.tab?.id;
        if (tabId === undefined) return undefined;
        const { mentions, stats, fresh } = message;
        const reply = { mentions, stats };
        return load().then(async (current) => {
          // A new document in the top frame starts the tab afresh: its old frames are gone.
          const base = fresh && sender.frameId === 0 ? forgetTab(current, tabId) : current;
          await save(recordFrame(base, tabId, sender.frameId ?? 0, reply));
          updateBadge(tabId);
        });
      }
      case 'backstory:get-tab-mentions':
        return load().then((current) => tabReply(current, message.tabId));
      default:
        return undefined;
    }
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    void load().then((current) => save(forgetTab(current, tabId)));
  });
});
