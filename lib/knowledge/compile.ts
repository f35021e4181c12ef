/**
 * Turns validated packs into the form the matcher reads: a trie over folded words, where each
 * path spells an alias and each terminal says which entity it names and under what rules.
 * Compiling is done once per context; matching then costs one map lookup per word of text,
 * whatever the size of the knowledge.
 */
import type { Entity, Pack } from '../../data/schema';
import { FUZZY_MIN_LENGTH, FuzzyIndex } from '../match/fuzzy';
import type { AliasRule, MatchIndex } from '../match/model';
import {
  addToFilter,
  aliasKey,
  createWordFilter,
  edgeKey,
  gapBetween,
  splitWords,
  visibleForm,
  type Words,
} from '../match/normalize';

interface KnownEntity {
  /** The entity as its first pack writes it. */
  entity: Entity;
  pack: Pack;
  /**
   * Every story the entity is part of, in pack order, the first included. Packs that use the
   * same id name the same entity (the validator sees to it), which is matched once and whose
   * card shows its part in each story.
   */
  parts: { entity: Entity; pack: Pack }[];
  /** The stories a page is about when it names this entity for sure (see the story's `anchors`). */
  anchorIn: Pack[];
}

export interface Knowledge extends MatchIndex {
  packs: Pack[];
  entities: KnownEntity[];
  byId: Map<string, number>;
  /** For each entity, the entities related to it in either direction. */
  relatedTo: Set<number>[];
  /** Every alias rule, in the order compiling made them (the build's plan keeps them so: lib/knowledge/plan.ts). */
  rules: AliasRule[];
}

/** Knowledge of `packs` with their entities listed (an id that several packs use, once) and nothing to match yet. */
export function emptyKnowledge(packs: readonly Pack[]): Knowledge {
  const knowledge: Knowledge = {
    packs: [...packs],
    entities: [],
    byId: new Map(),
    relatedTo: [],
    root: { next: null, rules: null },
    fuzzy: new FuzzyIndex(),
    wordFilter: createWordFilter(FUZZY_MIN_LENGTH),
    rules: [],
  };
  for (const pack of packs) {
    // A pack that names no anchors is about all of its entities, as packs were before anchors.
    const anchors = pack.story.anchors ? new Set(pack.story.anchors) : null;
    for (const entity of pack.entities) {
      const index = knowledge.byId.get(entity.id);
      let known: KnownEntity;
      if (index === undefined) {
        knowledge.byId.set(entity.id, knowledge.entities.length);
        known = { entity, pack, parts: [{ entity, pack }], anchorIn: [] };
        knowledge.entities.push(known);
      } else {
        known = knowledge.entities[index]!;
        known.parts.push({ entity, pack });
      }
      if (!anchors || anchors.has(entity.id)) known.anchorIn.push(pack);
    }
  }
  return knowledge;
}

export function compileKnowledge(packs: readonly Pack[]): Knowledge {
  const knowledge = emptyKnowledge(packs);
  for (let index = 0; index < knowledge.entities.length; index++) addEntity(knowledge, index);
  knowledge.relatedTo = relatedSets(knowledge);
  return knowledge;
}

/** Adds the aliases and confusables of the entity at `index`, from every story it is part of. */
function addEntity(knowledge: Knowledge, index: number): void {
  for (const rule of entityRules(knowledge, index)) {
    knowledge.rules.push(rule);
    addAlias(knowledge, rule.text, rule);
  }
}

