/**
 * The gate: native regular expressions that tell, before a passage's words are split and looked
 * up one by one, where in it the matcher could find anything at all. Most passages of most
 * pages name nothing of a story, and a regular expression runs as compiled code from the first
 * page on, while the word split runs as JavaScript that a fresh page has not yet compiled.
 *
 * The gate must never hide a place where the matcher would find something. It is built from
 * what the matcher needs before it can find a candidate:
 * - every candidate starts at a word whose folded form is a first word of the trie, or is a
 *   capitalised word of six ASCII letters or more that the misspelling index could place;
 * - a word made of ASCII characters folds to itself in lower case (its apostrophes as "'",
 *   an initialism's periods kept), so the folded first word can be searched for in the text,
 *   case aside; a word with any other letter, mark, digit or invisible character
 *   (`UNUSUAL_CHARACTER`) is looked at with the words around it, and a word broken by a hyphen
 *   at a line end sends the whole text to the split.
 * Where every alias under a first word is case-sensitive ("US", "EU"), the word is looked for
 * as those aliases may be written ("US", never "us"); where no alias ends at the first word
 * ("United ..."), the next word's first letter must follow it. Each place found becomes a
 * region of whole stretches between white spaces, wide enough that the matcher finds in it
 * what it would find splitting the whole text (`regionAround`). tests/unit/gate.test.ts
 * checks the gated matcher against the ungated one on the labelled cases, the page corpus and
 * random text.
 */
import type { AliasRule, TrieNode } from '../knowledge/compile';
import { reachableByMisspelling } from './fuzzy';
import { isAsciiWordChar } from './normalize';

/** The gate as text, for the build's plan (lib/knowledge/plan.ts); "" for an expression with nothing to find. */
export interface GatePlan {
  /** Knowledge too large to gate: every passage gets the full split (see GATE_LIMIT). */
  open: boolean;
  /** First words that match in any capitalisation. */
  words: string;
  /** First words whose aliases are all case-sensitive, as they may be written. */
  cased: string;
  /** Words that could be a misspelt name. */
  misspelt: string;
}

export interface Gate {
  open: boolean;
  words: RegExp | null;
  cased: RegExp | null;
  misspelt: RegExp | null;
}

/**
 * A character outside ASCII that a word can hold (a letter, mark, digit or invisible joiner;
 * punctuation, symbols, spaces and control characters cannot).
 */
const UNUSUAL_CHARACTER = /[^\x00-\x7f\p{P}\p{S}\p{Z}\p{Cc}]/u;
/**
 * Where to look for UNUSUAL_CHARACTER, and for a hyphen before a line break ("Khame-\nnei"):
 * any character outside ASCII but the punctuation, symbols and spaces pages use most (quotes,
 * dashes, the no-break space...). It has no Unicode property classes, so an engine runs it as
 * fast as a plain pattern; the Unicode test is made only where it stops. tests/unit/gate.test.ts
 * checks that every character it passes over is punctuation, a symbol or a space.
 */
export const NOT_ASCII =
  /[^\x00-\x7f\u00a0\u00a3\u00a7\u00a9\u00ab\u00ae\u00b0\u00b1\u00b6\u00b7\u00bb\u00d7\u00f7\u2000-\u200a\u2010-\u2029\u202f-\u205f\u20ac\u2122\u3000]|[-\u2010][ \t\r\n]*[\r\n]/g;

/** Every form the word split reads as an apostrophe (lib/match/normalize.ts). */
const APOSTROPHE = "['`\\u2018\\u2019\\u2032\\u02bb\\u02bc\\u02be\\u02bf]";
/**
 * Word edges and the space between two words of a name (separators, after a possessive ending
 * if there is one), for the text as written and for the text in lower case. The words gate is
 * matched against the passage in lower case rather than with the `i` flag: an engine compiles a
 * pattern with classes such as these several times slower under `i`, and the gate is compiled
 * on every page.
 */
const EDGES = {
  written: { notAfter: '(?<![A-Za-z0-9])', notBefore: '(?![A-Za-z0-9])', between: '[^A-Za-z0-9]+(?:s[^A-Za-z0-9]+)?' },
  lower: { notAfter: '(?<![a-z0-9])', notBefore: '(?![a-z0-9])', between: '[^a-z0-9]+(?:s[^a-z0-9]+)?' },
};
type Edges = (typeof EDGES)['lower'];

