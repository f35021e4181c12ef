/**
 * Every message that crosses between Backstory's contexts, defined once. Senders build them
 * with these types; receivers check what arrives with `parseMessage` before acting, because a
 * message can come from any of our frames, including ones on hostile pages.
 */
import * as v from 'valibot';
import { ALIAS_KINDS } from '../data/vocabulary';

/**
 * A schema made the first time it is asked for. Every frame of every page loads this module,
 * and most of them never receive a message: building every schema at load cost each frame
 * about half a millisecond before it read anything.
 */
function lazily<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

/** A whole number, zero or more: an index, an offset, a length. */
const Count = v.pipe(v.number(), v.integer(), v.minValue(0));

/**
 * Bounds on what a frame reports, so that a page of a quarter of a million mentions cannot fill
 * the session storage every tab shares: its first mentions, in reading order, and a count per
 * entity for all of them.
 */
export const REPORT_LIMITS = {
  /** Mentions a frame lists. */
  listed: 200,
  /** Entities a frame counts. */
  entities: 2000,
  /** Characters of a listed mention's words. */
  text: 200,
  /** Characters of an id, a site, a word of `how`. */
  word: 256,
} as const;

const Word = v.pipe(v.string(), v.maxLength(REPORT_LIMITS.word));

/** Characters of text one match-texts message may carry. */
const MATCH_TEXT_LIMIT = 262_144;

const MentionSchema = lazily(() =>
  v.object({
    entityId: Word,
    /** The page text that matched. */
    text: v.pipe(v.string(), v.maxLength(REPORT_LIMITS.text)),
    /** How it matched (alias kind, possessive, ...). */
    how: Word,
  }),
);

const StatsSchema = lazily(() =>
  v.object({
    /** Blocks of text read. */
    passages: v.number(),
    /** Characters of text read. */
    characters: v.number(),
    mentions: v.number(),
    /** Distinct entities among the mentions. */
    entities: v.number(),
    /** Main-thread time spent making the knowledge ready before the first scan, in milliseconds. */
    startupMs: v.number(),
    /** Main-thread time of the first full scan (all its slices), in milliseconds. */
    scanMs: v.number(),
    /** The longest single slice of main-thread work any scan took, in milliseconds. */
    longestTaskMs: v.number(),
    /**
     * Time the background spent matching the first full scan's text, off the page's thread, in
     * milliseconds (0 when the page matched its text itself).
     */
    backgroundMs: v.number(),
    /** How many of the first full scan's passages the background matched. */
    backgroundPassages: v.number(),
    /**
     * Frames that loaded the marker (entrypoints/marker), which only a frame where something was
     * found needs: 0 or 1 for a frame, summed for a tab.
     */
    markerFrames: v.number(),
    /** Whether the first full scan has finished. */
    done: v.boolean(),
  }),
);

const MentionsReplySchema = lazily(() =>
  v.object({
    /** The first mentions, in reading order (at most REPORT_LIMITS.listed). */
    mentions: v.pipe(v.array(MentionSchema()), v.maxLength(REPORT_LIMITS.listed)),
    /** Every mention, counted per entity id. */
    counts: v.pipe(
      v.record(Word, Count),
      v.check((counts) => Object.keys(counts).length <= REPORT_LIMITS.entities, 'too many entities'),
    ),
    stats: StatsSchema(),
    /** The host name of the page (the top page's, for a frame), or null; the popup's site switch. */
    site: v.nullable(Word),
    /**
     * The day the page says it was published (YYYY-MM-DD), when it names something and says:
     * the popup tells what happened since.
     */
    published: v.optional(v.nullable(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/))), null),
    /** Whether Backstory is running in this page under the reader's settings. */
    active: v.boolean(),
  }),
);

const GetMentionsSchema = lazily(() => v.object({ type: v.literal('backstory:get-mentions') }));
const GetTabMentionsSchema = lazily(() =>
  v.object({
    type: v.literal('backstory:get-tab-mentions'),
    tabId: v.pipe(v.number(), v.integer()),
  }),
);
/** A frame's content script tells the background what it found, after every scan. */
const ReportMentionsSchema = lazily(() =>
  v.object({
    type: v.literal('backstory:report-mentions'),
    ...MentionsReplySchema().entries,
  }),
);

