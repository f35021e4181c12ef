import { describe, expect, it } from 'vitest';
import { bundledPacks } from '../../data';
import { compileKnowledge } from '../../lib/knowledge/compile';
import { hydrateKnowledge, planKnowledge } from '../../lib/knowledge/plan';
import { knowledgeKey, storedPack } from '../../lib/knowledge/stored-pack';
import { findCandidatesInTexts } from '../../lib/match/matcher';
import { decodeMentions, encodeMentions, packTexts, unpackTexts, type WireMention } from '../../lib/match/wire';
import { parseMatchTextsReply, parseMessage } from '../../lib/messages';
import { EVAL_CASES } from '../eval/cases';
import { entity, pack } from './pack-fixture';

// The background compiles or hydrates its own knowledge; the page's content script its own.
const sender = compileKnowledge(bundledPacks());
const receiver = hydrateKnowledge(JSON.parse(JSON.stringify(planKnowledge(sender))), bundledPacks())!;

/** Through JSON, as extension messages carry it. */
const carried = (wire: WireMention[][]): WireMention[][] => JSON.parse(JSON.stringify(wire));

describe('mentions sent between contexts', () => {
  it('read back as the receiver would find them itself, on every evaluation case', () => {
    let count = 0;
    for (const c of EVAL_CASES) {
      const texts = c.passages;
      const wire = carried(encodeMentions(sender, findCandidatesInTexts(sender, texts)));
      const read = decodeMentions(
        receiver,
        wire,
        texts.map((t) => t.length),
      );
      const own = findCandidatesInTexts(receiver, texts);
      expect(read).toEqual(own);
      // The same rule objects as the receiver's, not copies: ambiguity and cards compare them.
      read!.flat().forEach((m, i) => expect(m.rule).toBe(own.flat()[i]!.rule));
      count += own.flat().length;
    }
    expect(count).toBeGreaterThan(300);
  });

  it('keep a misspelling’s rivals', () => {
    const knowledge = compileKnowledge([pack([entity('harrington', [{ text: 'Harrington' }]), entity('herrington', [{ text: 'Herrington' }])])]);
    const found = findCandidatesInTexts(knowledge, ['Then Hirrington spoke.']);
    expect(found[0]![0]!.rivals).toHaveLength(1);
    expect(decodeMentions(knowledge, carried(encodeMentions(knowledge, found)), [22])).toEqual(found);
  });

  it('are refused when they do not fit the receiver’s knowledge', () => {
    const texts = ['Khamenei met Rubio in Oman.'];
    const wire = carried(encodeMentions(sender, findCandidatesInTexts(sender, texts)));
    const lengths = [texts[0]!.length];
    expect(decodeMentions(receiver, wire, lengths)).not.toBeNull();
    const withMention = (change: (m: WireMention) => WireMention) => [wire[0]!.map((m, i) => (i === 0 ? change(m) : m))];
    expect(decodeMentions(receiver, withMention((m) => [m[0], m[1], receiver.rules.length, m[3], m[4], m[5]]), lengths)).toBeNull();
    expect(decodeMentions(receiver, withMention((m) => [m[0], lengths[0]! + 1, m[2], m[3], m[4], m[5]]), lengths)).toBeNull();
    expect(decodeMentions(receiver, withMention((m) => [m[1], m[0], m[2], m[3], m[4], m[5]]), lengths)).toBeNull();
    const confusable = receiver.rules.findIndex((r) => r.entity === -1);
    expect(confusable).toBeGreaterThan(-1);
    expect(decodeMentions(receiver, withMention((m) => [m[0], m[1], confusable, m[3], m[4], m[5]]), lengths)).toBeNull();
    expect(decodeMentions(receiver, withMention((m) => [m[0], m[1], m[2], m[3], m[4], [receiver.rules.length]]), lengths)).toBeNull();
    expect(decodeMentions(receiver, wire, [...lengths, 4])).toBeNull();
    // A knowledge made from other packs has other rules: the indices do not fit it.
    const other = compileKnowledge([pack([entity('x', [{ text: 'Xland' }])])]);
    expect(decodeMentions(other, wire, lengths)).toBeNull();
  });

  it('go with their texts packed into one string and read back as they were', () => {
    const texts = ['Khamenei met Rubio.', '', 'خامنه‌ای', 'Iran\u0000Oman', '👋 Oman'];
    const packed = JSON.parse(JSON.stringify(packTexts(texts)));
    expect(packed.lengths).toHaveLength(texts.length);
    expect(unpackTexts(packed)).toEqual(texts);
  });

  it('travel in messages that are checked on both ends', () => {
    const texts = ['Khamenei met Rubio.'];
    const message = { type: 'backstory:match-texts', knowledge: 'k', ...packTexts(texts), fuzzy: true, onePassage: false };
    expect(parseMessage(message)).toEqual(message);
    // A batch that does not say whether it is one passage's windows is not one.
    const { onePassage: _onePassage, ...unsaid } = message;
    expect(parseMessage(unsaid)).toBeNull();
    expect(parseMessage({ ...message, lengths: [3] })).toBeNull();
    expect(parseMessage({ ...message, lengths: [-1, texts[0]!.length + 1] })).toBeNull();
    expect(parseMessage({ ...message, text: 3 })).toBeNull();
    const found = carried(encodeMentions(sender, findCandidatesInTexts(sender, texts)));
    expect(parseMatchTextsReply({ status: 'matched', found, standing: true, busyMs: 1 })).toEqual({ status: 'matched', found, standing: true, busyMs: 1 });
    // An answer that does not say whether a candidate stands is not one.
    expect(parseMatchTextsReply({ status: 'matched', found, busyMs: 1 })).toBeNull();
    expect(parseMatchTextsReply({ status: 'other-knowledge' })).not.toBeNull();
    expect(parseMatchTextsReply({ status: 'matched', found: [[[0, 4, 1, 'guess', 1, []]]], standing: true, busyMs: 1 })).toBeNull();
    expect(parseMatchTextsReply({ status: 'matched', found: [[[-1, 4, 1, 'name', 1, []]]], standing: true, busyMs: 1 })).toBeNull();
    expect(parseMatchTextsReply(undefined)).toBeNull();
  });
});

describe('the key of the packs knowledge is made from', () => {
  const a = pack([entity('a', [{ text: 'Aland' }])], { id: 'a' });
  const b = pack([entity('b', [{ text: 'Bland' }])], { id: 'b' });
  const record = (p: typeof a, at: string) => storedPack(p, new Date(at));

  it('is the same for the same records, whatever order storage lists them in', () => {
    const one = new Map<string, unknown>([['a', record(a, '2026-01-01')], ['b', record(b, '2026-01-02')]]);
    const two = new Map<string, unknown>([['b', record(b, '2026-01-02')], ['a', record(a, '2026-01-01')]]);
    expect(knowledgeKey(one)).toBe(knowledgeKey(two));
  });

  it('changes when a pack is installed, installed again, removed or damaged', () => {
    const base = new Map<string, unknown>([['a', record(a, '2026-01-01')]]);
    const keys = [
      knowledgeKey(new Map()),
      knowledgeKey(base),
      knowledgeKey(new Map([...base, ['b', record(b, '2026-01-02')]])),
      knowledgeKey(new Map([['a', record(a, '2026-01-03')]])),
      knowledgeKey(new Map([['a', { ...record(a, '2026-01-01'), json: '{' }]])),
      knowledgeKey(new Map([['a', 'not a record']])),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });
});

