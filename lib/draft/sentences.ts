/**
 * An article's text as sentences, and the date a sentence gives, for drafting a story from it:
 * the sentence that introduces a name becomes its draft description, and a sentence that carries
 * a date becomes a dated fact. Both read each character a bounded number of times.
 */

export interface Sentence {
  text: string;
  /** Which paragraph of the article it is in. */
  paragraph: number;
}

/** Words that end with a full stop without ending a sentence ("Mr. Smith", "Gen. Bagheri"). */
const NOT_AN_END = new Set(
  'mr mrs ms dr st sen rep gov gen col lt capt sgt prof jr sr inc co corp ltd vs no jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '),
);

/** The sentences of `paragraphs`, in order. */
export function sentencesOf(paragraphs: readonly string[]): Sentence[] {
  const sentences: Sentence[] = [];
  paragraphs.forEach((paragraph, index) => {
    // A full stop, question or exclamation mark, perhaps closed by a quote or bracket, then space
    // and what may start a sentence. Reference marks after it ("[12]") belong to the sentence.
    const ends = /[.!?]["”’)\]]*(?:\[\d+\])*\s+(?=["“‘(\[]?[\p{Lu}\p{N}])/gu;
    let start = 0;
    for (let end = ends.exec(paragraph); end; end = ends.exec(paragraph)) {
      const before = paragraph.slice(Math.max(start, end.index - 12), end.index + 1);
      if (paragraph[end.index] === '.' && endsWithoutEnding(before)) continue;
      push(sentences, paragraph.slice(start, end.index + end[0].trimEnd().length), index);
      start = end.index + end[0].length;
    }
    push(sentences, paragraph.slice(start), index);
  });
  return sentences;
}

function push(sentences: Sentence[], text: string, paragraph: number): void {
  const trimmed = text.trim();
  if (trimmed) sentences.push({ text: trimmed, paragraph });
}

/** Whether the text before a full stop is an abbreviation or an initial ("U.S.", "J. Smith"). */
function endsWithoutEnding(before: string): boolean {
  const word = /([\p{L}.]+)\.$/u.exec(before)?.[1] ?? '';
  if (NOT_AN_END.has(word.toLowerCase())) return true;
  // One capital letter ("J."), or letters with inner stops ("U.S.", "a.m.").
  return /^\p{Lu}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word);
}

const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?';
const YEAR = '((?:1[0-9]|20)\\d\\d)';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';

const DAY_MONTH_YEAR = new RegExp(`\\b${DAY} ${MONTH},? ${YEAR}\\b`);
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH} ${DAY},? ${YEAR}\\b`);
const MONTH_YEAR = new RegExp(`\\b${MONTH},? ${YEAR}\\b`);
const DAY_MONTH = new RegExp(`\\b${DAY} ${MONTH}\\b`);
const MONTH_DAY = new RegExp(`\\b${MONTH} ${DAY}\\b(?!,? \\d)`);
const A_YEAR = new RegExp(`\\b(?:in|since|by|from|until|of|early|late|mid-?) ${YEAR}\\b`, 'i');

/**
 * The most precise date a sentence gives (YYYY-MM-DD, YYYY-MM or YYYY), or null. A day and month
 * without a year ("on 3 March") is read in the year of `articleDay`, and only if that does not
 * put it after the article; days of the week and "yesterday" are left alone, being relative.
 */
export function dateIn(sentence: string, articleDay: string | null): string | null {
  let found = DAY_MONTH_YEAR.exec(sentence);
  if (found) return day(found[3]!, found[2]!, found[1]!);
  found = MONTH_DAY_YEAR.exec(sentence);
  if (found) return day(found[3]!, found[1]!, found[2]!);
  found = MONTH_YEAR.exec(sentence);
  if (found) return `${found[2]}-${pad(MONTHS[found[1]!.toLowerCase()]!)}`;
  if (articleDay) {
    found = DAY_MONTH.exec(sentence);
    const inYear = found ? day(articleDay.slice(0, 4), found[2]!, found[1]!) : null;
    const other = !found ? MONTH_DAY.exec(sentence) : null;
    const date = inYear ?? (other ? day(articleDay.slice(0, 4), other[1]!, other[2]!) : null);
    if (date && date <= articleDay) return date;
  }
  found = A_YEAR.exec(sentence);
  return found ? found[1]! : null;
}

function day(year: string, month: string, dayOfMonth: string): string | null {
  const m = MONTHS[month.toLowerCase().replace(/\.$/, '')];
  const d = Number(dayOfMonth);
  if (!m || d < 1 || d > new Date(Date.UTC(Number(year), m, 0)).getUTCDate()) return null;
  return `${year}-${pad(m)}-${pad(d)}`;
}

const pad = (n: number) => String(n).padStart(2, '0');
