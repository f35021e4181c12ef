/**
 * Helpers of the corpus robustness run (tools/corpus.ts): what a load of a page yields (its
 * errors, sorted into the page's and the extension's), what is read inside the page, and how
 * two loads of a page are compared. The browsers are the end-to-end harness's
 * (tests/e2e/harness/browsers.ts).
 *
 * The in-page functions are serialised into the page by `evaluate`. tsx compiles with esbuild's
 * keepNames, which wraps named inner functions in a `__name(...)` call the page does not
 * define: they hold no named inner function on purpose.
 */
import type { PageError } from '../tests/e2e/harness/browsers';

/** An error message names one of these when it is the extension's, not the page's. */
const EXTENSION_URL = /\b(?:chrome|moz)-extension:\/\//;

/**
 * A page's errors as the report shows them (a console error with the address of what it is
 * about, a failed resource or a script), sorted into the page's own and those that name an
 * extension URL: those are ours (or another extension's), and are kept apart.
 */
export function sortErrors(log: readonly PageError[]): { page: string[]; extension: string[] } {
  const page: string[] = [];
  const extension: string[] = [];
  for (const { message, where } of log) {
    const shown = message.startsWith('console: ') && where && !where.includes('\n') ? `${message} (${where})` : message;
    (EXTENSION_URL.test(`${message} ${where}`) ? extension : page).push(shown);
  }
  return { page, extension };
}

// ---------------------------------------------------------------------------------------------
// In the page

type Box = [left: number, top: number, width: number, height: number];

export interface PageSnapshot {
  url: string;
  /** document.documentElement.textContent, less our UI host's text. */
  text: string;
  /** Every element under body but our UI host, in document order: `tag#id.class` (at most 3 classes). */
  labels: string[];
  /**
   * Its box, [left, top, width, height] in pixels to the hundredth, from the top left of the
   * document (so that a page scrolled elsewhere does not move every box; its scroll is compared
   * apart), or null for an element without a box.
   */
  rects: (Box | null)[];
  /** Index of its parent element in these lists, or -1 (body's children); for naming it in a report. */
  parents: number[];
  /** The tab icon addresses the browser may fetch: the page's icon links and /favicon.ico. */
  icons: string[];
  /** Where the page is scrolled to, "x,y" in whole pixels. */
  scroll: string;
}

/** What a reader sees of the page, read once: its text and the box of every element. Changes nothing. */
export function pageSnapshot(hostTag: string): PageSnapshot {
  const host = document.querySelector(hostTag);
  // textContent joins every text node in document order; walking them lets our host's be left out.
  let text = '';
  const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (host && host.contains(node)) continue;
    text += (node as Text).data;
  }
  const labels: string[] = [];
  const rects: (Box | null)[] = [];
  const parents: number[] = [];
  const index = new Map<Element, number>();
  const all = document.body ? document.body.getElementsByTagName('*') : [];
  const x = window.scrollX;
  const y = window.scrollY;
  for (let i = 0; i < all.length; i++) {
    const el = all[i]!;
    if (host && (el === host || host.contains(el))) continue;
    const r = el.getBoundingClientRect();
    // getAttribute, not .id / .className: a form's field named "id" shadows .id, and SVG's className is no string.
    const id = el.getAttribute('id');
    const classes = (el.getAttribute('class') ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 3);
    index.set(el, labels.length);
    parents.push(el.parentElement ? (index.get(el.parentElement) ?? -1) : -1);
    labels.push(el.localName + (id ? `#${id}` : '') + (classes.length ? `.${classes.join('.')}` : ''));
    // An element with no box (display: none) reports a zero rectangle at the viewport's corner,
    // which would move with the scroll.
    const boxed = r.width !== 0 || r.height !== 0 || el.getClientRects().length > 0;
    rects.push(boxed ? [r.left + x, r.top + y, r.width, r.height].map((v) => Math.round(v * 100) / 100) as Box : null);
  }
  const icons = [...document.querySelectorAll<HTMLLinkElement>('link[rel*="icon" i]')].map((l) => l.href);
  icons.push(new URL('/favicon.ico', location.href).href);
  return { url: location.href, text, labels, rects, parents, icons, scroll: `${Math.round(x)},${Math.round(y)}` };
}

export interface MentionPlaces {
  /** Ranges Backstory registered in the page's highlight registry. */
  painted: number;
  /** Those whose text is not part of what a reader sees: inside a script, a style, a template... ("text @ path"). */
  unreadable: string[];
}

