/**
 * What every frame of every tab last reported, kept so the popup can ask the background for a
 * whole tab at once. Pure bookkeeping: the background entrypoint persists it across restarts of
 * its service worker.
 */
import { mergeReplies, type MentionsReply } from './messages';

export type FrameReports = Record<string, MentionsReply>;
export type TabReports = Record<string, FrameReports>;

export function recordFrame(tabs: TabReports, tabId: number, frameId: number, reply: MentionsReply): TabReports {
  return { ...tabs, [tabId]: { ...tabs[tabId], [frameId]: reply } };
}

export function forgetTab(tabs: TabReports, tabId: number): TabReports {
  const { [tabId]: _gone, ...rest } = tabs;
  return rest;
}

/** A tab's mentions over all its frames, top frame first. */
export function tabReply(tabs: TabReports, tabId: number): MentionsReply {
  const frames = tabs[tabId] ?? {};
  const ordered = Object.keys(frames)
    .map(Number)
    .sort((a, b) => a - b)
    .map((id) => frames[id]!);
  return mergeReplies(ordered);
}

/** Distinct entities found in a tab, for the toolbar badge. */
export function distinctEntities(reply: MentionsReply): number {
  return new Set(reply.mentions.map((m) => m.entityId)).size;
}
