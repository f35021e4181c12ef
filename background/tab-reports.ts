/**
 * Each tab's frames' reports (protocol/reports.ts), kept in session storage, where the popup
 * reads them (Chrome stops idle service workers, so nothing may live in memory alone), and the
 * toolbar badge that counts the story's entities a tab names.
 */
import { browser } from 'wxt/browser';
import { recordFrame, tabReport, withoutLists, type FrameReports, type Report } from '../protocol/reports';
import { readTabReports, writeTabReports } from '../storage/tab-reports';

export interface TabReports {
  /** A frame's report replaces its last one. */
  record(tabId: number, frameId: number, report: Report): Promise<void>;
  /** The tab's reports as one, once the changes already asked for are written. */
  read(tabId: number): Promise<Report>;
  /** The frames that have reported in the tab. */
  frames(tabId: number): Promise<number[]>;
  /** The tab closed or loads another page: its frames will report afresh. */
  forget(tabId: number): Promise<void>;
  /**
   * Drops the reports of the tab's frames that are gone (a removed or replaced frame sends no
   * last word): `isLive` asks a frame whether it is still there.
   */
  dropGone(tabId: number, isLive: (frameId: number) => Promise<boolean>): Promise<void>;
}

export function tabReports(): TabReports {
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
  const stored = (tabId: number) =>
    (queues.get(tabId) ?? Promise.resolve()).then(() => readTabReports(tabId)).catch((): FrameReports => ({}));
  return {
    record: (tabId, frameId, report) => update(tabId, (frames) => recordFrame(frames, frameId, report)),
    read: async (tabId) => tabReport(await stored(tabId)),
    frames: async (tabId) => Object.keys(await stored(tabId)).map(Number),
    forget: (tabId) => update(tabId, () => null),
    async dropGone(tabId, isLive) {
      const asked = await stored(tabId);
      const frames = Object.keys(asked);
      const live = await Promise.all(frames.map((frameId) => isLive(Number(frameId))));
      const gone = new Set(frames.filter((_, i) => !live[i]));
      if (gone.size === 0) return;
      // Only a report that is still the one asked about goes: a frame that reported meanwhile
      // (a new document in it) is there. A tab forgotten meanwhile stays forgotten.
      await update(tabId, (current) => {
        const kept = Object.entries(current).filter(([frameId, report]) => !(gone.has(frameId) && JSON.stringify(report) === JSON.stringify(asked[frameId])));
        return kept.length > 0 ? Object.fromEntries(kept) : null;
      });
    },
  };
}

function updateBadge(tabId: number, frames: FrameReports): void {
  const count = tabReport(frames).stats.entities;
  const action = browser.action ?? browser.browserAction;
  void action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' }).catch(() => {});
  void action.setBadgeBackgroundColor({ tabId, color: '#2f5ea8' }).catch(() => {});
}