/**
 * A content script asks the background to match a batch of its passages (lib/match/wire.ts),
 * so that matching costs the page's main thread nothing. `knowledge` names the packs the
 * sender's knowledge was made from (entrypoints/shared/knowledge.ts); the background answers
 * only if its own is the same.
 */
const MatchTextsSchema = lazily(() =>
  v.pipe(
    v.object({
      type: v.literal('backstory:match-texts'),
      knowledge: v.string(),
      /**
       * The texts one after another, and the length of each. A page's batches are far smaller
       * (lib/page/scanner.ts); the bound keeps one message from holding the background that
       * every tab shares for seconds.
       */
      text: v.pipe(v.string(), v.maxLength(MATCH_TEXT_LIMIT)),
      lengths: v.pipe(v.array(Count), v.maxLength(4096)),
      fuzzy: v.boolean(),
      /** The texts are every window of one passage (see anyStandsAlone in lib/match/matcher.ts). */
      onePassage: v.boolean(),
    }),
    v.check((m) => m.lengths.reduce((sum, n) => sum + n, 0) === m.text.length, 'the lengths do not add up to the text'),
  ),
);

/** [start, end, rule, how, score, rivals]: see WireMention in lib/match/wire.ts. */
const WireMentionSchema = lazily(() => v.tuple([Count, Count, Count, v.picklist([...ALIAS_KINDS, 'possessive', 'fuzzy']), v.number(), v.array(Count)]));

const MatchTextsReplySchema = lazily(() =>
  v.variant('status', [
    v.object({
      status: v.literal('matched'),
      /** For each text, its candidates. */
      found: v.array(v.array(WireMentionSchema())),
      /** The background's time for this batch, in milliseconds. */
      busyMs: v.number(),
      /**
       * Whether a candidate of the batch is kept whatever else the page holds (see
       * anyStandsAlone in lib/match/matcher.ts); if not, the page reads them back only once it
       * finds one that is.
       */
      standing: v.boolean(),
    }),
    /** The background's knowledge is not the sender's (a pack was installed or removed since). */
    v.object({ status: v.literal('other-knowledge') }),
  ]),
);

/** Move to the next or previous mention, scroll it into view and open its card (a shortcut). */
const StepMentionSchema = lazily(() =>
  v.object({
    type: v.literal('backstory:step-mention'),
    direction: v.picklist(['next', 'previous']),
  }),
);
/** Scroll to the entity's n-th marked mention in this page and flash it (the popup's list). */
const RevealMentionSchema = lazily(() =>
  v.object({
    type: v.literal('backstory:reveal-mention'),
    entityId: v.string(),
    index: Count,
  }),
);
/** Hide or show the marks in this tab only (a shortcut); settings are not changed. */
const ToggleMarksSchema = lazily(() => v.object({ type: v.literal('backstory:toggle-marks') }));
/** Open the story of the current tab in a tab of its own (the card's link). */
const OpenStorySchema = lazily(() => v.object({ type: v.literal('backstory:open-story') }));

/**
 * A frame's content script found something to mark: the background injects the marker
 * (entrypoints/marker) into that frame, and answers once it has run there.
 */
const LoadMarkerSchema = lazily(() => v.object({ type: v.literal('backstory:load-marker') }));
const LoadMarkerReplySchema = lazily(() =>
  v.variant('loaded', [
    /**
     * With the bundled packs and their plan as JSON text (lib/knowledge/bundled.ts), which the
     * marker's own script does not carry: compiling them in every frame that names something
     * would cost it several milliseconds.
     */
    v.object({ loaded: v.literal(true), bundled: v.object({ packs: v.array(v.string()), plan: v.string() }) }),
    v.object({ loaded: v.literal(false) }),
  ]),
);

const MessageSchema = lazily(() =>
  v.variant('type', [
    GetMentionsSchema(),
    GetTabMentionsSchema(),
    ReportMentionsSchema(),
    StepMentionSchema(),
    ToggleMarksSchema(),
    RevealMentionSchema(),
    OpenStorySchema(),
    MatchTextsSchema(),
    LoadMarkerSchema(),
  ]),
);

