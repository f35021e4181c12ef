/**
 * The draft script: run in a tab's top frame, in the extension's isolated world, only when the
 * reader starts a story from the page (background/draft-story.ts). It reads the article with
 * Readability and its names with compromise, both on copies of the page's text, and returns them
 * to the background; it changes nothing and sends nothing. Pages that are only being read never
 * load it, nor the two libraries.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readArticle } from '../../lib/draft/article';
import { findDraftCandidates } from '../../lib/draft/candidates';
import { DRAFT_TEXT_LIMIT, type PageDraft } from '../../protocol/page-draft';

export default defineUnlistedScript((): PageDraft | null => {
  const read = readArticle(document, location.href);
  if (!read) return null;
  const article = { ...read, paragraphs: within(read.paragraphs, DRAFT_TEXT_LIMIT) };
  // The language alone, as a pack names it ("en" of "en-US").
  const lang = document.documentElement.lang.trim().toLowerCase().split('-')[0]!;
  return {
    article,
    language: /^[a-z]{2,3}$/.test(lang) ? lang : null,
    candidates: findDraftCandidates(article.paragraphs, article.byline),
  };
});

/** The first paragraphs, up to `limit` characters in all (the first one cut if it alone is longer). */
function within(paragraphs: readonly string[], limit: number): string[] {
  const kept: string[] = [];
  let total = 0;
  for (const paragraph of paragraphs) {
    if (total + paragraph.length > limit) {
      if (kept.length === 0) kept.push(paragraph.slice(0, limit));
      break;
    }
    kept.push(paragraph);
    total += paragraph.length;
  }
  return kept;
}
