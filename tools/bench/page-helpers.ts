/**
 * Helpers of the in-browser page benchmark (tools/bench/page.ts): the functions it runs inside
 * pages, the page without any mention, loading a corpus page, and the small figures-and-table
 * utilities. tools/corpus.ts shares the corpus and loading helpers.
 *
 * The in-page functions are serialised into the page by `page.evaluate`, so each is
 * self-contained. tsx compiles with esbuild's keepNames, which wraps named inner functions in a
 * `__name(...)` call the page does not define: they hold no named inner function on purpose.
 */

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// ---------------------------------------------------------------------------------------------
// In the page

export interface FloorResult {
  /** Milliseconds of each pass, timed in the page; the first is the cold one. */
  runsMs: number[];
  /** Characters of text node data read (the same every pass). */
  characters: number;
}

/**
 * The floor: the least any text scanner must do, a TreeWalker over every text node of the body
 * reading its data. No filtering, no matching, no painting. Read-only, so the passes can share
 * one load of the page. Each pass is one walk, as a page's first scan is: the passes after the
 * first get faster as the JIT warms up (see the cold first pass in the report).
 */
export function floorPass(runs: number): FloorResult {
  const root = document.body ?? document.documentElement;
  const runsMs: number[] = [];
  let characters = 0;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let n = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) n += (node as Text).data.length;
    runsMs.push(performance.now() - t0);
    characters = n;
  }
  return { runsMs, characters };
}

/**
 * A second reference: a TreeWalker over every node under the body, elements included, doing
 * nothing with them. A reader that must know the elements around the text (to skip scripts,
 * hidden and editable subtrees, to join inline runs into blocks, to find shadow roots) meets
 * each of them, and in a content script's fresh world each one met costs a new wrapper. Its
 * first pass runs in a world of its own, so the floor's passes have not made those wrappers.
 */
export function everyNodePass(): number {
  const root = document.body ?? document.documentElement;
  const t0 = performance.now();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  let n = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.nodeType === 3) n += (node as Text).data.length;
  return n >= 0 ? performance.now() - t0 : NaN; // n is read, so the walk's reads are kept
}

export interface MarkResult {
  /** From the call to mark.js's `done` callback, timed in the page. */
  ms: number;
  /** The number of <mark> elements mark.js reported. */
  marks: number;
  /** Whether `done` ran before `mark()` returned (it does without iframes: all main-thread). */
  synchronous: boolean;
  /** What it marked, text to count (read after the timing), to compare with our mentions. */
  texts: Record<string, number>;
}

/** The global the benchmark stores mark.js's constructor under (see `markJsLoader`). */
export const MARK_GLOBAL = '__backstoryBenchMark';

/**
 * Wraps mark.js's UMD build so that it always lands on a global of ours: pages that ship
 * RequireJS (`define.amd`) or a CommonJS shim would otherwise take it. Evaluated through the
 * DevTools protocol, it is not subject to the page's Content Security Policy.
 */
export function markJsLoader(source: string): string {
  return `(function (module, exports, define) {\n${source}\n}).call(window, undefined, undefined, undefined);\nwindow.${MARK_GLOBAL} = window.Mark; true;`;
}

/**
 * The usual highlighter as people write it today: mark.js over the body with every alias,
 * timed from the call to its `done` callback.
 */
export function runMark({ aliases, global }: { aliases: string[]; global: string }): Promise<MarkResult> {
  type MarkCtor = new (ctx: Element) => { mark(keywords: string[], options: Record<string, unknown>): void };
  const Mark = (window as unknown as Record<string, MarkCtor | undefined>)[global];
  if (!Mark) throw new Error('mark.js is not loaded in this page');
  return new Promise((resolve) => {
    let returned = false;
    const options: Record<string, unknown> = {
      separateWordSearch: false,
      accuracy: 'exactly',
      diacritics: false,
      acrossElements: false,
    };
    // Assigned, not written in the literal: keepNames would name it with `__name` (see above).
    options.done = (marks: number) => {
      const ms = performance.now() - t0;
      const texts: Record<string, number> = {};
      for (const el of document.querySelectorAll('mark[data-markjs]')) {
        const text = el.textContent ?? '';
        texts[text] = (texts[text] ?? 0) + 1;
      }
      resolve({ ms, marks, synchronous: !returned, texts });
    };
    const t0 = performance.now();
    new Mark(document.body ?? document.documentElement).mark(aliases, options);
    returned = true;
  });
}

// ---------------------------------------------------------------------------------------------
// The page without any mention

