/**
 * Finds the candidate mentions of known entities in passages of text: `findCandidates` walks
 * a passage word by word through the alias trie, keeping the longest alias that ends at a word
 * whose capitalisation its rule accepts; confusables ("Ricky Rubio", "Khomeini") are aliases
 * that name nobody, so being longer they swallow the near miss, and words inside a web address
 * printed on the page are left out. Which candidates are mentions, and of whom, is decided with
 * the whole page as context (./decide.ts).
 */
import { confusableOf, isTimeBound, type AliasRule, type MatchIndex, type TrieNode } from './model';
import type { MatchHow } from './decide';
import { FUZZY_CONTINUATION_MIN_LENGTH, FUZZY_MIN_LENGTH, isNearMisspelling, jaroWinkler, reachableByMisspelling } from './fuzzy';
import { edgeKey, emptyWords, gapBetween, splitWords, visibleForm, type Words } from './normalize';

export interface MatchOptions {
  /** Catch misspellings of long names (lib/match/fuzzy.ts). Default true. */
  fuzzy?: boolean;
}

export interface Mention {
  /** Index into Knowledge.entities. */
  entity: number;
  /** Offsets in the passage: the matched words, a possessive ending excluded. */
  start: number;
  end: number;
  rule: AliasRule;
  how: MatchHow;
  /**
   * Other rules the document picks among: for a fuzzy match, other entities' names about as
   * close; for a form held in turn (`isTimeBound`), its other holders.
   */
  rivals?: AliasRule[];
}

const words: Words = emptyWords();

/** All candidate mentions in one passage, in order, never overlapping. */
export function findCandidates(knowledge: MatchIndex, text: string, options: MatchOptions = {}): Mention[] {
  return findCandidatesInTexts(knowledge, [text], options)[0]!;
}

/** The candidates of each of `texts`. */
export function findCandidatesInTexts(knowledge: MatchIndex, texts: readonly string[], options: MatchOptions = {}): Mention[][] {
  const fuzzy = options.fuzzy !== false;
  return texts.map((text) => {
    const found: Mention[] = [];
    matchWords(knowledge, text, fuzzy, found);
    return found.length > 0 && text.includes('/') ? outsideAddresses(text, found) : found;
  });
}

/**
 * The candidates that are not inside a web address printed on the page: "…/us-strikes-in-iran/"
 * names nothing. An address is a run of text without spaces that has a scheme ("https://"),
 * starts "www.", is a domain followed by a path, or holds a path part made of lower-case words
 * joined by hyphens (a slug); "Iran/US talks" and "US-Iran/Israel" are not addresses.
 */
function outsideAddresses(text: string, found: Mention[]): Mention[] {
  const spans: number[] = [];
  for (const token of text.matchAll(/\S+/g)) {
    if (isAddress(token[0])) spans.push(token.index, token.index + token[0].length);
  }
  if (spans.length === 0) return found;
  let k = 0;
  return found.filter((m) => {
    while (k < spans.length && spans[k + 1]! <= m.start) k += 2;
    return !(k < spans.length && spans[k]! < m.end);
  });
}

const DOMAIN_PATH = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,}\//iu;
const SLUG = /(?:^|\/)[\p{Ll}\p{N}]+(?:-[\p{Ll}\p{N}]+){2,}(?:\/|$)/u;

function isAddress(token: string): boolean {
  if (!token.includes('/')) return token.toLowerCase().startsWith('www.');
  return token.includes('://') || token.toLowerCase().startsWith('www.') || DOMAIN_PATH.test(token) || SLUG.test(token);
}

/** Splits the words of `text` and appends the candidates among them to `found`. */
function matchWords(knowledge: MatchIndex, text: string, fuzzy: boolean, found: Mention[]): void {
  words.count = 0;
  splitWords(text, words, knowledge.wordFilter);
  const rootNext = knowledge.root.next;
  if (!rootNext) return;
  const n = words.count;
  // The entities confusables met so far say are not named, each to the last word they cover.
  const notNamed = new Map<number, number>();
  let i = 0;
  while (i < n) {
    const key = words.key[i]!;
    if (key.length === 0) {
      // Most words: the word filter knew them for no alias's word and too short to be a misspelt name.
      i++;
      continue;
    }
    const node: TrieNode | undefined = rootNext.get(key);
    let walk = node ? walkFrom(knowledge, node, text, i, fuzzy, found, true) : null;
    const confusable = walk !== null && walk.rule.entity < 0;
    if (confusable) {
      // "Ricky Rubio" is not Marco Rubio, and says nothing of anyone else: its words stay
      // readable for other entities' names ("Israel-Hezbollah war" still names both).
      for (const rule of walk!.rules) {
        const entity = confusableOf(rule);
        if (entity >= 0) notNamed.set(entity, Math.max(notNamed.get(entity) ?? -1, walk!.last));
      }
      walk = walkFrom(knowledge, node!, text, i, fuzzy, found, false);
    }
    // What a confusable met so far says the words are not: a form held in turn keeps its other
    // holders, a misspelling its other near names.
    if (walk && notNamed.size > 0) {
      const kept = namedOnes(walk.rule, walk.holders, walk.last, notNamed);
      walk = kept && { ...walk, rule: kept.rule, holders: kept.others };
    }
    if (!walk) {
      const hit = fuzzy && !confusable ? fuzzyAt(knowledge, text, i) : null;
      const kept = hit && namedOnes(hit.rule, hit.rivals ?? null, i, notNamed);
      if (hit && kept) {
        found.push({
          entity: kept.rule.entity,
          start: hit.start,
          end: hit.end,
          rule: kept.rule,
          how: hit.how,
          ...(kept.others.length > 0 ? { rivals: kept.others } : {}),
        });
      }
      i++;
      continue;
    }
    const { rule, holders, last, score } = walk;
    if (rule.entity >= 0) {
      const how: MatchHow = score < 1 ? 'fuzzy' : words.possessive[last] && rule.kind !== 'script' ? 'possessive' : rule.kind;
      found.push({
        entity: rule.entity,
        start: words.start[i]!,
        end: words.end[last]!,
        rule,
        how,
        ...(holders && holders.length > 0 ? { rivals: holders } : {}),
      });
    }
    i = last + 1;
  }
}

