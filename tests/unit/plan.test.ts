import { describe, expect, it } from 'vitest';
import { bundledPacks } from '../../data';
import { compileKnowledge, type Knowledge } from '../../lib/knowledge/compile';
import type { TrieNode } from '../../lib/match/model';
import { PLAN_VERSION, hydrateKnowledge, planKnowledge, type KnowledgePlan } from '../../lib/knowledge/plan';
import { findMentions } from '../../lib/knowledge/describe';
import { EVAL_CASES } from '../eval/cases';
import { entity, pack as packOf } from './pack-fixture';

const packFixture = () => packOf([entity('test-entity', [{ text: 'Testland' }])]);

const compiled = compileKnowledge(bundledPacks());
/** Through JSON, as the build hands it to the content script. */
const plan: KnowledgePlan = JSON.parse(JSON.stringify(planKnowledge(compiled)));
const hydrated = hydrateKnowledge(plan, bundledPacks())!;

/** The trie as comparable data: every path with the rules that end there. */
function paths(node: TrieNode, prefix = ''): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (node.rules) out[prefix] = node.rules;
  for (const [key, child] of node.next ?? []) Object.assign(out, paths(child, `${prefix}/${key}`));
  return out;
}

function everyMention(knowledge: Knowledge): string[] {
  return EVAL_CASES.flatMap((c) =>
    findMentions(knowledge, c.passages).flatMap((list, i) =>
      list.map((m) => `${m.entity}|${m.how}|${m.alias}|${c.passages[i]!.slice(m.start, m.end)}`),
    ),
  );
}

describe('knowledge plan', () => {
  it('rebuilds the same trie, rules and filters as compiling', () => {
    expect(hydrated).not.toBeNull();
    expect(paths(hydrated.root)).toEqual(paths(compiled.root));
    expect([...hydrated.fuzzy.targets()]).toEqual([...compiled.fuzzy.targets()]);
    expect(Buffer.from(hydrated.wordFilter.bits).equals(Buffer.from(compiled.wordFilter.bits))).toBe(true);
    expect(hydrated.relatedTo).toEqual(compiled.relatedTo);
    expect([...hydrated.byId]).toEqual([...compiled.byId]);
    expect(hydrated.rules).toEqual(compiled.rules);
  });

  it('finds exactly what compiled knowledge finds on every evaluation case', () => {
    const expected = everyMention(compiled);
    expect(expected.length).toBeGreaterThan(300);
    expect(everyMention(hydrated)).toEqual(expected);
  });

  it('keeps rules shared between paths shared', () => {
    // "twelve-day war" and "twelve day war" end in one rule: a mention's rule is the alias.
    const rules = new Set<unknown>();
    const collect = (node: TrieNode) => {
      node.rules?.forEach((r) => rules.add(r));
      node.next?.forEach(collect);
    };
    collect(hydrated.root);
    collect(compiled.root);
    expect(rules.size).toBeGreaterThan(0);
    expect(plan.rules.length).toBeLessThan(
      [...Object.values(paths(compiled.root))].reduce((n: number, list) => n + (list as unknown[]).length, 0),
    );
  });

  it('is refused for other packs or another version', () => {
    const other = packFixture();
    expect(hydrateKnowledge(plan, [other])).toBeNull();
    expect(hydrateKnowledge(plan, [...bundledPacks(), other])).toBeNull();
    expect(hydrateKnowledge({ ...plan, version: (PLAN_VERSION + 1) as typeof PLAN_VERSION }, bundledPacks())).toBeNull();
  });

  it('survives alias words that are special as object keys', () => {
    const pack = packFixture();
    pack.entities[0]!.aliases.push({ text: '__proto__ constructor' });
    const knowledge = compileKnowledge([pack]);
    const again = hydrateKnowledge(JSON.parse(JSON.stringify(planKnowledge(knowledge))), [pack])!;
    expect(findMentions(again, ['the __proto__ constructor'])[0]!.map((m) => m.alias)).toEqual(['__proto__ constructor']);
  });
});
