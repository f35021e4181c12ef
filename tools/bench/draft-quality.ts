/**
 * How well a draft story finds an article's names: on the hand-labelled corpus pages
 * (tests/draft/labels.json), the share of the names an author would want that the draft
 * proposes (recall; names marked minor left out), and how many of the page words that must
 * never be candidates it proposes (junk). Pages are read with happy-dom, as text only.
 *
 *   npm run draft:quality [-- --corpus DIR] [--show]
 *
 * Prints a table per page and the totals; exits 0 whatever the figures (they are the goal of
 * the drafting work: recall 0.85 or more, no junk).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { readArticle } from '../../lib/draft/article';
import { findDraftCandidates, type DraftCandidate } from '../../lib/draft/candidates';
import { corpusDir } from '../arguments';

const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');
const CORPUS = corpusDir();
const SHOW = process.argv.includes('--show');

interface Label {
  page: string;
  title: string;
  wanted: { text: string; type: string; minor?: boolean }[];
  never: string[];
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

const labels = JSON.parse(readFileSync(join(ROOT, 'tests/draft/labels.json'), 'utf8')) as Label[];
let wantedAll = 0;
let foundAll = 0;
let junkAll = 0;
const rows: string[][] = [['page', 'wanted', 'found', 'recall', 'junk', 'candidates', 'ms']];
for (const label of labels) {
  const html = readFileSync(join(CORPUS, label.page), 'utf8');
  const started = performance.now();
  const doc = documentOf(html, `https://example.test/${label.page}`);
  const article = readArticle(doc, `https://example.test/${label.page}`);
  const candidates = article ? findDraftCandidates(article.paragraphs, article.byline) : [];
  const ms = performance.now() - started;
  const wanted = label.wanted.filter((w) => !w.minor);
  const found = wanted.filter((w) => proposes(candidates, w.text));
  const junk = label.never.filter((n) => candidates.some((c) => fold(c.text) === fold(n)));
  wantedAll += wanted.length;
  foundAll += found.length;
  junkAll += junk.length;
  rows.push([label.page, String(wanted.length), String(found.length), (found.length / Math.max(1, wanted.length)).toFixed(2), String(junk.length), String(candidates.length), ms.toFixed(0)]);
  if (SHOW) {
    console.log(`${label.page}: missed ${wanted.filter((w) => !found.includes(w)).map((w) => w.text).join('; ')}`);
    if (junk.length > 0) console.log(`  junk: ${junk.join('; ')}`);
  }
}
rows.push(['all', String(wantedAll), String(foundAll), (foundAll / Math.max(1, wantedAll)).toFixed(2), String(junkAll), '', '']);
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const row of rows) console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '));
console.log('\ngoal: recall 0.85 or more, junk 0');
