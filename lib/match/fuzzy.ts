/**
 * Catches misspellings and loose transliterations of long names ("Khamenie", "Hizbollah",
 * "Teheran") that exact lookup misses, under rules that keep near misses out:
 *
 * - only single-word names of at least six letters take part (short words have too many
 *   neighbours: Rubin/Rubio, Iraq/Iran), and never an alias marked ambiguous or case-sensitive;
 * - the page word must be capitalised, share the name's first letter, and not be an alias or
 *   confusable of any entity (those are decided by exact lookup before this runs);
 * - at most one edit for names of six or seven letters, two from eight (a swap of neighbouring
 *   letters is one edit);
 * - a word that merely extends or shortens the name ("Persian" for "Persia", "Tehrani" for
 *   "Tehran") is a different word, not a misspelling;
 * - among names within reach, the most similar wins (Jaro-Winkler, which rewards a shared
 *   start); when another entity's name is about as close ("Khameini" is near both Khamenei
 *   and Khomeini), the hit carries it as a rival and the document decides (lib/match/matcher.ts).
 *
 * Candidates are bucketed by first letter and length, and a bit mask of the letters each word
 * holds rejects most of them before any distance is computed, so the cost per page word stays
 * small even for packs with tens of thousands of names. Both are bounded, so that no pack can
 * make the search slow: a bucket keeps its first BUCKET_LIMIT names (the rest still match
 * exactly), and a search that would compute more than DISTANCE_BUDGET distances gives up and
 * finds nothing rather than guess.
 */
import type { AliasRule } from './model';

export const FUZZY_MIN_LENGTH = 6;
/** After words that already matched exactly, a shorter misspelt word is enough ("Marco Rubbio"). */
export const FUZZY_CONTINUATION_MIN_LENGTH = 5;

interface Target {
  word: string;
  mask: number;
  rule: AliasRule;
}

export interface FuzzyHit {
  rule: AliasRule;
  /** Names of other entities nearly as similar; empty when the best is clear. */
  rivals: AliasRule[];
}

/** The most a page word's length may differ from a name's (two edits at most, each one letter). */
const LENGTH_REACH = 2;

/** Names of two entities whose similarities differ by less than this are a tie. */
const TIE_MARGIN = 0.05;

/** Names kept per first letter and length; real packs hold a few dozen at most. */
const BUCKET_LIMIT = 1_000;

/** Edit distances one search may compute; a word near this many names is near none in particular. */
const DISTANCE_BUDGET = 200;

/** Distinct page words remembered with their answer; pages repeat their words a lot. */
const CACHE_LIMIT = 20_000;

export class FuzzyIndex {
  private readonly buckets = new Map<number, Target[]>();
  private readonly cache = new Map<string, FuzzyHit | null>();

  /** Offers a folded single-word alias; those outside the rules are ignored. */
  add(word: string, rule: AliasRule): void {
    if (word.length < FUZZY_MIN_LENGTH || !/^[a-z]+$/.test(word)) return;
    if (!reachableByMisspelling(rule)) return;
    if (rule.kind !== 'name' && rule.kind !== 'short' && rule.kind !== 'transliteration') return;
    const key = bucketKey(word.charCodeAt(0), word.length);
    const list = this.buckets.get(key);
    const target = { word, mask: letterMask(word), rule };
    if (!list) this.buckets.set(key, [target]);
    else if (list.length < BUCKET_LIMIT) list.push(target);
    else return;
    this.cache.clear();
  }

  /** Every name offered and kept, with its rule (lib/knowledge/plan.ts stores them). */
  *targets(): Generator<[word: string, rule: AliasRule]> {
    for (const list of this.buckets.values()) for (const target of list) yield [target.word, target.rule];
  }

  /** The closest name within the allowed edits of a folded page word, if any. */
  find(word: string): FuzzyHit | null {
    if (word.length < FUZZY_MIN_LENGTH) return null;
    let hit = this.cache.get(word);
    if (hit === undefined) {
      hit = this.search(word);
      if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
      this.cache.set(word, hit);
    }
    return hit;
  }

