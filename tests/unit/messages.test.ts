import { describe, expect, it } from 'vitest';
import { EMPTY_STATS, REPORT_LIMITS, parseMentionsReply, parseMessage, type MentionsReply } from '../../lib/messages';
import { MAX_FRAMES, distinctEntities, parseFrameReports, recordFrame, tabReply, withoutLists } from '../../lib/tab-mentions';

const reply = (ids: string[], site: string | null, done = true): MentionsReply => ({
  mentions: ids.map((entityId) => ({ entityId, text: entityId, how: 'name' })),
  counts: ids.reduce<Record<string, number>>((counts, id) => ({ ...counts, [id]: (counts[id] ?? 0) + 1 }), {}),
  stats: { ...EMPTY_STATS, mentions: ids.length, passages: 1, done },
  site,
  active: true,
  published: null,
});

describe('messages', () => {
  it('accepts our messages and refuses anything else', () => {
    expect(parseMessage({ type: 'backstory:get-tab-mentions', tabId: 3 })).toEqual({ type: 'backstory:get-tab-mentions', tabId: 3 });
    expect(parseMessage({ type: 'backstory:step-mention', direction: 'next' })).not.toBeNull();
    expect(parseMessage({ type: 'backstory:step-mention', direction: 'sideways' })).toBeNull();
    expect(parseMessage({ type: 'backstory:get-tab-mentions', tabId: '3' })).toBeNull();
    expect(parseMessage({ type: 'something-else' })).toBeNull();
    expect(parseMessage('backstory:get-mentions')).toBeNull();
    expect(parseMessage(null)).toBeNull();
  });
});

describe('per-tab reports', () => {
  it('gathers a tab’s frames, top frame first, and counts distinct entities', () => {
    let frames = recordFrame({}, 12, reply(['jcpoa', 'iran'], 'news.test', false));
    frames = recordFrame(frames, 0, reply(['iran'], 'news.test'));
    const merged = tabReply(frames);
    expect(merged.mentions.map((m) => m.entityId)).toEqual(['iran', 'jcpoa', 'iran']);
    expect(merged.stats.mentions).toBe(3);
    expect(merged.stats.done).toBe(false);
    expect(merged.site).toBe('news.test');
    expect(distinctEntities(merged)).toBe(2);
  });

  it('answers for a tab with no report with nothing', () => {
    expect(tabReply({})).toMatchObject({ mentions: [], site: null, active: false });
  });

  it('refuses a report past its bounds: more mentions listed, or longer words, than a frame sends', () => {
    const good = reply(['iran'], 'a.test');
    expect(parseMentionsReply(good)).not.toBeNull();
    const many = { ...good, mentions: Array.from({ length: REPORT_LIMITS.listed + 1 }, () => good.mentions[0]) };
    expect(parseMentionsReply(many)).toBeNull();
    expect(parseMentionsReply({ ...good, mentions: [{ entityId: 'iran', text: 'x'.repeat(REPORT_LIMITS.text + 1), how: 'name' }] })).toBeNull();
    expect(parseMentionsReply({ ...good, site: 'x'.repeat(REPORT_LIMITS.word + 1) })).toBeNull();
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
    expect(tabReply(lean).stats.mentions).toBe(2);
  });
});

describe('a batch to match', () => {
  it('is refused past a quarter of a million characters, which no page’s batch comes near', () => {
    const batch = (text: string) => ({ type: 'backstory:match-texts', knowledge: 'bundled', text, lengths: [text.length], fuzzy: true, onePassage: false });
    expect(parseMessage(batch('Iran '.repeat(13_000)))).not.toBeNull();
    expect(parseMessage(batch('Iran '.repeat(53_000)))).toBeNull();
  });
});