/** The rules of the aliases and confusables of the entity at `index`, each form once. */
function entityRules(knowledge: Knowledge, index: number): AliasRule[] {
  const { parts } = knowledge.entities[index]!;
  const rules: AliasRule[] = [];
  // An entity shared by several stories gets each form once, whichever stories list it.
  const seen = parts.length > 1 ? new Set<string>() : null;
  for (const { entity } of parts) {
    for (const alias of entity.aliases) {
      if (seen) {
        const key = `${aliasKey(alias.text)}|${alias.from ?? ''}|${alias.until ?? ''}`;
        if (seen.has(key)) continue;
        seen.add(key);
      }
      const needsStory = alias.needsStory ?? false;
      rules.push({
        entity: index,
        text: alias.text,
        kind: alias.kind ?? 'name',
        exactWords: alias.caseSensitive ? exactWordsOf(alias.text) : null,
        ambiguous: needsStory || (alias.ambiguous ?? false),
        needsStory,
        from: alias.from ?? null,
        until: alias.until ?? null,
      });
    }
    for (const confusable of entity.confusables ?? []) rules.push(confusableRule(confusable, index));
  }
  return rules;
}

/** Words that are not the entity at `index`, and name nobody. */
function confusableRule(text: string, index: number): AliasRule {
  return { entity: -1 - index, text, kind: 'name', exactWords: null, ambiguous: false, needsStory: false, from: null, until: null };
}

/**
 * For each entity, the entities related to it in either direction: relations are read both
 * ways, so Rubio related to Iran makes Iran related to Rubio.
 */
export function relatedSets({ entities, byId }: Pick<Knowledge, 'entities' | 'byId'>): Set<number>[] {
  const related = entities.map(() => new Set<number>());
  entities.forEach(({ parts }, index) => {
    for (const { entity } of parts) {
      for (const id of entity.related) {
        const other = byId.get(id);
        if (other === undefined || other === index) continue;
        related[index]!.add(other);
        related[other]!.add(index);
      }
    }
  });
  return related;
}

const ZWNJ = '\u200c';

function addAlias(knowledge: Knowledge, text: string, rule: AliasRule): void {
  const variants = new Set([text]);
  // Persian writers join a word's parts with a zero-width non-joiner, or with a space, or with
  // nothing: "خامنه‌ای", "خامنه ای", "خامنهای". The word split ignores the joiner, which
  // covers the first and last; the spaced form is a path of its own.
  if (text.includes(ZWNJ)) variants.add(text.replaceAll(ZWNJ, ' '));
  // A hyphen between words is often a space in other hands: "twelve-day war", "twelve day war".
  for (const variant of [...variants]) {
    if (/\S[-\u2010\u2011]\S/.test(variant)) variants.add(variant.replace(/(\S)[-\u2010\u2011](?=\S)/g, '$1 '));
  }
  for (const variant of variants) addPath(knowledge, variant, rule);
}

function addPath(knowledge: Knowledge, text: string, rule: AliasRule): void {
  const normalized = text.normalize('NFC');
  const words = splitWords(normalized);
  if (words.count === 0) return;
  if (words.count === 1 && !words.possessive[0]) knowledge.fuzzy.add(words.key[0]!, rule);
  let node = knowledge.root;
  for (let i = 0; i < words.count; i++) {
    node.next ??= new Map();
    const gap = i === 0 ? '' : gapBetween(normalized, words, i - 1);
    if (gap === null) return; // not a name the matcher could ever join; the validator says so
    addToFilter(knowledge.wordFilter, words.key[i]!);
    const key = edgeKey(gap, words.key[i]!);
    let child = node.next.get(key);
    if (!child) {
      child = { next: null, rules: null };
      node.next.set(key, child);
    }
    node = child;
  }
  // A real alias of some entity always wins over another entity's confusable with the same words.
  if (rule.entity < 0 && node.rules?.some((r) => r.entity >= 0)) return;
  if (rule.entity >= 0 && node.rules) node.rules = node.rules.filter((r) => r.entity >= 0);
  (node.rules ??= []).push(rule);
}

function exactWordsOf(text: string): string[] {
  const normalized = text.normalize('NFC');
  const words: Words = splitWords(normalized);
  const out: string[] = [];
  for (let i = 0; i < words.count; i++) out.push(visibleForm(normalized.slice(words.start[i], words.end[i])));
  return out;
}
