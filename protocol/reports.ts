/**
 * What a frame's content script reports of the page after every scan, and a tab's reports put
 * together. Counts only: what the page names, how often, and whether the scan is done. (How
 * long it took is the diagnostics' business: ./to-page.ts, `get-frame-diagnostics`.) Every
 * size is bounded, so that a page of a quarter of a million mentions cannot fill the session
 * storage that every tab shares: a frame lists its first mentions and counts all of them.
 */
import * as v from 'valibot';

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

/** Frames a tab keeps reports of: a page of hundreds of ad frames must not fill the store. */
export const MAX_FRAMES = 64;

const Count = v.pipe(v.number(), v.integer(), v.minValue(0));
const Word = v.pipe(v.string(), v.maxLength(REPORT_LIMITS.word));

const MentionSchema = v.object({
  entityId: Word,
  /** The page text that matched. */
  text: v.pipe(v.string(), v.maxLength(REPORT_LIMITS.text)),
  /** How it matched (alias kind, possessive, ...). */
  how: Word,
});

const StatsSchema = v.object({
  /** Blocks of text read. */
  passages: Count,
  /** Characters of text read. */
  characters: Count,
  mentions: Count,
  /** Distinct entities among the mentions. */
  entities: Count,
  /** Whether the first full scan has finished. */
  done: v.boolean(),
});

export const ReportSchema = v.object({
  /** The first mentions, in reading order (at most REPORT_LIMITS.listed). */
  mentions: v.pipe(v.array(MentionSchema), v.maxLength(REPORT_LIMITS.listed)),
  /** Every mention, counted per entity id. */
  counts: v.pipe(
    v.record(Word, Count),
    v.check((counts) => Object.keys(counts).length <= REPORT_LIMITS.entities, 'too many entities'),
  ),
  stats: StatsSchema,
  /** The host name of the page (the top page's, for a frame), or null; the popup's site switch. */
  site: v.nullable(Word),
  /**
   * The day the page says it was published (YYYY-MM-DD), when it names something and says: the
   * popup tells what happened since.
   */
  published: v.optional(v.nullable(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/))), null),
  /** Whether Backstory is running in this page under the reader's settings. */
  active: v.boolean(),
});

export type MentionSummary = v.InferOutput<typeof MentionSchema>;
export type ScanStats = v.InferOutput<typeof StatsSchema>;
export type Report = v.InferOutput<typeof ReportSchema>;

/** A report, if `value` is a well-formed one; otherwise null. */
export function parseReport(value: unknown): Report | null {
  const result = v.safeParse(ReportSchema, value);
  return result.success ? result.output : null;
}

/**
 * A frame's mentions as its report holds them: the first REPORT_LIMITS.listed listed, and every
 * one counted per entity for the first REPORT_LIMITS.entities entities; `entities` counts them all.
 */
export function summarize<T>(shown: readonly T[], read: (item: T) => MentionSummary): { mentions: MentionSummary[]; counts: Record<string, number>; entities: number } {
  const mentions: MentionSummary[] = [];
  const all = new Map<string, number>();
  for (const item of shown) {
    const mention = read(item);
    all.set(mention.entityId, (all.get(mention.entityId) ?? 0) + 1);
    if (mentions.length < REPORT_LIMITS.listed) mentions.push({ ...mention, text: mention.text.slice(0, REPORT_LIMITS.text) });
  }
  const counts: Record<string, number> = {};
  let counted = 0;
  for (const [id, count] of all) {
    if (counted++ === REPORT_LIMITS.entities) break;
    counts[id] = count;
  }
  return { mentions, counts, entities: all.size };
}

export const EMPTY_STATS: ScanStats = { passages: 0, characters: 0, mentions: 0, entities: 0, done: true };

/** A tab's reports by frame id. */
export type FrameReports = Record<string, Report>;

/**
 * The tab's reports with `frameId`'s replaced. Past MAX_FRAMES, a frame that found nothing is
 * forgotten first, else the oldest frame but the top one.
 */
export function recordFrame(frames: FrameReports, frameId: number, report: Report): FrameReports {
  const next: FrameReports = { ...frames, [frameId]: report };
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
  for (const [id, report] of Object.entries(frames)) out[id] = { ...report, mentions: [] };
  return out;
}

/** A tab's reports as one, top frame first. */
export function tabReport(frames: FrameReports): Report {
  const reports = Object.keys(frames)
    .map(Number)
    .sort((a, b) => a - b)
    .map((id) => frames[id]!);
  const mentions = reports.flatMap((r) => r.mentions);
  const counts: Record<string, number> = {};
  const stats = { ...EMPTY_STATS };
  for (const r of reports) {
    for (const [id, n] of Object.entries(r.counts)) counts[id] = (counts[id] ?? 0) + n;
    stats.passages += r.stats.passages;
    stats.characters += r.stats.characters;
    stats.done &&= r.stats.done;
  }
  stats.mentions = Object.values(counts).reduce((sum, n) => sum + n, 0);
  stats.entities = Object.keys(counts).length;
  const top = reports[0];
  // The page's date is the top frame's; a frame has its own only when the top names nothing.
  const published = reports.find((r) => r.published !== null)?.published ?? null;
  return { mentions, counts, stats, site: top?.site ?? null, active: top?.active ?? false, published };
}

/** Stored reports as read back: anything that is not a well-formed report is left out. */
export function parseFrameReports(value: unknown): FrameReports {
  const frames: FrameReports = {};
  if (!value || typeof value !== 'object') return frames;
  for (const [frameId, raw] of Object.entries(value)) {
    const report = /^\d+$/.test(frameId) ? parseReport(raw) : null;
    if (report) frames[frameId] = report;
  }
  return frames;
}
