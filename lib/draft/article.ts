/**
 * The article a reader is on, as a draft story starts from it: its main text found by Mozilla's
 * Readability on a copy of the document (the page itself is never changed), its title,
 * publisher, date and address. Everything stays in the browser.
 */
import { Readability } from '@mozilla/readability';
import { pageDate } from '../page/page-date';

export interface DraftArticle {
  title: string;
  /** The site's name, else its host. */
  publisher: string;
  /** YYYY-MM-DD, when the page says. */
  date: string | null;
  url: string;
  /** The main text's paragraphs, in order. */
  paragraphs: string[];
  /** Who wrote it, when the page says: a name never to propose as part of the story. */
  byline: string | null;
}

/** The article of `doc`, or null when the page has no main text to speak of. */
export function readArticle(doc: Document, url: string): DraftArticle | null {
  // Readability changes the document it reads: it reads a copy.
  const parsed = new Readability(doc.cloneNode(true) as Document, { charThreshold: 300 }).parse();
  if (!parsed?.content) return null;
  const paragraphs = paragraphsOf(parsed.content, doc);
  if (paragraphs.length === 0) return null;
  return {
    title: (parsed.title ?? doc.title).trim(),
    publisher: (parsed.siteName ?? '').trim() || hostOf(url),
    date: dayOf(parsed.publishedTime) ?? pageDate(doc),
    url,
    paragraphs,
    byline: parsed.byline?.trim() || null,
  };
}

/**
 * The text of each block of Readability's HTML (the page's own markup, cleaned), parsed into a
 * document of its own by DOMParser: nothing of it runs or loads, and it is read as text only.
 */
function paragraphsOf(html: string, doc: Document): string[] {
  const Parser = doc.defaultView?.DOMParser ?? DOMParser;
  const body = new Parser().parseFromString(html, 'text/html').body;
  const blocks = body.querySelectorAll('p, li, h2, h3, h4, blockquote, figcaption, td');
  const texts = (blocks.length > 0 ? [...blocks] : [body]).map((block) => (block.textContent ?? '').replace(/\s+/g, ' ').trim());
  return texts.filter((text) => text.length > 0);
}

function dayOf(time: string | null | undefined): string | null {
  const match = time?.match(/^(\d{4}-\d{2}-\d{2})/);
  return match ? match[1]! : null;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}
