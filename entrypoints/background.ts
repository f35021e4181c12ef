/**
 * The background: holds the one knowledge of every pack and answers pages' questions with it
 * (background/knowledge.ts), keeps each tab's reports and badge (background/tab-reports.ts),
 * brings the marker into a frame that names something (background/inject-marker.ts), opens a
 * story's tab, and passes the reader's shortcuts to the active tab. Here: routing only.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { backgroundKnowledge } from '../background/knowledge';
import { draftStory } from '../background/draft-story';
import { injectMarker } from '../background/inject-marker';
import { storyTabs } from '../background/story-tabs';
import { tabReports } from '../background/tab-reports';
import type { InstallAnswer, MarkerAnswer } from '../protocol/from-background';
import { parseToBackground } from '../protocol/to-background';
import { mergeDiagnostics, parseFrameDiagnostics, type FrameDiagnostics, type ToPage } from '../protocol/to-page';
import { installPackValue, type Installed } from '../storage/install-pack';
import { loadSettings } from '../storage/settings';

export default defineBackground(() => {
  // Pages only read the settings (storage/settings-read.ts). Here, at every start and
  // so after every update, the versioned item runs its migrations and a damaged value is
  // repaired in storage, with the notice the options page shows.
  void loadSettings().catch(() => {});
  // Versions that built a second knowledge in each page kept the installed packs' key for them.
  void browser.storage.local.remove('packsKey').catch(() => {});

  const knowledge = backgroundKnowledge();
  const reports = tabReports();
  const stories = storyTabs();

  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    const message = parseToBackground(raw);
    if (!message) return undefined;
    const tabId = sender.tab?.id;
    const frameId = sender.frameId ?? 0;
    switch (message.type) {
      case 'backstory:report-mentions': {
        if (tabId === undefined) return undefined;
        const { type: _type, ...report } = message;
        return reports.record(tabId, frameId, report);
      }
      case 'backstory:match-texts':
        return knowledge.match(message);
      case 'backstory:describe-entity':
        return knowledge.card(message.entityId);
      case 'backstory:load-marker':
        if (tabId === undefined) return undefined;
        return injectMarker(tabId, frameId).then((loaded): MarkerAnswer => ({ loaded }));
      case 'backstory:open-story':
        return stories.open(tabId).then(() => undefined);
      // Tests and benchmarks ask these; the popup reads session storage itself, and asks for the
      // check as it opens. Only the extension's own pages are answered: a frame of some page must
      // not learn what other tabs are reading, nor make every frame of one answer.
      case 'backstory:get-tab-mentions':
        return fromExtensionPage(sender) ? reports.read(message.tabId) : undefined;
      case 'backstory:check-tab-frames': {
        if (!fromExtensionPage(sender)) return undefined;
        const tab = message.tabId;
        const isLive = (frame: number) => browser.tabs.sendMessage(tab, GET_MENTIONS, { frameId: frame }).then(() => true, () => false);
        return reports.dropGone(tab, isLive);
      }
      // The editor's questions: drafting reads a tab, and installing changes what every page marks.
      case 'backstory:draft-story':
        return fromExtensionPage(sender) ? draftStory(message.tabId, knowledge) : undefined;
      case 'backstory:install-pack':
        return fromExtensionPage(sender) ? installPackValue(message.pack).then(installAnswer) : undefined;
      case 'backstory:get-tab-diagnostics':
        return fromExtensionPage(sender) ? tabDiagnostics(message.tabId, reports.frames(message.tabId)) : undefined;
      default:
        return undefined;
    }
  });

  // A tab that starts loading a new page starts afresh: its frames will report again. (The
  // status is visible without the "tabs" permission; the address is not, and is not needed.)
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void reports.forget(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void reports.forget(tabId);
    stories.forget(tabId);
  });

  // A new reader is shown what the marks mean, once (the options link to it afterwards).
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') }).catch(() => {});
  });

  // The reader's shortcuts (manifest "commands") act on the active tab.
  browser.commands?.onCommand.addListener((command) => {
    const message = SHORTCUTS[command];
    if (!message) return;
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
      if (tab?.id === undefined) return;
      // Stepping and the list are the top frame's; hiding marks is every frame's.
      const target = message.type === 'backstory:toggle-marks' ? undefined : { frameId: 0 };
      return browser.tabs.sendMessage(tab.id, message, target).catch(() => {});
    });
  });
});

const GET_MENTIONS: ToPage = { type: 'backstory:get-mentions' };

const SHORTCUTS: Record<string, ToPage | undefined> = {
  'next-mention': { type: 'backstory:step-mention', direction: 'next' },
  'previous-mention': { type: 'backstory:step-mention', direction: 'previous' },
  'toggle-marks': { type: 'backstory:toggle-marks' },
  'list-mentions': { type: 'backstory:list-mentions' },
};

function installAnswer(installed: Installed): InstallAnswer {
  return installed.ok ? { ok: true } : { ok: false, problems: installed.problems };
}

/** Whether a message comes from one of the extension's own pages (the popup, the options), not a page's frame. */
function fromExtensionPage(sender: { url?: string }): boolean {
  return sender.url?.startsWith(browser.runtime.getURL('/')) ?? false;
}

/** The timings of every frame that has reported in the tab, as one (the benchmarks' question). */
async function tabDiagnostics(tabId: number, frames: Promise<number[]>): Promise<FrameDiagnostics> {
  const message: ToPage = { type: 'backstory:get-frame-diagnostics' };
  const answers = await Promise.all(
    (await frames).map((frameId) => browser.tabs.sendMessage(tabId, message, { frameId }).then(parseFrameDiagnostics, () => null)),
  );
  return mergeDiagnostics(answers.filter((d) => d !== null));
}
