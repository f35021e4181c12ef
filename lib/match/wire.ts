/**
 * Texts and mentions as plain data, to cross from one context to another (the background
 * matches a page's text; the page's content script marks it). Texts go as one string and the
 * length of each: one value to serialise and to check. A mention's rule is sent as its index in
 * `Knowledge.rules`, which the same packs order the same way in every context; the receiver
 * reads the mention back against its own knowledge and refuses anything that does not fit it.
 */
import type { AliasRule, Knowledge } from '../knowledge/compile';
import type { MatchHow, Mention } from './matcher';

/** Texts one after another, and the length of each. */
export interface PackedTexts {
  text: string;
  lengths: number[];
}

export function packTexts(texts: readonly string[]): PackedTexts {
  return { text: texts.join(''), lengths: texts.map((text) => text.length) };
}

/** The texts of `packed`; its lengths must add up to its text's (lib/messages.ts checks). */
export function unpackTexts({ text, lengths }: PackedTexts): string[] {
  const texts: string[] = [];
  let at = 0;
  for (const length of lengths) texts.push(text.slice(at, (at += length)));
  return texts;
}

/** [start, end, rule index, how, score, rivals' rule indices (empty when none)]. */
export type WireMention = [start: number, end: number, rule: number, how: MatchHow, score: number, rivals: number[]];

const ruleIndices = new WeakMap<Knowledge, Map<AliasRule, number>>();

/** Each rule's index in knowledge.rules, made once per knowledge. */
function indexOfRule(knowledge: Knowledge): Map<AliasRule, number> {
  let index = ruleIndices.get(knowledge);
  if (!index) {
    index = new Map(knowledge.rules.map((rule, i) => [rule, i]));
    ruleIndices.set(knowledge, index);
  }
  return index;
}

export function encodeMentions(knowledge: Knowledge, found: readonly (readonly Mention[])[]): WireMention[][] {
  const index = indexOfRule(knowledge);
  const ruleOf = (rule: AliasRule): number => {
    const i = index.get(rule);
    if (i === undefined) throw new Error(`the rule of "${rule.text}" is not in the knowledge's list of rules`);
    return i;
  };
  return found.map((list) =>
    list.map((m): WireMention => [m.start, m.end, ruleOf(m.rule), m.how, m.score, m.rivals ? m.rivals.map(ruleOf) : []]),
  );
}

/**
 * The mentions of `wire` against `knowledge`, for texts of the given lengths; null if any of
 * them does not fit (a rule the knowledge lacks, a mention outside its text, or a list per
 * text that is not there): the sender's knowledge is not the receiver's.
 */
export function decodeMentions(knowledge: Knowledge, wire: readonly (readonly WireMention[])[], lengths: readonly number[]): Mention[][] | null {
  if (wire.length !== lengths.length) return null;
  const rules = knowledge.rules;
  const out: Mention[][] = [];
  for (let t = 0; t < wire.length; t++) {
    const list: Mention[] = [];
    for (const [start, end, ruleIndex, how, score, rivals] of wire[t]!) {
      const rule = rules[ruleIndex];
      if (!rule || rule.entity < 0 || !(start >= 0 && start < end && end <= lengths[t]!)) return null;
      const mention: Mention = { entity: rule.entity, start, end, rule, how, score };
      if (rivals.length > 0) {
        const rivalRules = rivals.map((i) => rules[i]);
        if (rivalRules.some((r) => !r || r.entity < 0)) return null;
        mention.rivals = rivalRules as AliasRule[];
      }
      list.push(mention);
    }
    out.push(list);
  }
  return out;
}
