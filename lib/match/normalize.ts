/**
 * Text normalisation and word splitting shared by the pack compiler and the matcher, so that
 * an alias and the page text it should match are always cut and folded the same way.
 *
 * Folding: compatibility forms (NFKD), diacritics and Arabic-script short vowels removed,
 * lower case, Arabic letter variants unified with their Persian forms (ي/ى -> ی, ك -> ک).
 * Soft hyphens, zero-width characters and tatweel vanish inside words; every apostrophe form
 * becomes "'". A possessive ending ('s or a bare ' after s) is split off the word, so
 * "Khamenei’s" is the word "khamenei" with a possessive flag.
 */

const enum CharClass {
  Unknown = 0,
  Word = 1,
  Ignorable = 2,
  Apostrophe = 3,
  Period = 4,
  Other = 5,
}

// Filled lazily: the texts pages send and the aliases of packs use only a small part of the
// BMP, and classifying all of it up front would add to every start of the background (frequent
// in Chrome) and to every other context that splits words.
const bmpClass = new Uint8Array(0x10000);
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const IGNORABLE = new Set([0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x0640]);
// ' ’ ‘ ʼ ʻ ʾ ʿ ` ′: transliterations of Persian and Arabic use the half rings too.
const APOSTROPHES = new Set([0x27, 0x2019, 0x2018, 0x2bc, 0x2bb, 0x2be, 0x2bf, 0x60, 0x2032]);

function classify(cp: number): CharClass {
  if (IGNORABLE.has(cp)) return CharClass.Ignorable;
  if (APOSTROPHES.has(cp)) return CharClass.Apostrophe;
  if (cp === 0x2e) return CharClass.Period;
  return WORD_CHAR.test(String.fromCodePoint(cp)) ? CharClass.Word : CharClass.Other;
}

function charClass(cp: number): CharClass {
  if (cp >= 0x10000) return classify(cp);
  let c = bmpClass[cp]!;
  if (c === CharClass.Unknown) {
    c = classify(cp);
    bmpClass[cp] = c;
  }
  return c;
}

const ARABIC_TO_PERSIAN: Record<string, string> = { 'ي': 'ی', 'ى': 'ی', 'ك': 'ک', 'ة': 'ه' };
const MARKS = /\p{M}/gu;
const foldCache = new Map<number, string>();

/** The folded form of one code point (may be empty, or longer than one character). */
function foldCodePoint(cp: number): string {
  let folded = foldCache.get(cp);
  if (folded === undefined) {
    folded = String.fromCodePoint(cp).normalize('NFKD').replace(MARKS, '').toLowerCase();
    folded = ARABIC_TO_PERSIAN[folded] ?? folded;
    foldCache.set(cp, folded);
  }
  return folded;
}

/**
 * Words of a text. Parallel arrays rather than objects: the matcher splits megabytes of page
 * text, and this keeps it to a few allocations per word.
 */
export interface Words {
  count: number;
  /** Offset of the word's first character in the text. */
  start: number[];
  /** Offset just past the word, possessive ending excluded. */
  end: number[];
  /** Folded form used for lookups. */
  key: string[];
  /** Whether a possessive ending followed the word. */
  possessive: boolean[];
}

export function emptyWords(): Words {
  return { count: 0, start: [], end: [], key: [], possessive: [] };
}

const A_LOWER = 0x61;
const Z_LOWER = 0x7a;

/**
 * Which plain words can matter to a matcher: a bit set of the hashes of every word of every
 * alias. A page word of ASCII letters whose hash is not in it gets an empty key instead of a
 * new string, which spares an allocation for nearly every word of a page.
 */
export interface WordFilter {
  bits: Uint8Array;
  /** Capitalised words at least this long keep their key anyway (for fuzzy matching). */
  capitalisedMin: number;
}

const FILTER_BITS = 1 << 20;

export function createWordFilter(capitalisedMin: number): WordFilter {
  return { bits: new Uint8Array(FILTER_BITS >> 3), capitalisedMin };
}

/** FNV-1a over the key's UTF-16 code units, as splitWords computes it for plain words. */
function wordHash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export function addToFilter(filter: WordFilter, key: string): void {
  const bit = wordHash(key) & (FILTER_BITS - 1);
  filter.bits[bit >> 3]! |= 1 << (bit & 7);
}

