/**
 * What the draft script (entrypoints/draft) reads of a tab's page when the reader starts a story
 * from it, and hands the background as the result of running it. The script is ours, but it
 * reads a page that may be hostile, so the background checks the shape and bounds every size
 * before drafting from it.
 */
import * as v from 'valibot';
import { FULL_DATE } from '../data/schema';
import type { DraftArticle } from '../lib/draft/article';
import type { DraftCandidate } from '../lib/draft/candidates';

/** The draft script's file in the built extension, which the background runs in the tab's top frame. */
export const DRAFT_FILE = '/draft.js';

/**
 * Characters of article a draft reads at most: a long article is a few hundred thousand; the
 * bound keeps a page of megabytes from holding the background every tab shares.
 */
export const DRAFT_TEXT_LIMIT = 1_000_000;

export interface PageDraft {
  article: DraftArticle;
  /** The page's language (its `lang`), when it says. */
  language: string | null;
  candidates: DraftCandidate[];
}

const Short = v.pipe(v.string(), v.maxLength(2000));

const PageDraftSchema = v.object({
  article: v.object({
    title: Short,
    publisher: Short,
    // A day the pack can hold as its date: the pack's own rule.
    date: v.nullable(FULL_DATE),
    url: v.pipe(v.string(), v.maxLength(4000)),
    paragraphs: v.pipe(
      v.array(v.string()),
      v.minLength(1),
      v.maxLength(20_000),
      v.check((paragraphs) => paragraphs.reduce((sum, p) => sum + p.length, 0) <= DRAFT_TEXT_LIMIT, 'too much text'),
    ),
    byline: v.nullable(Short),
  }),
  language: v.nullable(v.pipe(v.string(), v.regex(/^[a-z]{2,3}$/))),
  candidates: v.pipe(
    v.array(
      v.object({
        text: v.pipe(v.string(), v.maxLength(200)),
        type: v.pipe(v.string(), v.maxLength(32)),
        count: v.pipe(v.number(), v.integer(), v.minValue(0)),
        forms: v.pipe(v.array(v.pipe(v.string(), v.maxLength(200))), v.maxLength(64)),
      }),
    ),
    v.maxLength(20_000),
  ),
});

/** The page's draft, if `value` is a well-formed one; otherwise null. */
export function parsePageDraft(value: unknown): PageDraft | null {
  const result = v.safeParse(PageDraftSchema, value);
  return result.success ? (result.output as PageDraft) : null;
}