/**
 * Where the marks are: every range Backstory painted must lie in the page's readable text,
 * never in a script (JSON-LD and JSON data included), a style or anything else no one reads.
 */
export function mentionPlaces(): MentionPlaces {
  const unreadable: string[] = [];
  let painted = 0;
  const closed = 'script, style, noscript, template, textarea, title, head';
  CSS.highlights.forEach((highlight, name) => {
    if (!name.startsWith('backstory-')) return;
    highlight.forEach((r) => {
      painted++;
      const node = r.startContainer;
      const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
      const inside = element?.closest(closed);
      if (!element || inside || !element.isConnected) {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        unreadable.push(`${range.toString().slice(0, 40)} @ ${inside?.localName ?? element?.localName ?? 'no element'}`);
      }
    });
  });
  return { painted, unreadable };
}

export interface PageTexts {
  /** What the reader sees: document.body.innerText. */
  readable: string;
  /** The text of every script element: code, JSON-LD, JSON data. */
  scripts: string;
}

/** The page's readable text and its scripts' text, to find the names that only scripts hold. */
export function pageTexts(): PageTexts {
  const scripts = [...document.querySelectorAll('script')].map((s) => s.textContent ?? '').join('\n');
  return { readable: document.body?.innerText ?? '', scripts };
}

// ---------------------------------------------------------------------------------------------
// Comparing two loads

/**
 * The errors less those of the browser's own fetches of the tab's icon and of the page's web
 * app manifest: the browser makes them late and at no fixed time (Chromium logs v8-blog's
 * missing manifest in some plain loads and not others), so whether their failure is logged yet
 * when the page is read is chance. They are not the page's errors, nor anything the extension does.
 */
function isResourceFailure(message: string): boolean {
  return message.startsWith('console: Failed to load resource');
}

/**
 * Firefox's reports on remote loads that the offline proxy answered with nothing: a blocked
 * cross-origin read, a subresource whose integrity hash cannot match empty content. They
 * follow from the network alone (Backstory makes no request: tests/e2e/network.test.ts), and
 * whether a page's script has started such a load by the time it is read is timing: videos-1
 * logged two of them in one run's loads with the extension and in none of its plain loads.
 */
function isRemoteLoadReport(message: string): boolean {
  return /^pageerror: (?:Cross-Origin Request Blocked|None of the “sha\d+” hashes in the integrity attribute match)/.test(message);
}

/**
 * The distinct failed resources, with the numbers of their query strings masked: pages add the
 * time or a random number to addresses to defeat caches (lemonde-1 appends Date.now() to the
 * hundred seconds; buzzfeed-1 Math.random() * 1e17, written now with an exponent and now
 * without), which says nothing about what the page loads.
 */
function resourceSet(errors: readonly string[]): string[] {
  const masked = (query: string) => query.replace(/\d[\d.]*(?:e[+-]?\d+)?/gi, '#');
  return [...new Set(errors.filter(isResourceFailure).map((m) => m.replace(/\?[^\s()]*\)$/, masked)))];
}

export function withoutBrowserFetches(errors: readonly string[], icons: readonly string[]): string[] {
  return errors.filter(
    (m) =>
      !m.startsWith('console: Manifest') &&
      !isRemoteLoadReport(m) &&
      !(isResourceFailure(m) && icons.some((icon) => m.endsWith(`(${icon})`))),
  );
}

export type Aspect = 'errors' | 'resources' | 'text' | 'boxes' | 'scroll';

export interface Difference {
  aspect: Aspect;
  /** One line for the report. */
  summary: string;
}

export interface Load {
  errors: string[];
  snapshot: PageSnapshot | null;
}

/** How `b` differs from `a`, aspect by aspect (an aspect that could not be read in either is left out). */
export function compareLoads(a: Load, b: Load): Difference[] {
  const out: Difference[] = [];
  const errors = compareErrors(a.errors.filter((m) => !isResourceFailure(m)), b.errors.filter((m) => !isResourceFailure(m)));
  if (errors) out.push({ aspect: 'errors', summary: errors });
  // Failed loads of resources (offline, every remote one fails) are compared as sets: whether a
  // second request for an address that already failed is made, and logged, is up to the
  // browser's memory cache, so their counts vary from load to load; which addresses fail does not.
  const resources = compareErrors(resourceSet(a.errors), resourceSet(b.errors));
  if (resources) out.push({ aspect: 'resources', summary: resources.replace(/^errors:/, 'failed resources:') });
  if (a.snapshot && b.snapshot) {
    const text = compareText(a.snapshot.text, b.snapshot.text);
    if (text) out.push({ aspect: 'text', summary: text });
    const boxes = compareBoxes(a.snapshot, b.snapshot);
    if (boxes) out.push({ aspect: 'boxes', summary: boxes });
    // A page that focuses a field as it loads (autofocus) is scrolled to it wherever the layout
    // had got to by then, which is timing.
    if (a.snapshot.scroll !== b.snapshot.scroll) out.push({ aspect: 'scroll', summary: `scrolled to ${a.snapshot.scroll} vs ${b.snapshot.scroll}` });
  }
  return out;
}