  private search(word: string): FuzzyHit | null {
    const length = word.length;
    if (!/^[a-z]+$/.test(word)) return null;
    const mask = letterMask(word);
    const first = word.charCodeAt(0);
    // The best-scoring name of each entity within reach (rarely more than one or two), and the
    // entities one of whose names merely extends or shortens the word ("Suleiman" and
    // "Suleimani" are different names, so Soleimani is out too).
    let byEntity: Map<number, { rule: AliasRule; score: number }> | null = null;
    let extended: Set<number> | null = null;
    let budget = DISTANCE_BUDGET;
    for (let targetLength = length - LENGTH_REACH; targetLength <= length + LENGTH_REACH; targetLength++) {
      const list = this.buckets.get(bucketKey(first, targetLength));
      if (!list) continue;
      const allowed = maxEdits(Math.max(length, targetLength));
      if (Math.abs(length - targetLength) > allowed) continue;
      for (const target of list) {
        // Each edit changes whether at most two letters occur at all.
        if (popcount(mask ^ target.mask) > 2 * allowed) continue;
        if (target.word.startsWith(word) || word.startsWith(target.word)) {
          (extended ??= new Set()).add(target.rule.entity);
          continue;
        }
        if (--budget < 0) return null;
        if (editDistance(word, target.word, allowed) > allowed) continue;
        const score = jaroWinkler(word, target.word);
        byEntity ??= new Map();
        const seen = byEntity.get(target.rule.entity);
        if (!seen || score > seen.score) byEntity.set(target.rule.entity, { rule: target.rule, score });
      }
    }
    if (!byEntity) return null;
    const ranked = [...byEntity.values()].filter((r) => !extended?.has(r.rule.entity)).sort((x, y) => y.score - x.score);
    if (ranked.length === 0) return null;
    const best = ranked[0]!;
    const rivals = ranked.slice(1).filter((r) => best.score - r.score < TIE_MARGIN).map((r) => r.rule);
    return { rule: best.rule, rivals };
  }
}

/** Only clear, full names may be reached through a misspelling (of a whole alias or of its later words). */
export function reachableByMisspelling(rule: AliasRule): boolean {
  return !rule.ambiguous && !rule.exactWords && rule.entity >= 0;
}

/**
 * Whether `word` could be a misspelling of the folded name `name`: same first letter, within
 * the edits allowed for its length, and not a mere extension or truncation of it.
 */
export function isNearMisspelling(word: string, name: string): boolean {
  if (word[0] !== name[0] || !/^[a-z]+$/.test(name)) return false;
  const allowed = maxEdits(Math.max(word.length, name.length));
  if (Math.abs(word.length - name.length) > allowed) return false;
  if (name.startsWith(word) || word.startsWith(name)) return false;
  return editDistance(word, name, allowed) <= allowed;
}

function maxEdits(length: number): number {
  return length >= 8 ? 2 : 1;
}

function bucketKey(firstCharCode: number, length: number): number {
  return firstCharCode * 64 + length;
}

function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) mask |= 1 << (word.charCodeAt(i) - 0x61);
  return mask;
}

function popcount(x: number): number {
  let n = 0;
  for (let v = x >>> 0; v; v &= v - 1) n++;
  return n;
}

// Rows reused across calls: the distance runs for many candidate pairs per page.
let rowA = new Int32Array(32);
let rowB = new Int32Array(32);
let rowC = new Int32Array(32);

function growRows(size: number): void {
  rowA = new Int32Array(size);
  rowB = new Int32Array(size);
  rowC = new Int32Array(size);
}

/**
 * Optimal-string-alignment distance (Levenshtein plus swaps of neighbouring letters), giving
 * up with `limit + 1` as soon as every path exceeds the limit.
 */
function editDistance(a: string, b: string, limit: number): number {
  const m = a.length;
  const n = b.length;
  if (Math.abs(m - n) > limit) return limit + 1;
  if (n + 1 > rowA.length) growRows(n + 1);
  let beforePrevious = rowA;
  let previous = rowB;
  let current = rowC;
  for (let j = 0; j <= n; j++) previous[j] = j;
  for (let i = 1; i <= m; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, beforePrevious[j - 2]! + 1);
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    const spare = beforePrevious;
    beforePrevious = previous;
    previous = current;
    current = spare;
  }
  return previous[n]!;
}

/** Jaro-Winkler similarity: agreement of letters in roughly the same places, with a bonus for a shared start. */
export function jaroWinkler(a: string, b: string): number {
  const window = Math.max(0, (Math.max(a.length, b.length) >> 1) - 1);
  const matchedB = new Uint8Array(b.length);
  const matchedA = new Uint8Array(a.length);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    const from = Math.max(0, i - window);
    const to = Math.min(b.length - 1, i + window);
    for (let j = from; j <= to; j++) {
      if (matchedB[j] || a[i] !== b[j]) continue;
      matchedA[i] = 1;
      matchedB[j] = 1;
      matches++;
      break;
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  let j = 0;
  for (let i = 0; i < a.length; i++) {
    if (!matchedA[i]) continue;
    while (!matchedB[j]) j++;
    if (a[i] !== b[j]) transpositions++;
    j++;
  }
  const jaro = (matches / a.length + matches / b.length + (matches - transpositions / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < 4 && prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}
