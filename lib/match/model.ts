/**
 * What the matcher reads, made from packs by lib/knowledge/compile.ts: a trie over folded
 * words, where each path spells an alias and each terminal says which entity it names and under
 * what rules, beside the misspelling index and the filter of alias words.
 */
import type { AliasKind } from '../../data/vocabulary';
import type { FuzzyIndex } from './fuzzy';
import type { WordFilter } from './normalize';

export interface AliasRule {
  /**
   * Index into Knowledge.entities; for a confusable, which names nobody, -1 minus the index of
   * the entity it is not ("Ricky Rubio" is not Marco Rubio): see `confusableOf`.
   */
  entity: number;
  /** The alias as the pack writes it, for "matched 'Khamene'i'". */
  text: string;
  kind: AliasKind;
  /** Visible forms of the alias's words; set when only this capitalisation counts. */
  exactWords: string[] | null;
  ambiguous: boolean;
  /** Counts only on a page about the entity's story, and vouches for no neighbour (implies ambiguous). */
  needsStory: boolean;
  /** The first and last day the form names the entity (YYYY-MM-DD), or null when it always does. */
  from: string | null;
  until: string | null;
}

/** The entity a confusable rule says its words are not, or -1 when the rule names an entity. */
export function confusableOf(rule: AliasRule): number {
  return rule.entity < 0 ? -1 - rule.entity : -1;
}

/** Whether a form names its entity only for a while, so that the page's date has a say. */
export function isTimeBound(rule: AliasRule): boolean {
  return rule.from !== null || rule.until !== null;
}

export interface TrieNode {
  next: Map<string, TrieNode> | null;
  /** Rules of the aliases that end here; more than one only when capitalisation decides. */
  rules: AliasRule[] | null;
}

/** What the matcher needs of the knowledge. */
export interface MatchIndex {
  root: TrieNode;
  /** Long single-word names, for catching misspellings (./fuzzy.ts). */
  fuzzy: FuzzyIndex;
  /** Every alias word, so the matcher can skip building keys for the others. */
  wordFilter: WordFilter;
}