/** The least a capitalised word must have to be tried as a misspelling (lib/match/fuzzy.ts). */
const MISSPELT_TAIL = 5;

/**
 * More first words than this and the gate stays open: a pattern of tens of thousands of words
 * (a large installed pack) costs more to compile and run than the word split it would spare.
 */
const GATE_LIMIT = 4000;

/**
 * More places than this to look at in one text, and the whole text is split: past a few, the
 * regions cover most of it anyway, and each costs a look back and forth.
 */
const MOST_HITS = 12;

/** Where in one text the matcher must split words. */
export interface TextRegions {
  /** [from, to) pairs, in order, apart. */
  spans: number[];
  /** No alias can start in the text: its regions only hold words that may be misspelt names. */
  misspeltOnly: boolean;
}

/**
 * A text this short where an alias may start is split whole: most passages are a sentence or a
 * paragraph, and working out regions in them costs about what splitting them does. Regions pay
 * in long texts (a story's comment thread in one block) with a name or two in them.
 */
const SPLIT_WHOLE_UP_TO = 2048;

/**
 * Where in each of `texts` the matcher must split words, or null where it can find nothing.
 * The texts are searched together, joined, so that a page of a thousand short passages costs
 * each expression one run rather than a thousand calls, and each place the expressions point
 * to becomes a region of whole stretches between white spaces (see `regionAround`).
 * `misspelling` tells whether a capitalised word of ASCII letters could be a misspelt name
 * (null when misspellings are not looked for); `maxWords` is the longest alias in words.
 */
export function gateRegions(
  gate: Gate,
  texts: readonly string[],
  misspelling: ((word: string) => boolean) | null,
  maxWords: number,
): (TextRegions | null)[] {
  if (gate.open) return texts.map(whole);
  const joined = texts.length === 1 ? texts[0]! : texts.join(SEPARATOR);
  const lower = joined.toLowerCase();
  if (lower.length !== joined.length) {
    // Lower case made a letter outside ASCII longer ("İ"), so offsets in it are not offsets
    // in the text: such a letter is an UNUSUAL_CHARACTER, so its text is split whole. The
    // others are searched again, each alone.
    if (texts.length === 1) return [whole(texts[0]!)];
    return texts.map((text) => gateRegions(gate, [text], misspelling, maxWords)[0]!);
  }
  const hits = new Array<number[] | undefined>(texts.length).fill(undefined);
  const full = new Array<boolean>(texts.length).fill(false);
  /** Notes the places `pattern` finds in `batch`, a joining of some of the texts. */
  const note = (pattern: RegExp, batch: Joined, subject: string, kind: HitKind): void => {
    const { starts, order } = batch;
    pattern.lastIndex = 0;
    let k = 0;
    for (let hit = pattern.exec(subject); hit; hit = pattern.exec(subject)) {
      const at = hit.index;
      while (starts[k + 1]! <= at) k++;
      const t = order ? order[k]! : k;
      if (full[t]) {
        pattern.lastIndex = starts[k + 1]!;
        continue;
      }
      // A capitalised word the misspelling index cannot place is nothing to look at, nor is a
      // character outside ASCII that no word can hold.
      if (kind === HitKind.Word && !misspelling!(hit[0])) continue;
      if (kind === HitKind.Inside && hit[0].length === 1) {
        if (!UNUSUAL_CHARACTER.test(String.fromCodePoint(subject.codePointAt(at)!))) continue;
      }
      const list = (hits[t] ??= []);
      list.push(kind, at - starts[k]!);
      // A hyphen before a line break joins two stretches into one word, past MOST_HITS places
      // the regions would cover most of the text anyway, and a short text costs less to split
      // than to cut into regions: in each case, split it whole.
      const first = hit[0].charCodeAt(0);
      if (
        (kind !== HitKind.Word && texts[t]!.length <= SPLIT_WHOLE_UP_TO) ||
        (kind === HitKind.Inside && (first === 0x2d || first === 0x2010)) ||
        list.length >= 2 * MOST_HITS
      ) {
        full[t] = true;
        pattern.lastIndex = starts[k + 1]!;
      }
    }
  };
  let batch = joinedTexts(texts, null, joined);
  if (gate.words) note(gate.words, batch, lower, HitKind.First);
  // On a page about the story most texts are split whole by now: the other expressions need
  // not read them again.
  batch = textsLeft(texts, batch, full);
  if (gate.cased) note(gate.cased, batch, batch.text, HitKind.First);
  note(NOT_ASCII, batch, batch.text, HitKind.Inside);
  if (misspelling && gate.misspelt) note(gate.misspelt, batch, batch.text, HitKind.Word);
  const regions = new Array<TextRegions | null>(texts.length).fill(null);
  for (let t = 0; t < texts.length; t++) {
    const list = hits[t];
    if (!list) continue;
    if (full[t]) {
      regions[t] = whole(texts[t]!);
    } else {
      let misspeltOnly = true;
      for (let k = 0; k < list.length; k += 2) if (list[k] !== HitKind.Word) misspeltOnly = false;
      regions[t] = { spans: mergedRegions(texts[t]!, list, maxWords), misspeltOnly };
    }
  }
  return regions;
}

