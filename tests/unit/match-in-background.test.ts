import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { matchInBackground } from '../../entrypoints/content/match-in-background';
import { compileKnowledge } from '../../lib/knowledge/compile';
import { describeTexts } from '../../lib/knowledge/describe';
import { parseToBackground } from '../../protocol/to-background';
import { entity, pack } from './pack-fixture';

const knowledge = compileKnowledge([
  pack([entity('iran', [{ text: 'Iran' }]), entity('oman', [{ text: 'Oman' }]), entity('rubio', [{ text: 'Rubio', ambiguous: true }])]),
]);
const texts = ['Talks in Oman.', 'Iran said no.'];

/** The background as it answers: the message checked, the texts split, matched and described. */
function background(raw: unknown) {
  const message = parseToBackground(raw);
  if (message?.type !== 'backstory:match-texts') throw new Error('not a match-texts message');
  const split: string[] = [];
  let at = 0;
  for (const length of message.lengths) split.push(message.text.slice(at, (at += length)));
  const { candidates, facts } = describeTexts(knowledge, split, { fuzzy: message.fuzzy });
  return JSON.parse(JSON.stringify({ found: candidates, facts, busyMs: 3 })) as unknown;
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('matching in the background, from the content script', () => {
  it('sends a well-formed message and reads the answer back: candidates by entity id, with their facts', async () => {
    const send = vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async (raw: unknown) => background(raw));
    const before = performance.now();
    const matched = await matchInBackground()([...texts, 'Rubio spoke.'], { fuzzy: false });
    const after = performance.now();
    expect(send).toHaveBeenCalledTimes(1);
    expect(send.mock.calls[0]![0]).toMatchObject({ fuzzy: false, lengths: [14, 13, 12] });
    expect(matched!.found.map((list) => list.map((c) => [c.entity, c.ambiguous]))).toEqual([[['oman', false]], [['iran', false]], [['rubio', true]]]);
    expect(Object.keys(matched!.facts).sort()).toEqual(['iran', 'oman', 'rubio']);
    expect(matched!.busyMs).toBe(3);
    // The time the answer came, before it was checked: the scanner counts from there.
    expect(matched!.receivedAt).toBeGreaterThanOrEqual(before);
    expect(matched!.receivedAt).toBeLessThanOrEqual(after);
  });

  it('takes no answer, a failure or an answer that does not fit as naming nothing', async () => {
    const answers: (() => Promise<unknown>)[] = [
      async () => undefined,
      async () => {
        throw new Error('the background is gone');
      },
      // Fewer lists than texts.
      async () => ({ found: [[]], facts: {}, busyMs: 1 }),
      // A candidate of no known kind.
      async () => ({ found: [[{ entity: 'iran', alias: 'Iran', start: 0, end: 4, how: 'guess', kind: 'name', ambiguous: false, needsStory: false }], []], facts: {}, busyMs: 1 }),
      async () => '<img src=x onerror=alert(1)>',
    ];
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(() => answers.shift()!());
    const match = matchInBackground();
    for (let i = 0; i < 5; i++) expect(await match(texts, undefined)).toBeNull();
  });

  it('does not wait more than ten seconds for an answer', async () => {
    vi.useFakeTimers();
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(() => new Promise(() => {}));
    const pending = matchInBackground()(texts, undefined);
    let settled = false;
    void pending.then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(9_000);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1_500);
    expect(settled).toBe(true);
    expect(await pending).toBeNull();
  });
});