export type MentionSummary = v.InferOutput<ReturnType<typeof MentionSchema>>;
export type ScanStats = v.InferOutput<ReturnType<typeof StatsSchema>>;
export type MentionsReply = v.InferOutput<ReturnType<typeof MentionsReplySchema>>;
export type ReportMentions = v.InferOutput<ReturnType<typeof ReportMentionsSchema>>;
export type StepMention = v.InferOutput<ReturnType<typeof StepMentionSchema>>;
export type OpenStory = v.InferOutput<ReturnType<typeof OpenStorySchema>>;
export type ToggleMarks = v.InferOutput<ReturnType<typeof ToggleMarksSchema>>;
export type RevealMention = v.InferOutput<ReturnType<typeof RevealMentionSchema>>;
export type MatchTexts = v.InferOutput<ReturnType<typeof MatchTextsSchema>>;
export type MatchTextsReply = v.InferOutput<ReturnType<typeof MatchTextsReplySchema>>;
export type LoadMarker = v.InferOutput<ReturnType<typeof LoadMarkerSchema>>;
export type LoadMarkerReply = v.InferOutput<ReturnType<typeof LoadMarkerReplySchema>>;
export type Message = v.InferOutput<ReturnType<typeof MessageSchema>>;

/** The message, if `value` is one of ours and well formed; otherwise null. */
export function parseMessage(value: unknown): Message | null {
  const result = v.safeParse(MessageSchema(), value);
  return result.success ? result.output : null;
}

/** A reply, if `value` is a well-formed mentions reply; otherwise null. */
export function parseMentionsReply(value: unknown): MentionsReply | null {
  const result = v.safeParse(MentionsReplySchema(), value);
  return result.success ? result.output : null;
}

/** The background's answer to MatchTexts, if `value` is a well-formed one; otherwise null. */
export function parseMatchTextsReply(value: unknown): MatchTextsReply | null {
  const result = v.safeParse(MatchTextsReplySchema(), value);
  return result.success ? result.output : null;
}

/** The background's answer to LoadMarker, if `value` is a well-formed one; otherwise null. */
export function parseLoadMarkerReply(value: unknown): LoadMarkerReply | null {
  const result = v.safeParse(LoadMarkerReplySchema(), value);
  return result.success ? result.output : null;
}

export const EMPTY_STATS: ScanStats = {
  passages: 0,
  characters: 0,
  mentions: 0,
  entities: 0,
  startupMs: 0,
  scanMs: 0,
  longestTaskMs: 0,
  backgroundMs: 0,
  backgroundPassages: 0,
  markerFrames: 0,
  done: true,
};

/** Joins the replies of several frames of one tab, the top frame first. */
export function mergeReplies(replies: readonly MentionsReply[]): MentionsReply {
  const mentions = replies.flatMap((r) => r.mentions);
  const counts: Record<string, number> = {};
  const top = replies[0];
  const stats = { ...EMPTY_STATS };
  for (const r of replies) {
    for (const [id, n] of Object.entries(r.counts)) counts[id] = (counts[id] ?? 0) + n;
    stats.passages += r.stats.passages;
    stats.characters += r.stats.characters;
    stats.startupMs += r.stats.startupMs;
    stats.scanMs += r.stats.scanMs;
    stats.backgroundMs += r.stats.backgroundMs;
    stats.backgroundPassages += r.stats.backgroundPassages;
    stats.markerFrames += r.stats.markerFrames;
    stats.longestTaskMs = Math.max(stats.longestTaskMs, r.stats.longestTaskMs);
    stats.done &&= r.stats.done;
  }
  stats.mentions = Object.values(counts).reduce((sum, n) => sum + n, 0);
  stats.entities = Object.keys(counts).length;
  // The page's date is the top frame's; a frame has its own only when the top names nothing.
  const published = replies.find((r) => r.published !== null)?.published ?? null;
  return { mentions, counts, stats, site: top?.site ?? null, active: top?.active ?? false, published };
}
