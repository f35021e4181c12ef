/**
 * When a page says it was published, as a day (YYYY-MM-DD), or null when it does not say. News
 * sites say it in one of a few ways, tried in this order:
 * - a meta tag: `article:published_time` (Open Graph), `datePublished`, `pubdate`, Dublin Core;
 * - JSON-LD: the `datePublished` of the page's structured data (its text is read, never run);
 * - a `<time datetime>` in the article's header or byline, or one marked `pubdate`,
 *   `datePublished` or by a class that says date; or the page's only `<time datetime>`.
 * The day is the one the page writes, in its own time zone: "2026-02-14T23:30:00-05:00" is the
 * 14th. A date before 1990 or after next year is taken for a mistake.
 */

const META = [
  'article:published_time',
  'og:article:published_time',
  'datePublished',
  'datepublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'parsely-pub-date',
  'sailthru.date',
  'dcterms.date',
  'DC.date.issued',
  'citation_publication_date',
  'date',
];

const META_SELECTOR = META.flatMap((name) => [`meta[property="${name}"]`, `meta[name="${name}"]`, `meta[itemprop="${name}"]`]).join(',');

const TIME_SELECTOR = [
  'article header time[datetime]',
  'header time[datetime]',
  'time[pubdate][datetime]',
  '[itemprop="datePublished"][datetime]',
  '[itemprop="datePublished"][content]',
  '[class*="byline" i] time[datetime]',
  'time[datetime][class*="publish" i]',
  'time[datetime][class*="date" i]',
  'article time[datetime]',
].join(',');

/** Structured-data scripts read, at most, and the characters read of each. */
const MAX_JSON_LD = 8;
const MAX_JSON_LD_CHARS = 200_000;
/** Objects of one script's data looked at, at most: a page's data can be large. */
const MAX_JSON_NODES = 2000;

export function pageDate(doc: Document, now: Date = new Date()): string | null {
  const latestYear = now.getFullYear() + 1;
  const valid = (value: string | null | undefined) => dayOf(value, latestYear);

  // Meta tags, in the order of META: a page may carry several (a modified time named "date").
  const metas = [...doc.querySelectorAll<HTMLMetaElement>(META_SELECTOR)];
  for (const name of META) {
    for (const meta of metas) {
      if (meta.getAttribute('property') !== name && meta.getAttribute('name') !== name && meta.getAttribute('itemprop') !== name) continue;
      const day = valid(meta.content);
      if (day) return day;
    }
  }

  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length && i < MAX_JSON_LD; i++) {
    const text = scripts[i]!.textContent ?? '';
    if (text.length > MAX_JSON_LD_CHARS || !text.includes('datePublished')) continue;
    try {
      const day = valid(datePublishedIn(JSON.parse(text) as unknown));
      if (day) return day;
    } catch {
      // Broken structured data says nothing.
    }
  }

  for (const time of doc.querySelectorAll(TIME_SELECTOR)) {
    const day = valid(time.getAttribute('datetime') ?? time.getAttribute('content'));
    if (day) return day;
  }
  // A page with one dated <time> at all: its byline's, wherever the page put it.
  const times = doc.querySelectorAll('time[datetime]');
  return times.length === 1 ? valid(times[0]!.getAttribute('datetime')) : null;
}

/** The first `datePublished` in JSON-LD data, breadth first (the article before what it cites). */
function datePublishedIn(data: unknown): string | null {
  const queue: unknown[] = [data];
  for (let seen = 0; seen < queue.length && seen < MAX_JSON_NODES; seen++) {
    const node = queue[seen];
    if (Array.isArray(node)) {
      for (const item of node) queue.push(item);
    } else if (node !== null && typeof node === 'object') {
      const value = (node as Record<string, unknown>).datePublished;
      if (typeof value === 'string') return value;
      for (const child of Object.values(node)) if (child !== null && typeof child === 'object') queue.push(child);
    }
  }
  return null;
}

/** The day a date written in a page means (ISO first, then what Date can read), or null. */
export function dayOf(value: string | null | undefined, latestYear: number): string | null {
  if (!value) return null;
  const text = value.trim().slice(0, 64);
  let year: number;
  let month: number;
  let day: number;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(text) ?? /^(\d{4})(\d{2})(\d{2})(?:T|$)/.exec(text);
  if (iso) {
    [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else {
    const parsed = new Date(text);
    if (Number.isNaN(parsed.getTime())) return null;
    [year, month, day] = [parsed.getFullYear(), parsed.getMonth() + 1, parsed.getDate()];
  }
  if (year < 1990 || year > latestYear || month < 1 || month > 12 || day < 1) return null;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