/** Joins the texts of a batch: no word holds it, and no expression of the gate reads it as one. */
const SEPARATOR = '\u0000';

/** Texts joined by SEPARATOR. */
interface Joined {
  text: string;
  /** Where each text starts in `text`, and one past the last. */
  starts: number[];
  /** The index among all texts of each one joined here; null when they are all, in order. */
  order: number[] | null;
}

/** The texts of `batch` not yet to be split whole, joined again when that spares a good part of it. */
function textsLeft(texts: readonly string[], batch: Joined, full: readonly boolean[]): Joined {
  const left: number[] = [];
  let leftCharacters = 0;
  for (let t = 0; t < texts.length; t++) {
    if (full[t]) continue;
    left.push(t);
    leftCharacters += texts[t]!.length;
  }
  if (leftCharacters * 4 >= batch.text.length * 3) return batch;
  return joinedTexts(
    left.map((t) => texts[t]!),
    left,
  );
}

function joinedTexts(texts: readonly string[], order: number[] | null, text = texts.join(SEPARATOR)): Joined {
  const starts = new Array<number>(texts.length + 1);
  starts[0] = 0;
  for (let i = 0; i < texts.length; i++) starts[i + 1] = starts[i]! + texts[i]!.length + SEPARATOR.length;
  return { text, starts, order };
}

const enum HitKind {
  /** Where a candidate may start: the first word of an alias. */
  First = 0,
  /** A character outside ASCII: it may stand in any word of a candidate. */
  Inside = 1,
  /** A word that may be a misspelt name, and nothing more. */
  Word = 2,
}

function whole(text: string): TextRegions {
  return { spans: [0, text.length], misspeltOnly: false };
}

/**
 * The regions of `hits` (kind, offset pairs), sorted and merged where they overlap; the whole
 * text when they would cover most of it anyway (text that names the story in every sentence),
 * where one split costs less than many.
 */
function mergedRegions(text: string, hits: readonly number[], maxWords: number): number[] {
  const spans: [number, number][] = [];
  for (let k = 0; k < hits.length; k += 2) spans.push(regionAround(text, hits[k]! as HitKind, hits[k + 1]!, maxWords));
  spans.sort((a, b) => a[0] - b[0]);
  const out: number[] = [];
  let covered = 0;
  for (const [from, to] of spans) {
    const last = out.length - 1;
    if (last > 0 && from <= out[last]!) {
      covered += Math.max(0, to - out[last]!);
      out[last] = Math.max(out[last]!, to);
    } else {
      covered += to - from;
      out.push(from, to);
    }
  }
  return covered * 2 > text.length && out.length > 2 ? [0, text.length] : out;
}

/**
 * The stretch of text the matcher must split for a hit at `at`, so that it finds there exactly
 * what it would find splitting the whole text. A region starts and ends at white space, which
 * never stands inside a word (the one exception, a hyphen before a line break, sends the text
 * to a whole split), so its words are split as in the whole text. It holds:
 * - for the first word of an alias: the stretch before it (an abbreviation is not one between
 *   words in capitals) and as many stretches after it as the longest alias has words (its
 *   other words, and the word after it for the same reason), and one more to spare;
 * - for a character outside ASCII, which can be in any word of a candidate: as many before;
 * - for a word that may be misspelt: its own stretch, since a misspelling is one word and
 *   stands alone unless an alias's first word before it is a hit of its own.
 * Stretches are counted only where they hold an ASCII letter or digit, so a stretch of
 * punctuation or of letters outside ASCII makes a region longer, never shorter.
 */
