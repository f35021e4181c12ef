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
import type { PageDraft } from '../../protocol/page-draft';

export default defineUnlistedScript((): PageDraft | null => {
  const article = readArticle(document, location.href);
  if (!article) return null;
  const lang = document.documentElement.lang.trim().toLowerCase();
  return {
    article,
    language: /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/.test(lang) ? lang : null,
    candidates: findDraftCandidates(article.paragraphs, article.byline),
  };
});
