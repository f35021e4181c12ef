/**
 * The gate: native regular expressions that tell, before a passage's words are split and looked
 * up one by one, whether the matcher could find anything in it at all. Most passages of most
 * pages name nothing of a story, and a regular expression runs as compiled code from the first
 * page on, while the word split runs as JavaScript that a fresh page has not yet compiled.
 *
 * The gate must never turn away a passage the matcher would find something in. It is built from
 * what the matcher needs before it can find a candidate:
 * - every candidate starts at a word whose folded form is a first word of the trie, or is a
 *   capitalised word of six ASCII letters or more that the misspelling index could place;
 * - a word made of ASCII characters folds to itself in lower case (its apostrophes as "'",
 *   an initialism's periods kept), so the folded first word can be searched for in the text,
 *   case aside; a word with any other letter, mark, digit or invisible character
 *   (`UNUSUAL`), or broken by a hyphen at a line end, sends the passage to the full split.
 * Where every alias under a first word is case-sensitive ("US", "EU"), the word is looked for
 * as those aliases may be written ("US", never "us"); where no alias ends at the first word
 * ("United ..."), the next word's first letter must follow it. tests/unit/gate.test.ts checks
 * the gated matcher against the ungated one on the labelled cases, the page corpus and random
 * text.
 */
import type { AliasRule, TrieNode } from '../knowledge/compile';
import { reachableByMisspelling } from './fuzzy';

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

/** What a passage needs: nothing, a look at its capitalised long words, or the full split. */
export const enum GateVerdict {
  Nothing = 0,
  Misspellings = 1,
  Full = 2,
}

/**
 * Characters outside ASCII that a word can hold (letters, marks, digits, invisible joiners;
 * punctuation, symbols, spaces and control characters cannot), and a hyphen before a line
 * break ("Khame-\nnei").
 */
const UNUSUAL = /[^\x00-\x7f\p{P}\p{S}\p{Z}\p{Cc}]|[-\u2010][ \t\r\n]*[\r\n]/u;

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

export function gateVerdict(gate: Gate, text: string, fuzzy: boolean): GateVerdict {
  if (gate.open) return GateVerdict.Full;
  // Cheapest first on text that names the story, where a word soon opens the gate. Lower case
  // only ever adds ASCII letters (from letters outside ASCII, which UNUSUAL catches), so it
  // cannot hide a word.
  if (gate.cased?.test(text) || gate.words?.test(text.toLowerCase()) || UNUSUAL.test(text)) return GateVerdict.Full;
  if (fuzzy && gate.misspelt) {
    gate.misspelt.lastIndex = 0;
    if (gate.misspelt.test(text)) return GateVerdict.Misspellings;
  }
  return GateVerdict.Nothing;
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
  // A folded form with anything else comes from a word UNUSUAL sends to the full split anyway.
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
    words: plan.words ? new RegExp(plan.words) : null,
    cased: plan.cased ? new RegExp(plan.cased) : null,
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
