/**
 * The background: gathers what each frame's content script found, answers the popup for a
 * whole tab, and keeps the toolbar badge showing how many of the story's entities a tab holds.
 * Reports live in memory and in session storage, because Chrome stops idle service workers.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { parseMessage, type StepMention, type ToggleMarks } from '../lib/messages';
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
        const { type: _type, ...reply } = message;
        return load().then(async (current) => {
          await save(recordFrame(current, tabId, sender.frameId ?? 0, reply));
          updateBadge(tabId);
        });
      }
      case 'backstory:get-tab-mentions':
        return load().then((current) => tabReply(current, message.tabId));
      case 'backstory:open-story': {
        const tabId = sender.tab?.id;
        const query = tabId === undefined ? '' : `?tabId=${tabId}`;
        return browser.tabs.create({ url: browser.runtime.getURL(`/popup.html${query}`) }).then(() => undefined);
      }
      default:
        return undefined;
    }
  });

  // A tab that starts loading a new page starts afresh: its frames will report again. (The
  // status is visible without the "tabs" permission; the address is not, and is not needed.)
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'loading') return;
    void load().then((current) => (current[tabId] ? save(forgetTab(current, tabId)) : undefined));
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
    void load().then((current) => save(forgetTab(current, tabId)));
  });
});
