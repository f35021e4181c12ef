import { describe, expect, it } from 'vitest';
import { EMPTY_STATS, parseMessage, type MentionsReply } from '../../lib/messages';
import { distinctEntities, parseFrameReports, recordFrame, tabReply } from '../../lib/tab-mentions';

const reply = (ids: string[], site: string | null, done = true): MentionsReply => ({
  mentions: ids.map((entityId) => ({ entityId, text: entityId, how: 'name' })),
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

  it('reads stored reports back, leaving out whatever is not a report', () => {
    const good = reply(['iran'], 'a.test');
    expect(parseFrameReports({ 0: good, 3: { mentions: 'x' }, top: good })).toEqual({ 0: good });
    expect(parseFrameReports('corrupt')).toEqual({});
    expect(parseFrameReports(undefined)).toEqual({});
  });
});