function regionAround(text: string, kind: HitKind, at: number, maxWords: number): [number, number] {
  let from = stretchStart(text, at);
  let to = stretchEnd(text, at);
  if (kind === HitKind.Word) return [from, to];
  for (let back = kind === HitKind.First ? 1 : maxWords; back > 0 && from > 0; ) {
    const end = from;
    while (from > 0 && isSpaceAt(text, from - 1)) from--;
    from = stretchStart(text, from - 1 < 0 ? 0 : from - 1);
    if (hasWordCharacter(text, from, end)) back--;
  }
  for (let ahead = maxWords + 1; ahead > 0 && to < text.length; ) {
    while (to < text.length && isSpaceAt(text, to)) to++;
    const start = to;
    to = stretchEnd(text, to);
    if (hasWordCharacter(text, start, to)) ahead--;
  }
  return [from, to];
}

/** The first offset of the stretch between white spaces that holds offset `i`. */
function stretchStart(text: string, i: number): number {
  while (i > 0 && !isSpaceAt(text, i - 1)) i--;
  return i;
}

/** One past the last offset of the stretch that holds offset `i`. */
function stretchEnd(text: string, i: number): number {
  while (i < text.length && !isSpaceAt(text, i)) i++;
  return i;
}

/** ASCII white space and the no-break space: never part of a word. */
function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0;
}

function hasWordCharacter(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isAsciiWordChar(text.charCodeAt(i))) return true;
  return false;
}

/** Builds the gate of a trie; `misspellingReach` gives, per first letter of the long names, the longest word that may be a misspelling of one. */
export function planGate(root: TrieNode, misspellingReach: ReadonlyMap<string, number>): GatePlan {
  if ((root.next?.size ?? 0) > GATE_LIMIT) return { open: true, words: '', cased: '', misspelt: '' };
  const words = new PatternSet(EDGES.lower);
  const cased = new PatternSet(EDGES.written);
  for (const [key, child] of root.next ?? []) addFirstWord(words, cased, key, child);
  return { open: false, words: words.source(), cased: cased.source(), misspelt: misspeltPattern(misspellingReach) };
}

/**
 * Capitalised words of at least six letters that start as some long name does and are not too
 * long to be a misspelling of one (lib/match/fuzzy.ts): `[KT][A-Za-z]{5,9}` and the like, one
 * alternative per longest length, with no letter after. A word's key holds every letter of its
 * run, so a run beyond the reach is a key beyond it too.
 */
function misspeltPattern(reach: ReadonlyMap<string, number>): string {
  const byLongest = new Map<number, string[]>();
  for (const [letter, longest] of reach) {
    if (!/^[a-z]$/.test(letter) || longest <= MISSPELT_TAIL) continue;
    byLongest.set(longest, [...(byLongest.get(longest) ?? []), letter.toUpperCase()]);
  }
  if (byLongest.size === 0) return '';
  const alternatives = [...byLongest]
    .sort(([a], [b]) => a - b)
    .map(([longest, letters]) => `[${letters.sort().join('')}][A-Za-z]{${MISSPELT_TAIL},${longest - 1}}`);
  return `${EDGES.written.notAfter}(?:${alternatives.join('|')})(?![A-Za-z])`;
}

/**
 * The patterns of one first word: the word alone where an alias ends at it, else the word and
 * the beginning of each next word its aliases go on with. Where every alias concerned is
 * case-sensitive, they are the written forms those aliases accept.
 */
function addFirstWord(words: PatternSet, cased: PatternSet, key: string, node: TrieNode): void {
  const folded = foldedTokens(key);
  // A folded form with anything else comes from a word with an UNUSUAL_CHARACTER, looked at anyway.
  if (folded === null) return;
  if (node.rules) {
    const forms = writtenForms(node.rules, 0);
    if (!forms) {
      // The word alone opens the gate, and so whatever follows it.
      words.add(folded, EDGES.lower.notBefore);
      return;
    }
    for (const form of forms.values()) cased.add(form, EDGES.written.notBefore);
  }
  for (const [edge, next] of node.next ?? []) {
    const rules = rulesUnder(next);
    const nextWord = nextWordOf(edge, rules);
    if (nextWord === null) continue;
    const forms = writtenForms(rules, 0);
    if (!forms) {
      words.add(folded, followedBy(EDGES.lower, nextWord));
      continue;
    }
    // Every alias on is case-sensitive, so is its next word: written as those aliases accept it.
    const nextForms = writtenForms(rules, 1);
    const after = nextForms
      ? `${EDGES.written.between}(?:${[...nextForms.values()].map((tokens) => tokens.join('')).join('|')})${EDGES.written.notBefore}`
      : followedBy(EDGES.written, { ...nextWord, tokens: nextWord.tokens.map(anyCase) });
    for (const form of forms.values()) cased.add(form, after);
  }
}

