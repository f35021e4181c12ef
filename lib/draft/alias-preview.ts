/**
 * What an alias would mark in the page a story was started from, shown beside it as the author
 * types: how many times, with a glimpse of the first places, and a warning when the form is an
 * everyday word that would mark nearly every page. Words are compared folded, as the matcher
 * compares them (case, diacritics and apostrophes aside), unless the alias is case-sensitive.
 */
import { COMMON_WORDS } from '../knowledge/common-words';
import { aliasKey, splitWords, type Words } from '../match/normalize';

/** The article's paragraphs with their words, split once for every preview of every form. */
export type ArticleWords = readonly { text: string; words: Words }[];

export function articleWords(paragraphs: readonly string[]): ArticleWords {
  return paragraphs.map((text) => ({ text, words: splitWords(text) }));
}

export interface AliasPreview {
  count: number;
  /** Up to three places, as "…words around it…". */
  glimpses: string[];
  /** Why the form would mark too much, if it would. */
  /** Why the form would mark too much: an everyday word, or a short word other text spells the same. */
  warning: 'everyday' | 'short' | null;
}

export function previewAlias(article: ArticleWords, alias: { text: string; caseSensitive?: boolean; ambiguous?: boolean; needsStory?: boolean }): AliasPreview {
  const key = aliasKey(alias.text);
  const wanted = key.split(' ').filter(Boolean);
  let count = 0;
  const glimpses: string[] = [];
  if (wanted.length > 0) {
    for (const { text: paragraph, words } of article) {
      for (let i = 0; i + wanted.length <= words.count; i++) {
        if (!wanted.every((w, j) => words.key[i + j] === w)) continue;
        const start = words.start[i]!;
        const end = words.end[i + wanted.length - 1]!;
        if (alias.caseSensitive && paragraph.slice(start, end) !== alias.text.trim()) continue;
        count++;
        if (glimpses.length < 3) glimpses.push(glimpse(paragraph, start, end));
      }
    }
  }
  return { count, glimpses, warning: warningFor(key, alias) };
}

function glimpse(text: string, start: number, end: number): string {
  const from = Math.max(0, text.lastIndexOf(' ', Math.max(0, start - 30)));
  const to = text.indexOf(' ', Math.min(text.length, end + 30));
  return `${from > 0 ? '…' : ''}${text.slice(from, to < 0 ? text.length : to).trim()}${to >= 0 ? '…' : ''}`;
}

function warningFor(key: string, alias: { caseSensitive?: boolean; ambiguous?: boolean; needsStory?: boolean }): AliasPreview['warning'] {
  if (alias.ambiguous || alias.needsStory) return null;
  if (COMMON_WORDS.has(key)) return 'everyday';
  if (!key.includes(' ') && key.length <= 3 && !alias.caseSensitive) return 'short';
  return null;
}