/** Splits `text` into words, appending to `out` (reset it first to reuse its arrays). */
export function splitWords(text: string, out: Words = emptyWords(), filter: WordFilter | null = null): Words {
  const n = text.length;
  let i = 0;
  while (i < n) {
    // Skip to the start of a word. The first run of a page's text is interpreted before the
    // engine compiles it, so the common cases are written out here rather than called.
    let cp = text.charCodeAt(i);
    if (cp < 0x80) {
      const lower = cp | 0x20;
      if (!((lower >= A_LOWER && lower <= Z_LOWER) || (cp >= 0x30 && cp <= 0x39))) {
        i++;
        continue;
      }
    } else if (cp >= 0xd800 && cp <= 0xdbff) cp = text.codePointAt(i)!;
    if (!isAsciiWordChar(cp) && charClass(cp) !== CharClass.Word) {
      i += cp >= 0x10000 ? 2 : 1;
      continue;
    }
    const start = i;
    let plain = true; // only ASCII letters and digits so far: the key is a lower-cased slice
    let hash = 0x811c9dc5; // of the lower-cased plain word, for the filter
    let key = '';
    let segmentLength = 0; // letters since the word start or the last in-word period
    let end = i;
    while (i < n) {
      cp = text.charCodeAt(i);
      // ASCII letters and digits, most of any text, first and inline (see above).
      const folded = cp | 0x20;
      if ((folded >= A_LOWER && folded <= Z_LOWER) || (cp >= 0x30 && cp <= 0x39)) {
        const lower = cp >= 0x41 && cp <= 0x5a ? cp + 32 : cp;
        if (plain) hash = Math.imul(hash ^ lower, 0x01000193);
        else key += String.fromCharCode(lower);
        segmentLength++;
        end = ++i;
        continue;
      }
      if (cp >= 0xd800 && cp <= 0xdbff) cp = text.codePointAt(i)!;
      const width = cp >= 0x10000 ? 2 : 1;
      const cls = charClass(cp);
      if (cls === CharClass.Word) {
        if (plain) {
          key = text.slice(start, i).toLowerCase();
          plain = false;
        }
        key += foldCodePoint(cp);
        segmentLength++;
        i += width;
        end = i;
      } else if (cls === CharClass.Ignorable) {
        // Inside a word only: a soft hyphen or zero-width joiner at its edge is not a letter.
        // The whole run is stepped over at once: looking past it from each of its characters
        // would cost the square of its length.
        const after = skipIgnorables(text, i + width);
        if (!isWordAt(text, after)) break;
        if (plain) {
          key = text.slice(start, i).toLowerCase();
          plain = false;
        }
        i = after;
      } else if (cls === CharClass.Apostrophe && isWordAt(text, i + 1)) {
        if (plain) {
          key = text.slice(start, i).toLowerCase();
          plain = false;
        }
        key += "'";
        segmentLength = 0;
        i += 1;
      } else if (cls === CharClass.Period && segmentLength === 1 && (isWordAt(text, i + 1) || isPossessiveAt(text, i + 1))) {
        // Initialisms keep their periods ("U.S.", "E.U."); a sentence's full stop does not join.
        if (plain) {
          key = text.slice(start, i).toLowerCase();
          plain = false;
        }
        key += '.';
        segmentLength = 0;
        i += 1;
      } else if ((cp === 0x2d || cp === 0x2010) && segmentLength > 0) {
        // A word broken by a hyphen at a line end ("Khame-\nnei") is one word.
        const resume = lineBreakContinuation(text, i + 1);
        if (resume < 0) break;
        if (plain) {
          key = text.slice(start, i).toLowerCase();
          plain = false;
        }
        i = resume;
      } else {
        break;
      }
    }
    if (plain) {
      key = keepPlainWord(text, start, end, hash >>> 0, filter) ? text.slice(start, end).toLowerCase() : '';
    } else if (segmentLength === 1 && key.includes('.') && text.charCodeAt(i) === 0x2e) {
      // An initialism's closing period belongs to it: mark "U.S.", not "U.S".
      i += 1;
      end = i;
    }
    // "the U.S.'s": the initialism's last period stays outside the word.
    if (key.endsWith(".'s")) key = key.slice(0, -3) + "'s";
    let possessive = false;
    let stemEnd = end;
    if (key.length > 2 && key.endsWith("'s")) {
      key = key.slice(0, -2);
      possessive = true;
      stemEnd = lastWordCharBefore(text, start, end, 2);
    } else if (i < n && charClass(text.charCodeAt(i)) === CharClass.Apostrophe && key.endsWith('s')) {
      // "the Saudis' concerns": a bare apostrophe after a plural.
      possessive = true;
    }
    const k = out.count++;
    out.start[k] = start;
    out.end[k] = stemEnd;
    out.key[k] = key;
    out.possessive[k] = possessive;
  }
  return out;
}

