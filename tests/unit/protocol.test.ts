import { describe, expect, it } from 'vitest';
import { compileKnowledge } from '../../lib/knowledge/compile';
import { describe as describeFound } from '../../lib/knowledge/describe';
import { findCandidatesInTexts } from '../../lib/match/matcher';
import { parseCardAnswer, parseMatchAnswer } from '../../protocol/from-background';
import { EMPTY_STATS, MAX_FRAMES, REPORT_LIMITS, parseFrameReports, parseReport, recordFrame, summarize, tabReport, withoutLists, type Report } from '../../protocol/reports';
import { parseToBackground } from '../../protocol/to-background';
import { mergeDiagnostics, parseFrameDiagnostics, parseToPage } from '../../protocol/to-page';
import { entity, pack } from './pack-fixture';

const reply = (ids: string[], site: string | null, done = true): Report => ({
  mentions: ids.map((entityId) => ({ entityId, text: entityId, how: 'name' })),
  counts: ids.reduce<Record<string, number>>((counts, id) => ({ ...counts, [id]: (counts[id] ?? 0) + 1 }), {}),
  stats: { ...EMPTY_STATS, mentions: ids.length, passages: 1, done },
  site,
  active: true,
  published: null,
});

describe('messages', () => {
  it('accepts our messages, each in its direction, and refuses anything else', () => {
    expect(parseToBackground({ type: 'backstory:get-tab-mentions', tabId: 3 })).toEqual({ type: 'backstory:get-tab-mentions', tabId: 3 });
    expect(parseToPage({ type: 'backstory:step-mention', direction: 'next' })).not.toBeNull();
    expect(parseToBackground({ type: 'backstory:step-mention', direction: 'next' })).toBeNull();
    expect(parseToPage({ type: 'backstory:get-tab-mentions', tabId: 3 })).toBeNull();
    expect(parseToPage({ type: 'backstory:step-mention', direction: 'sideways' })).toBeNull();
    expect(parseToBackground({ type: 'backstory:get-tab-mentions', tabId: '3' })).toBeNull();
    expect(parseToBackground({ type: 'backstory:check-tab-frames', tabId: 3 })).toEqual({ type: 'backstory:check-tab-frames', tabId: 3 });
    expect(parseToBackground({ type: 'backstory:describe-entity', entityId: 'x'.repeat(257) })).toBeNull();
    expect(parseToBackground({ type: 'something-else' })).toBeNull();
    expect(parseToPage('backstory:get-mentions')).toBeNull();
    expect(parseToBackground(null)).toBeNull();
  });
});

describe('the background’s answers', () => {
  const knowledge = compileKnowledge([pack([entity('iran', [{ text: 'Iran' }]), entity('rubio', [{ text: 'Rubio', ambiguous: true }])])]);
  const texts = ['Rubio and Iran.', 'Nothing.'];
  const described = describeFound(knowledge, findCandidatesInTexts(knowledge, texts));

  it('describes each candidate by entity id, with the facts of every entity named', () => {
    expect(described.candidates[0]!.map((c) => [c.entity, c.alias, c.ambiguous])).toEqual([
      ['rubio', 'Rubio', true],
      ['iran', 'Iran', false],
    ]);
    expect(Object.keys(described.facts).sort()).toEqual(['iran', 'rubio']);
    expect(described.facts.rubio).toMatchObject({ type: expect.any(String), stories: [expect.any(String)] });
  });

  it('reads a well-formed match answer, and refuses one that is not', () => {
    const answer = { found: described.candidates, facts: described.facts, busyMs: 1 };
    expect(parseMatchAnswer(JSON.parse(JSON.stringify(answer)))).toEqual(answer);
    expect(parseMatchAnswer({ ...answer, found: [[{ ...described.candidates[0]![0]!, how: 'guess' }]] })).toBeNull();
    expect(parseMatchAnswer({ ...answer, facts: { iran: { type: 'country' } } })).toBeNull();
    expect(parseMatchAnswer(undefined)).toBeNull();
  });

  it('reads a card answer only when it has the shape of one', () => {
    expect(parseCardAnswer({ parts: [] })).toEqual({ parts: [] });
    expect(parseCardAnswer({ parts: [{ entity: { id: 'iran' }, pack: {} }] })).toBeNull();
    expect(parseCardAnswer('<b>')).toBeNull();
  });

  it('merges frames’ diagnostics: times summed, the longest task the longest', () => {
    const frame = { scanMs: 2, longestTaskMs: 3, backgroundMs: 1, backgroundPassages: 4, markerFrames: 1 };
    expect(mergeDiagnostics([frame, { ...frame, longestTaskMs: 5 }])).toEqual({ scanMs: 4, longestTaskMs: 5, backgroundMs: 2, backgroundPassages: 8, markerFrames: 2 });
    expect(parseFrameDiagnostics({ scanMs: 'fast' })).toBeNull();
  });
});

