/**
 * What every frame of a tab last reported, so that the popup can show the whole tab at once.
 * Pure bookkeeping: entrypoints/shared/tab-reports-store.ts keeps one entry per tab in session
 * storage, where the background writes it and the popup reads it without waking the background.
 */
import { mergeReplies, parseMentionsReply, type MentionsReply } from './messages';

/** A tab's reports by frame id. */
export type FrameReports = Record<string, MentionsReply>;

/** Frames a tab keeps reports of: a page of hundreds of ad frames must not fill the store. */
export const MAX_FRAMES = 64;

/**
 * The tab's reports with `frameId`'s replaced. Past MAX_FRAMES, a frame that found nothing is
 * forgotten first, else the oldest frame but the top one.
 */
export function recordFrame(frames: FrameReports, frameId: number, reply: MentionsReply): FrameReports {
  const next: FrameReports = { ...frames, [frameId]: reply };
  const ids = Object.keys(next);
  if (ids.length <= MAX_FRAMES) return next;
  const spare = ids.filter((id) => id !== '0' && id !== String(frameId));
  const victim = spare.find((id) => Object.keys(next[id]!.counts).length === 0) ?? spare.sort((a, b) => Number(a) - Number(b))[0];
  if (victim !== undefined) delete next[victim];
  return next;
}

/** The reports without their listed mentions, counts kept: what a full store can still hold. */
export function withoutLists(frames: FrameReports): FrameReports {
  const out: FrameReports = {};
  for (const [id, reply] of Object.entries(frames)) out[id] = { ...reply, mentions: [] };
  return out;
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
  return Object.keys(reply.counts).length;
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