interface NextWord {
  tokens: string[];
  /** The whole word, not just its beginning. */
  whole: boolean;
}

function followedBy(edges: Edges, next: NextWord): string {
  return edges.between + next.tokens.join('') + (next.whole ? edges.notBefore : '');
}

/**
 * What a next word must be: its whole folded form when it must be written exactly, or just its
 * first letter when it may be misspelt (some alias under it can be reached through a
 * misspelling). null when it cannot be ASCII.
 */
function nextWordOf(edge: string, rules: readonly AliasRule[]): NextWord | null {
  const key = edge.slice(edge.indexOf('\u0001') + 1);
  const first = key[0] ?? '';
  if (!/^[a-z0-9]$/.test(first)) return null;
  if (rules.some(reachableByMisspelling)) return { tokens: [first], whole: false };
  const folded = foldedTokens(key);
  return folded === null ? null : { tokens: folded, whole: true };
}

function rulesUnder(node: TrieNode): AliasRule[] {
  const out: AliasRule[] = [...(node.rules ?? [])];
  for (const child of node.next?.values() ?? []) out.push(...rulesUnder(child));
  return out;
}

/**
 * The ways word `k` may be written when every one of `rules` is case-sensitive: as the alias
 * writes it, or in capitals (see sameCase in lib/match/matcher.ts), as pattern tokens. null
 * when some rule is not case-sensitive, or a form has characters this gate does not spell.
 */
function writtenForms(rules: readonly AliasRule[], k: number): Map<string, string[]> | null {
  const forms = new Map<string, string[]>();
  for (const rule of rules) {
    const word = rule.exactWords?.[k];
    if (word === undefined || !/^[A-Za-z0-9'.]+$/.test(word)) return null;
    for (const form of new Set([word, word.toUpperCase()])) forms.set(form, [...form].map(literalToken));
  }
  return forms.size === 0 ? null : forms;
}

function foldedTokens(key: string): string[] | null {
  const tokens: string[] = [];
  for (const c of key) {
    if (!/^[a-z0-9'.]$/.test(c)) return null;
    tokens.push(literalToken(c));
  }
  return tokens;
}

function literalToken(c: string): string {
  return c === "'" ? APOSTROPHE : c === '.' ? '\\.' : c;
}

/** A token of a lower-case letter as either case, for the case-sensitive expression. */
function anyCase(token: string): string {
  return /^[a-z]$/.test(token) ? `[${token}${token.toUpperCase()}]` : token;
}

export function gateOf(plan: GatePlan): Gate {
  return {
    open: plan.open,
    words: plan.words ? new RegExp(plan.words, 'g') : null,
    cased: plan.cased ? new RegExp(plan.cased, 'g') : null,
    misspelt: plan.misspelt ? new RegExp(plan.misspelt, 'g') : null,
  };
}

/**
 * Words grouped by what must follow them, each group's words sharing their beginnings written
 * once (`ira(?:n|q)`): an engine compiles such a pattern several times faster than a flat list
 * with its own ending on every word, and the gate is compiled on every page.
 */
class PatternSet {
  private readonly groups = new Map<string, PatternNode>();

  constructor(private readonly edges: Edges) {}

  add(tokens: readonly string[], after: string): void {
    let node: PatternNode | undefined = this.groups.get(after);
    if (!node) {
      node = { next: new Map(), end: false };
      this.groups.set(after, node);
    }
    for (const token of tokens) {
      let child: PatternNode | undefined = node.next.get(token);
      if (!child) {
        child = { next: new Map(), end: false };
        node.next.set(token, child);
      }
      node = child;
    }
    node.end = true;
  }

  source(): string {
    if (this.groups.size === 0) return '';
    const groups = [...this.groups].map(([after, node]) => emit(node) + after);
    return `${this.edges.notAfter}(?:${groups.join('|')})`;
  }
}

interface PatternNode {
  next: Map<string, PatternNode>;
  /** Whether a word ends here. */
  end: boolean;
}

function emit(node: PatternNode): string {
  const alternatives = [...node.next].map(([token, child]) => token + emit(child));
  if (node.end) alternatives.push('');
  return alternatives.length === 1 ? alternatives[0]! : `(?:${alternatives.join('|')})`;
}