// Filler in the manner of lorem ipsum. Checked against the pack: no alias, short or ambiguous,
// is among these words, in any case.
const FILLER = (
  'lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut ' +
  'labore et dolore magna aliqua enim ad minim veniam quis nostrud exercitation ullamco laboris ' +
  'nisi aliquip ex ea commodo consequat duis aute irure in reprehenderit voluptate velit esse ' +
  'cillum fugiat nulla pariatur excepteur sint occaecat cupidatat non proident sunt culpa qui ' +
  'officia deserunt mollit anim id est laborum'
).split(' ');

/** A plain article of `paragraphs` paragraphs of filler, deterministic. */
export function noMentionPage(paragraphs = 50): string {
  let seed = 12345;
  // A tiny linear congruential generator: the same page every run, no dependency.
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
  const parts: string[] = [];
  for (let p = 0; p < paragraphs; p++) {
    const words: string[] = [];
    const count = 30 + (next() % 30);
    for (let w = 0; w < count; w++) words.push(FILLER[next() % FILLER.length]!);
    const text = words.join(' ');
    parts.push(`<p>${text[0]!.toUpperCase()}${text.slice(1)}.</p>`);
  }
  return (
    '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Filler</title></head>\n' +
    `<body><article><h1>Filler</h1>\n${parts.join('\n')}\n</article></body></html>\n`
  );
}

// ---------------------------------------------------------------------------------------------
// The corpus and loading its pages (also used by tools/corpus.ts)

/** Some pages never fire 'load' offline (a remote resource that hangs): past this, DOM ready will do. */
export const LOAD_CAP_MS = 15_000;
/** After a capped load, time for the page's own scripts and our content script to start. */
const SETTLE_MS = 1_000;

/** pages.tsv sits in the folder or, as in shared/corpus, beside it. */
export function readVisibleChars(dir: string): Map<string, number> | null {
  for (const tsv of [join(dir, 'pages.tsv'), join(dir, '..', 'pages.tsv')]) {
    if (!existsSync(tsv)) continue;
    const [header, ...lines] = readFileSync(tsv, 'utf8').trim().split('\n');
    const columns = header!.split('\t');
    const fileAt = columns.indexOf('file');
    const charsAt = columns.indexOf('visible_text_chars');
    if (fileAt < 0 || charsAt < 0) continue;
    return new Map(lines.map((l) => l.split('\t')).map((c) => [c[fileAt]!, Number(c[charsAt])]));
  }
  return null;
}

/** What loadPage needs of a page: the harness's TestPage has it, and so does a thin wrapper. */
export interface Loadable {
  goto(url: string): Promise<unknown>;
  evaluate<T>(fn: () => T): Promise<T>;
}

/**
 * Navigates and waits for 'load' (or a document that says it is complete), at most
 * LOAD_CAP_MS; a page still loading then (a remote resource hanging offline) is taken once
 * its DOM is ready, after SETTLE_MS. Says which.
 */
export async function loadPage(page: Loadable, url: string): Promise<'load' | 'domcontentloaded'> {
  const started = Date.now();
  // The navigation may fail after the cap (its own timeout, or the page closed): that is expected.
  const loaded = page.goto(url).then(
    () => true,
    () => false,
  );
  const first = await Promise.race([loaded, sleep(LOAD_CAP_MS).then(() => null)]);
  if (first === true) return 'load';
  // The driver may also give up on a page that goes on loading: Firefox's WebDriver BiDi gives
  // up as soon as one of its frames shows an error page (an ad frame offline). The document's
  // own readyState then says when it has loaded.
  // (It throws while the document is being replaced: that counts as still loading.)
  const readyState = () => page.evaluate(() => document.readyState).catch(() => 'loading');
  while (Date.now() - started < LOAD_CAP_MS) {
    if ((await readyState()) === 'complete') return 'load';
    await sleep(100);
  }
  const deadline = Date.now() + LOAD_CAP_MS;
  while (Date.now() < deadline && (await readyState()) === 'loading') await sleep(100);
  await sleep(SETTLE_MS);
  return 'domcontentloaded';
}

// ---------------------------------------------------------------------------------------------
// Figures and tables (the same look as tools/bench/match.ts)

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function fmt(n: number, digits = 1): string {
  return n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** Milliseconds with the precision they deserve: performance.now() is coarse in a page. */
export function fmtMs(ms: number): string {
  return fmt(ms, ms < 10 ? 2 : ms < 100 ? 1 : 0);
}

export function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const line = (r: readonly string[]) =>
    r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  return [line(rows[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

export function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}
