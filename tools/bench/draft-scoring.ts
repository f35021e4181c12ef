/**
 * Scoring a draft's names against the hand labels (tests/draft/labels.json): for each labelled
 * corpus page, the names an author would want that the draft proposes (recall; names marked
 * minor left out) and the page words that must never be candidates that it proposes (junk).
 * Pages are read with happy-dom, as text only. Shared by `npm run draft:quality` and the unit
 * test that holds the figures to their goal.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { readArticle } from '../../lib/draft/article';
import { findDraftCandidates, type DraftCandidate } from '../../lib/draft/candidates';

export const GOAL = { recall: 0.85, junk: 0 };

interface Label {
  page: string;
  title: string;
  wanted: { text: string; type: string; minor?: boolean }[];
  never: string[];
}

export interface PageScore {
  page: string;
  wanted: number;
  found: number;
  missed: string[];
  junk: string[];
  candidates: number;
  ms: number;
}

const fold = (text: string) => text.replace(/\u00ad/g, '').replace(/\s+/g, ' ').trim().toLowerCase();

/** Whether a candidate stands for `name`: the same words, or one holding the other as whole words. */
function proposes(candidates: readonly DraftCandidate[], name: string): boolean {
  const wanted = fold(name);
  return candidates.some((c) =>
    [c.text, ...c.forms].some((form) => {
      const f = fold(form);
      return f === wanted || ` ${f} `.includes(` ${wanted} `) || ` ${wanted} `.includes(` ${f} `);
    }),
  );
}

function documentOf(html: string, url: string): Document {
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true, disableIframePageLoading: true } });
  window.document.write(html);
  return window.document as unknown as Document;
}

/** Every labelled page's score: the labels in the file `labelsFile`, the pages in the folder `corpus`. */
export function scoreLabels(labelsFile: string, corpus: string): PageScore[] {
  const labels = JSON.parse(readFileSync(labelsFile, 'utf8')) as Label[];
  return labels.map((label) => {
    const html = readFileSync(join(corpus, label.page), 'utf8');
    const url = `https://example.test/${label.page}`;
    const started = performance.now();
    const article = readArticle(documentOf(html, url), url);
    const candidates = article ? findDraftCandidates(article.paragraphs, article.byline) : [];
    const ms = performance.now() - started;
    const wanted = label.wanted.filter((w) => !w.minor);
    const missed = wanted.filter((w) => !proposes(candidates, w.text)).map((w) => w.text);
    const junk = label.never.filter((n) => candidates.some((c) => fold(c.text) === fold(n)));
    return { page: label.page, wanted: wanted.length, found: wanted.length - missed.length, missed, junk, candidates: candidates.length, ms };
  });
}

/** Recall and junk over all pages. */
export function totals(scores: readonly PageScore[]): { wanted: number; found: number; recall: number; junk: number } {
  const wanted = scores.reduce((n, s) => n + s.wanted, 0);
  const found = scores.reduce((n, s) => n + s.found, 0);
  return { wanted, found, recall: found / Math.max(1, wanted), junk: scores.reduce((n, s) => n + s.junk.length, 0) };
}
