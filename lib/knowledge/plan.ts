/**
 * Compiled knowledge as plain data, so that the packs that ship inside the extension are
 * compiled once at build time (modules/bundled-plan.ts) instead of at every start of the
 * background. It then only rebuilds the trie's maps from the plan, which costs a fraction of
 * compiling: no alias is split, folded or normalised again (docs/decisions/build-time-plan.md).
 *
 * The plan holds only what compiling derives (trie, rules, fuzzy names); the entities stay in
 * the packs, and a plan names the entity ids it was made for so that it is never used with
 * other packs.
 */
import type { AliasKind, Pack } from '../../data/schema';
import type { AliasRule, TrieNode } from '../match/model';
import { emptyKnowledge, relatedSets, type Knowledge } from './compile';

export const PLAN_VERSION = 7;

type PlannedRule = [
  entity: number,
  text: string,
  kind: AliasKind,
  exactWords: string[] | null,
  ambiguous: 0 | 1,
  needsStory: 0 | 1,
  from: string | null,
  until: string | null,
];
/** Edges as pairs, not an object: an alias word may be any string, "__proto__" included. */
type PlannedNode = [edges: [key: string, node: PlannedNode][] | 0, rules: number[] | 0];

export interface KnowledgePlan {
  version: typeof PLAN_VERSION;
  entityIds: string[];
  rules: PlannedRule[];
  trie: PlannedNode;
  fuzzy: [word: string, rule: number][];
  /** The word filter's non-zero bytes, as [index, value] pairs: hashing every word again costs more. */
  filter: [index: number, byte: number][];
}

/** The plan of compiled knowledge. */
export function planKnowledge(knowledge: Knowledge): KnowledgePlan {
  const rules = knowledge.rules.map(
    (rule): PlannedRule => [rule.entity, rule.text, rule.kind, rule.exactWords, rule.ambiguous ? 1 : 0, rule.needsStory ? 1 : 0, rule.from, rule.until],
  );
  const ruleIndex = new Map<AliasRule, number>(knowledge.rules.map((rule, index) => [rule, index]));
  const indexOf = (rule: AliasRule): number => {
    const index = ruleIndex.get(rule);
    if (index === undefined) throw new Error(`the rule of "${rule.text}" is not in the knowledge's list of rules`);
    return index;
  };
  const planNode = (node: TrieNode): PlannedNode => [
    node.next ? [...node.next].map(([key, child]) => [key, planNode(child)]) : 0,
    node.rules ? node.rules.map(indexOf) : 0,
  ];
  const trie = planNode(knowledge.root);
  const fuzzy = [...knowledge.fuzzy.targets()].map(([word, rule]): [string, number] => [word, indexOf(rule)]);
  return {
    version: PLAN_VERSION,
    entityIds: knowledge.entities.map(({ entity }) => entity.id),
    rules,
    trie,
    fuzzy,
    filter: [...knowledge.wordFilter.bits].flatMap((byte, index): [number, number][] => (byte === 0 ? [] : [[index, byte]])),
  };
}

/**
 * Knowledge of `packs` rebuilt from their plan; null when the plan was made for other packs or
 * by another version (the caller then compiles).
 */
export function hydrateKnowledge(plan: KnowledgePlan, packs: readonly Pack[]): Knowledge | null {
  if (plan.version !== PLAN_VERSION) return null;
  const knowledge = emptyKnowledge(packs);
  const ids = knowledge.entities;
  if (ids.length !== plan.entityIds.length || ids.some(({ entity }, i) => entity.id !== plan.entityIds[i])) return null;
  // Plain indexed loops below, no destructuring or for-of: this runs once per start of the
  // background, so it runs in the interpreter, where those cost an iterator and a result
  // object per step.
  const rules = new Array<AliasRule>(plan.rules.length);
  for (let i = 0; i < plan.rules.length; i++) {
    const planned = plan.rules[i]!;
    rules[i] = {
      entity: planned[0],
      text: planned[1],
      kind: planned[2],
      exactWords: planned[3],
      ambiguous: planned[4] === 1,
      needsStory: planned[5] === 1,
      from: planned[6],
      until: planned[7],
    };
  }
  const build = (planned: PlannedNode): TrieNode => {
    const edges = planned[0];
    const ruleIndices = planned[1];
    let nodeRules: AliasRule[] | null = null;
    if (ruleIndices !== 0) {
      nodeRules = new Array<AliasRule>(ruleIndices.length);
      for (let i = 0; i < ruleIndices.length; i++) nodeRules[i] = rules[ruleIndices[i]!]!;
    }
    const node: TrieNode = { next: null, rules: nodeRules };
    if (edges !== 0) {
      node.next = new Map();
      for (let i = 0; i < edges.length; i++) node.next.set(edges[i]![0], build(edges[i]![1]));
    }
    return node;
  };
  knowledge.rules = rules;
  knowledge.root = build(plan.trie);
  for (let i = 0; i < plan.filter.length; i++) knowledge.wordFilter.bits[plan.filter[i]![0]] = plan.filter[i]![1];
  for (let i = 0; i < plan.fuzzy.length; i++) knowledge.fuzzy.add(plan.fuzzy[i]![0], rules[plan.fuzzy[i]![1]]!);
  knowledge.relatedTo = relatedSets(knowledge);
  return knowledge;
}
