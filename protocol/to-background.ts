/**
 * Messages to the background, from a page's content script or from the extension's own pages,
 * checked before the background acts on them: a message can come from any of our frames,
 * including ones on hostile pages, so every size is bounded.
 */
import * as v from 'valibot';
import { ReportSchema } from './reports';

const Count = v.pipe(v.number(), v.integer(), v.minValue(0));
const Id = v.pipe(v.string(), v.maxLength(256));

/**
 * Characters of text one batch may carry. A page's batches are far smaller (lib/page/scanner.ts);
 * the bound keeps one message from holding the background that every tab shares for seconds.
 */
const MATCH_TEXT_LIMIT = 262_144;

const ToBackgroundSchema = v.variant('type', [
  /** A frame's content script tells what it found, after every scan (protocol/reports.ts). */
  v.object({ type: v.literal('backstory:report-mentions'), ...ReportSchema.entries }),
  /**
   * A content script has a batch of its passages matched here, off the page's main thread: the
   * texts one after another, and the length of each. Answered with MatchAnswer
   * (./from-background.ts).
   */
  v.pipe(
    v.object({
      type: v.literal('backstory:match-texts'),
      text: v.pipe(v.string(), v.maxLength(MATCH_TEXT_LIMIT)),
      lengths: v.pipe(v.array(Count), v.maxLength(4096)),
      fuzzy: v.boolean(),
    }),
    v.check((m) => m.lengths.reduce((sum, n) => sum + n, 0) === m.text.length, 'the lengths do not add up to the text'),
  ),
  /** A frame found something to mark: the background injects the marker into it (MarkerAnswer). */
  v.object({ type: v.literal('backstory:load-marker') }),
  /** A frame's marker opens a card: what it shows of the entity (CardAnswer). */
  v.object({ type: v.literal('backstory:describe-entity'), entityId: Id }),
  /** Open the story of the sender's tab in a tab of its own (the card's link). */
  v.object({ type: v.literal('backstory:open-story') }),
  /** A tab's reports as one (tests and benchmarks; the popup reads storage). Extension pages only. */
  v.object({ type: v.literal('backstory:get-tab-mentions'), tabId: v.pipe(v.number(), v.integer()) }),
  /**
   * Drop the reports of the tab's frames that went away (the popup, as it opens): each reporting
   * frame is asked whether it is still there. Extension pages only.
   */
  v.object({ type: v.literal('backstory:check-tab-frames'), tabId: v.pipe(v.number(), v.integer()) }),
  /**
   * Draft a story from the article in a tab (the editor, entrypoints/author): answered with
   * DraftAnswer (./from-background.ts). Extension pages only.
   */
  v.object({ type: v.literal('backstory:draft-story'), tabId: v.pipe(v.number(), v.integer()) }),
  /**
   * Install a pack, checked and installed as the options page's import does it, revisions
   * included (InstallAnswer). The pack is checked there, in full. Extension pages only.
   */
  v.object({ type: v.literal('backstory:install-pack'), pack: v.unknown() }),
  /** A tab's frames' timings as one (benchmarks). Extension pages only. */
  v.object({ type: v.literal('backstory:get-tab-diagnostics'), tabId: v.pipe(v.number(), v.integer()) }),
]);

export type ToBackground = v.InferOutput<typeof ToBackgroundSchema>;
export type ReportMentions = Extract<ToBackground, { type: 'backstory:report-mentions' }>;
export type MatchTexts = Extract<ToBackground, { type: 'backstory:match-texts' }>;
export type LoadMarker = Extract<ToBackground, { type: 'backstory:load-marker' }>;
export type DescribeEntity = Extract<ToBackground, { type: 'backstory:describe-entity' }>;
export type OpenStory = Extract<ToBackground, { type: 'backstory:open-story' }>;
export type CheckTabFrames = Extract<ToBackground, { type: 'backstory:check-tab-frames' }>;

/** The message, if `value` is one of these and well formed; otherwise null. */
export function parseToBackground(value: unknown): ToBackground | null {
  const result = v.safeParse(ToBackgroundSchema, value);
  return result.success ? result.output : null;
}