function keepPlainWord(text: string, start: number, end: number, hash: number, filter: WordFilter | null): boolean {
  if (!filter) return true;
  const bit = hash & (FILTER_BITS - 1);
  if (filter.bits[bit >> 3]! & (1 << (bit & 7))) return true;
  const first = text.charCodeAt(start);
  return first >= 0x41 && first <= 0x5a && end - start >= filter.capitalisedMin;
}

/** An ASCII letter or digit. */
function isAsciiWordChar(cp: number): boolean {
  const lower = cp | 0x20;
  return (lower >= A_LOWER && lower <= Z_LOWER) || (cp >= 0x30 && cp <= 0x39);
}

/**
 * Where a word resumes after a hyphen at `i - 1`: past white space that holds a line break and
 * before a lower-case letter. -1 when the hyphen is an ordinary one ("US-Iran", "well-known").
 */
function lineBreakContinuation(text: string, i: number): number {
  let sawNewline = false;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) sawNewline = true;
    else if (c !== 0x20 && c !== 0x09) break;
    i++;
  }
  if (!sawNewline || i >= text.length) return -1;
  const next = text.charAt(i);
  return next !== next.toUpperCase() && next === next.toLowerCase() ? i : -1;
}

function skipIgnorables(text: string, i: number): number {
  while (i < text.length && charClass(text.charCodeAt(i)) === CharClass.Ignorable) i++;
  return i;
}

/** An apostrophe and an s that end a word: "'s". */
function isPossessiveAt(text: string, i: number): boolean {
  return (
    i + 1 < text.length &&
    charClass(text.charCodeAt(i)) === CharClass.Apostrophe &&
    (text.charCodeAt(i + 1) | 0x20) === 0x73 &&
    !isWordAt(text, i + 2)
  );
}

function isWordAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const cp = text.codePointAt(i)!;
  return isAsciiWordChar(cp) || charClass(cp) === CharClass.Word;
}

/** The offset just past the word's stem, stepping back over `suffixLetters` letters and ignorables. */
function lastWordCharBefore(text: string, start: number, end: number, suffixLetters: number): number {
  let i = end;
  let remaining = suffixLetters;
  while (i > start && remaining > 0) {
    i--;
    const cls = charClass(text.charCodeAt(i));
    if (cls === CharClass.Word || cls === CharClass.Apostrophe) remaining--;
  }
  while (i > start && charClass(text.charCodeAt(i - 1)) === CharClass.Ignorable) i--;
  return i;
}

/** The folded words of an alias, joined by single spaces: the identity the matcher uses. */
export function aliasKey(text: string): string {
  const words = splitWords(text.normalize('NFC'));
  const parts: string[] = [];
  for (let i = 0; i < words.count; i++) parts.push(words.key[i]! + (words.possessive[i] ? "'s" : ''));
  return parts.join(' ');
}

/** The text exactly as written, minus invisible characters and with one apostrophe form. */
export function visibleForm(text: string): string {
  let out = '';
  for (const ch of text) {
    const cls = charClass(ch.codePointAt(0)!);
    if (cls === CharClass.Ignorable) continue;
    out += cls === CharClass.Apostrophe ? "'" : ch;
  }
  return out;
}

const HYPHENS = new Set([0x2d, 0x2010, 0x2011, 0x2012, 0x2013]);

/**
 * What separates word j from word j + 1, as the trie spells it: "" for white space alone,
 * otherwise the punctuation without the spaces ("-" for any hyphen or en dash, "." in
 * "Donald J. Trump", "," in "Washington, D.C."). null when the words cannot belong to one
 * name: more than two marks between them.
 */
export function gapBetween(text: string, words: Words, j: number): string | null {
  let k = words.end[j]!;
  const next = words.start[j + 1]!;
  if (words.possessive[j] && k < next && charClass(text.charCodeAt(k)) === CharClass.Apostrophe) {
    // Step over the possessive ending the word split off: "'s" or a bare "'".
    k++;
    if (k < next && (text.charCodeAt(k) | 0x20) === 0x73) k++;
  }
  let gap = '';
  for (; k < next; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0xa0 || c === 0x202f || c === 0x2009) continue;
    if (charClass(c) === CharClass.Ignorable) continue;
    gap += HYPHENS.has(c) ? '-' : text[k];
    if (gap.length > 2) return null;
  }
  return gap;
}

/** The trie key of a word reached across a gap: the bare word across spaces. */
export function edgeKey(gap: string, key: string): string {
  return gap === '' ? key : `${gap}\u0001${key}`;
}