describe('per-tab reports', () => {
  it('gathers a tab’s frames, top frame first, and counts distinct entities', () => {
    let frames = recordFrame({}, 12, reply(['jcpoa', 'iran'], 'news.test', false));
    frames = recordFrame(frames, 0, reply(['iran'], 'news.test'));
    const merged = tabReport(frames);
    expect(merged.mentions.map((m) => m.entityId)).toEqual(['iran', 'jcpoa', 'iran']);
    expect(merged.stats.mentions).toBe(3);
    expect(merged.stats.done).toBe(false);
    expect(merged.site).toBe('news.test');
    expect(merged.stats.entities).toBe(2);
  });

  it('answers for a tab with no report with nothing', () => {
    expect(tabReport({})).toMatchObject({ mentions: [], site: null, active: false });
  });

  it('refuses a report past its bounds: more mentions listed, or longer words, than a frame sends', () => {
    const good = reply(['iran'], 'a.test');
    expect(parseReport(good)).not.toBeNull();
    const many = { ...good, mentions: Array.from({ length: REPORT_LIMITS.listed + 1 }, () => good.mentions[0]) };
    expect(parseReport(many)).toBeNull();
    expect(parseReport({ ...good, mentions: [{ entityId: 'iran', text: 'x'.repeat(REPORT_LIMITS.text + 1), how: 'name' }] })).toBeNull();
    expect(parseReport({ ...good, site: 'x'.repeat(REPORT_LIMITS.word + 1) })).toBeNull();
  });

  it('makes a frame’s report within its bounds however many names the page holds', () => {
    const shown = Array.from({ length: 3 * REPORT_LIMITS.entities }, (_, i) => ({ entityId: `e${i % (REPORT_LIMITS.entities + 500)}`, text: 'x'.repeat(300), how: 'name' }));
    const { mentions, counts, entities } = summarize(shown, (m) => m);
    expect(entities).toBe(REPORT_LIMITS.entities + 500);
    expect(Object.keys(counts)).toHaveLength(REPORT_LIMITS.entities);
    expect(counts.e0).toBe(3);
    expect(mentions).toHaveLength(REPORT_LIMITS.listed);
    const report = { ...reply([], 'a.test'), mentions, counts };
    expect(parseReport(report)).not.toBeNull();
  });

  it('reads stored reports back, leaving out whatever is not a report', () => {
    const good = reply(['iran'], 'a.test');
    expect(parseFrameReports({ 0: good, 3: { mentions: 'x' }, top: good })).toEqual({ 0: good });
    expect(parseFrameReports('corrupt')).toEqual({});
    expect(parseFrameReports(undefined)).toEqual({});
  });
});

describe('a tab with many frames', () => {
  it('keeps at most MAX_FRAMES reports, forgetting first the frames that found nothing', () => {
    let frames = recordFrame({}, 0, reply(['iran'], 'a.test'));
    for (let id = 1; id <= MAX_FRAMES + 10; id++) frames = recordFrame(frames, id, reply(id % 2 ? [] : ['jcpoa'], 'a.test'));
    expect(Object.keys(frames)).toHaveLength(MAX_FRAMES);
    expect(frames[0]).toBeDefined();
    expect(Object.values(frames).filter((r) => r.mentions.length === 0)).toHaveLength(MAX_FRAMES - 1 - (MAX_FRAMES + 10) / 2);
  });

  it('can drop the listed mentions and keep the counts, for a full store', () => {
    const lean = withoutLists({ 0: reply(['iran', 'iran'], 'a.test') });
    expect(lean[0]!.mentions).toEqual([]);
    expect(tabReport(lean).stats.mentions).toBe(2);
  });
});

describe('a batch to match', () => {
  it('is refused past a quarter of a million characters, which no page’s batch comes near', () => {
    const batch = (text: string) => ({ type: 'backstory:match-texts', text, lengths: [text.length], fuzzy: true });
    expect(parseToBackground(batch('Iran '.repeat(13_000)))).not.toBeNull();
    expect(parseToBackground(batch('Iran '.repeat(53_000)))).toBeNull();
    expect(parseToBackground({ ...batch('Iran'), lengths: [3] })).toBeNull();
  });
});