function clip(s: string, n = 160): string {
  return s.length > n ? `${s.slice(0, n)}…` : s;
}

/** Errors compared as multisets: the same messages as often, in any order. */
function compareErrors(a: readonly string[], b: readonly string[]): string | null {
  const count = new Map<string, number>();
  for (const m of a) count.set(m, (count.get(m) ?? 0) + 1);
  for (const m of b) count.set(m, (count.get(m) ?? 0) - 1);
  const missing: string[] = [];
  const extra: string[] = [];
  for (const [m, n] of count) {
    for (let i = 0; i < n; i++) missing.push(m);
    for (let i = 0; i < -n; i++) extra.push(m);
  }
  if (missing.length === 0 && extra.length === 0) return null;
  const list = (ms: string[]) => ms.slice(0, 3).map((m) => JSON.stringify(clip(m))).join('; ') + (ms.length > 3 ? `; +${ms.length - 3} more` : '');
  return [
    `errors: ${a.length} vs ${b.length}`,
    ...(extra.length ? [`only in the second load: ${list(extra)}`] : []),
    ...(missing.length ? [`only in the first load: ${list(missing)}`] : []),
  ].join('; ');
}

function compareText(a: string, b: string): string | null {
  if (a === b) return null;
  let at = 0;
  while (at < a.length && at < b.length && a[at] === b[at]) at++;
  const around = (s: string) => JSON.stringify(s.slice(Math.max(0, at - 40), at + 60));
  return `text: ${a.length} vs ${b.length} characters; first difference at ${at}: ${around(a)} vs ${around(b)}`;
}

/** A readable name for element `i`: up to four ancestors, then the element. */
function elementPath(s: PageSnapshot, i: number): string {
  const parts: string[] = [];
  for (let at = i; at >= 0 && parts.length < 5; at = s.parents[at]!) parts.unshift(s.labels[at]!);
  return parts.join(' > ');
}

/**
 * Whether two boxes are the same to within half a pixel. Layout is computed in fractions of a
 * pixel, and Firefox lays some pages out a sixtieth of a pixel differently once any highlight
 * is registered (wikipedia-2's multi-column reference list: taller by one of its layout units,
 * with highlights drawn as underlines or backgrounds alike, never with none): no one can see
 * that, but rounded to whole pixels it moves every box below it that sat on a half.
 */
function sameBox(a: Box | null, b: Box | null): boolean {
  if (!a || !b) return a === b;
  return a.every((v, i) => Math.abs(v - b[i]!) < 0.5);
}

function compareBoxes(a: PageSnapshot, b: PageSnapshot): string | null {
  const n = Math.min(a.labels.length, b.labels.length);
  let firstLabel = -1;
  for (let i = 0; i < n && firstLabel < 0; i++) if (a.labels[i] !== b.labels[i]) firstLabel = i;
  if (firstLabel < 0 && a.labels.length !== b.labels.length) firstLabel = n;
  if (firstLabel >= 0) {
    const name = (s: PageSnapshot) => (firstLabel < s.labels.length ? elementPath(s, firstLabel) : '(none)');
    return `elements: ${a.labels.length} vs ${b.labels.length}; first difference at element ${firstLabel}: ${name(a)} vs ${name(b)}`;
  }
  const moved: number[] = [];
  for (let i = 0; i < n; i++) if (!sameBox(a.rects[i]!, b.rects[i]!)) moved.push(i);
  if (moved.length === 0) return null;
  const box = (r: Box | null) => (r ? `[${r.join(',')}]` : 'no box');
  const shown = moved.slice(0, 3).map((i) => `${elementPath(a, i)} ${box(a.rects[i]!)} → ${box(b.rects[i]!)}`);
  return `boxes: ${moved.length} of ${n} elements differ (left,top,width,height); first: ${shown.join('; ')}`;
}