/**
 * A rule and its rivals (other holders of a form, other near names of a misspelling), without
 * those of entities a confusable says the words up to `last` are not: a rival takes the place of
 * a rule left out, or none is left.
 */
function namedOnes(rule: AliasRule, rivals: readonly AliasRule[] | null, last: number, notNamed: ReadonlyMap<number, number>): { rule: AliasRule; others: AliasRule[] } | null {
  const named = (r: AliasRule) => (notNamed.get(r.entity) ?? -1) < last;
  const others = rivals ? rivals.filter(named) : [];
  if (named(rule)) return { rule, others };
  return others.length > 0 ? { rule: others[0]!, others: others.slice(1) } : null;
}

/**
 * The alias read at word `first`, whose first word's node is `node`: the longest, unless it is a
 * title that names no one in particular ("no sitting US president", "a former foreign
 * minister") or stands beside its holder's name ("Iranian Foreign Minister Abbas Araghchi",
 * "Mojtaba Khamenei, Iran's supreme leader"), where the words are read as a reader links them:
 * the country on its own, and the name with the capitalised title before it.
 */
function walkFrom(knowledge: MatchIndex, node: TrieNode, text: string, first: number, fuzzy: boolean, found: readonly Mention[], confusables: boolean): Walk | null {
  const walk = longestAt(node, text, first, fuzzy, true, confusables);
  if (walk && walk.rule.kind === 'title' && (notAHolder(text, first) || besideItsHolder(knowledge, text, walk, first, fuzzy, found))) {
    return longestAt(node, text, first, fuzzy, false, confusables);
  }
  return walk;
}

/** The longest alias that starts at word `first`, whose first word's node is `node`. */
interface Walk {
  rule: AliasRule;
  /** Every rule of the alias's words (several when capitalisation decides, or for confusables of several entities). */
  rules: readonly AliasRule[];
  /** For a form held in turn, its other holders. */
  holders: AliasRule[] | null;
  /** Its last word. */
  last: number;
  /** 1, or lower when a word of it was misspelt. */
  score: number;
}

/** The longest alias from word `first` (titles and confusables included or not), or null. */
function longestAt(node: TrieNode, text: string, first: number, fuzzy: boolean, titles: boolean, confusables = true): Walk | null {
  let best: Walk | null = null;
  let score = 1; // below 1 once a word of the path was a misspelling
  let j = first;
  for (;;) {
    if (node.rules) {
      const rule = acceptedRule(node.rules, text, first, j, titles, confusables);
      if (rule && (score === 1 || reachableByMisspelling(rule))) {
        best = { rule, rules: node.rules, holders: isTimeBound(rule) ? otherHolders(node.rules, rule, text, first, j) : null, last: j, score };
      }
    }
    if (!node.next || j + 1 >= words.count) break;
    const gap = gapBetween(text, words, j);
    if (gap === null) break;
    const key = words.key[j + 1]!;
    let next: TrieNode | undefined = node.next.get(edgeKey(gap, key));
    if (!next && fuzzy && gap === '') {
      // "Supreme Leader Khamenie": the words before vouch for a misspelt last one.
      const near = nearestChild(node.next, key);
      if (near) {
        next = near.node;
        score = Math.min(score, near.score);
      }
    }
    if (!next) break;
    node = next;
    j++;
  }
  return best;
}

/**
 * Words before a title that make it name no one in particular, or not the holder of the day:
 * "a US president", "no sitting US president", "every foreign minister", "the former/late/next
 * supreme leader".
 */
const NOT_A_HOLDER = new Set(['a', 'an', 'no', 'any', 'every', 'each', 'another', 'other', 'former', 'late', 'future', 'next', 'previous', 'past', 'ex', 'sitting', 'successive', 'earlier', 'later', 'first', 'would-be']);

