/**
 * What every frame of a tab last reported, so that the popup can show the whole tab at once.
 * Pure bookkeeping: entrypoints/shared/tab-reports-store.ts keeps one entry per tab in session
 * storage, where the background writes it and the popup reads it without waking the background.
 */
import { mergeReplies, parseMentionsReply, type MentionsReply } from './messages';

/** A tab's reports by frame id. */
export type FrameReports = Record<string, MentionsReply>;

export function recordFrame(frames: FrameReports, frameId: number, reply: MentionsReply): FrameReports {
  return { ...frames, [frameId]: reply };
}

/** A tab's mentions over all its frames, top frame first. */
export function tabReply(frames: FrameReports): MentionsReply {
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

/** Stored reports as read back: anything that is not a well-formed report is left out. */
export function parseFrameReports(value: unknown): FrameReports {
  const frames: FrameReports = {};
  if (!value || typeof value !== 'object') return frames;
  for (const [frameId, raw] of Object.entries(value)) {
    const reply = /^\d+$/.test(frameId) ? parseMentionsReply(raw) : null;
    if (reply) frames[frameId] = reply;
  }
  return frames;
}