/** Whether one of the two words before word `first` is one of NOT_A_HOLDER. */
function notAHolder(text: string, first: number): boolean {
  for (let k = first - 1; k >= 0 && k >= first - 2; k--) {
    if (NOT_A_HOLDER.has(text.slice(words.start[k], words.end[k]).toLowerCase())) return true;
  }
  return false;
}

/**
 * Whether a title found at word `first` stands right beside a name of one of its holders: the
 * mention just before it, or the name that starts just after it (a space or a comma between).
 */
function besideItsHolder(knowledge: MatchIndex, text: string, walk: Walk, first: number, fuzzy: boolean, found: readonly Mention[]): boolean {
  const isHolder = (entity: number) => walk.rule.entity === entity || (walk.holders?.some((h) => h.entity === entity) ?? false);
  const before = found[found.length - 1];
  if (before && before.rule.kind !== 'title' && words.start[first]! - before.end <= 2 && isHolder(before.entity)) return true;
  const next = walk.last + 1;
  if (next >= words.count || words.start[next]! - words.end[walk.last]! > 2) return false;
  const node = words.key[next] ? knowledge.root.next!.get(words.key[next]!) : undefined;
  const after = node ? longestAt(node, text, next, fuzzy, false) : null;
  if (after) return after.rule.entity >= 0 && isHolder(after.rule.entity);
  const hit = fuzzy ? fuzzyAt(knowledge, text, next) : null;
  return hit !== null && isHolder(hit.entity);
}

/** The other rules of a node that hold the same form in turn, whose capitalisation the words satisfy. */
function otherHolders(rules: readonly AliasRule[], first: AliasRule, text: string, from: number, to: number): AliasRule[] {
  const others: AliasRule[] = [];
  for (const rule of rules) {
    if (rule !== first && rule.entity >= 0 && isTimeBound(rule) && acceptedRule([rule], text, from, to)) others.push(rule);
  }
  return others;
}

/** A misspelt long name at word i: a capitalised word the fuzzy index places near a name. */
function fuzzyAt(knowledge: MatchIndex, text: string, i: number): Mention | null {
  const key = words.key[i]!;
  if (key.length < FUZZY_MIN_LENGTH) return null;
  const first = text.charCodeAt(words.start[i]!);
  if (first < 0x41 || first > 0x5a) return null;
  const hit = knowledge.fuzzy.find(key);
  if (!hit) return null;
  return {
    entity: hit.rule.entity,
    start: words.start[i]!,
    end: words.end[i]!,
    rule: hit.rule,
    how: 'fuzzy',
    ...(hit.rivals.length > 0 ? { rivals: hit.rivals } : {}),
  };
}

/** The first rule (a title only if `titles`, a confusable only if `confusables`) whose capitalisation the words first..last satisfy. */
function acceptedRule(rules: readonly AliasRule[], text: string, first: number, last: number, titles = true, confusables = true): AliasRule | null {
  for (const rule of rules) {
    if (!titles && rule.kind === 'title') continue;
    if (!confusables && rule.entity < 0) continue;
    if (!rule.exactWords) return rule;
    if (!rule.exactWords.every((exact, k) => sameCase(exact, text.slice(words.start[first + k], words.end[first + k])))) {
      continue;
    }
    if (isShoutedWord(rule, text, first, last)) continue;
    return rule;
  }
  return null;
}

/**
 * In text written all in capitals ("LET US KNOW"), a capitals-only abbreviation such as US or
 * EU cannot be told from the ordinary word, so it does not count there.
 */
function isShoutedWord(rule: AliasRule, text: string, first: number, last: number): boolean {
  if (!rule.exactWords!.every((w) => /^[A-Z]+$/.test(w))) return false;
  return isCapitalsWord(text, first - 1) || isCapitalsWord(text, last + 1);
}

function isCapitalsWord(text: string, k: number): boolean {
  if (k < 0 || k >= words.count) return false;
  const word = text.slice(words.start[k], words.end[k]);
  return word.length >= 2 && /\p{Lu}/u.test(word) && word === word.toUpperCase();
}

/** Nodes within this many children are searched for a misspelt word; larger ones are not. */
const NEAREST_CHILD_LIMIT = 64;

/** The child whose word is a plausible misspelling of `key`, with its similarity. */
function nearestChild(children: Map<string, TrieNode>, key: string): { node: TrieNode; score: number } | null {
  if (key.length < FUZZY_CONTINUATION_MIN_LENGTH || children.size > NEAREST_CHILD_LIMIT) return null;
  let best: { node: TrieNode; score: number } | null = null;
  for (const [childKey, node] of children) {
    if (!isNearMisspelling(key, childKey)) continue;
    const score = jaroWinkler(key, childKey);
    if (!best || score > best.score) best = { node, score };
  }
  return best;
}

/** A case-sensitive alias also matches in an all-capitals headline ("TRUMP", not "trump"). */
function sameCase(exact: string, written: string): boolean {
  const visible = visibleForm(written);
  if (visible === exact) return true;
  return exact !== exact.toUpperCase() && visible === exact.toUpperCase() && visible !== visible.toLowerCase();
}
