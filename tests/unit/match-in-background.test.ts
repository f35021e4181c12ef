import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { matchInBackground } from '../../entrypoints/content/match-in-background';
import { compileKnowledge } from '../../lib/knowledge/compile';
import { findCandidatesInTexts } from '../../lib/match/matcher';
import { encodeMentions, unpackTexts } from '../../lib/match/wire';
import { parseMessage } from '../../lib/messages';
import { entity, pack } from './pack-fixture';

const knowledge = compileKnowledge([pack([entity('iran', [{ text: 'Iran' }]), entity('oman', [{ text: 'Oman' }])])]);
const texts = ['Talks in Oman.', 'Iran said no.'];

/** The background as it answers: the message checked, the texts split, matched and encoded. */
function background(raw: unknown) {
  const message = parseMessage(raw);
  if (message?.type !== 'backstory:match-texts') throw new Error('not a match-texts message');
  const split = unpackTexts(message);
  return { status: 'matched', found: JSON.parse(JSON.stringify(encodeMentions(knowledge, findCandidatesInTexts(knowledge, split)))), busyMs: 3 };
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('matching in the background, from the content script', () => {
  it('sends a well-formed message and reads the answer back as the page would find it', async () => {
    const send = vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async (raw: unknown) => background(raw));
    const complete = vi.fn(async () => 0);
    const before = performance.now();
    const matched = await matchInBackground(knowledge, 'key', complete)(texts, undefined);
    const after = performance.now();
    expect(send).toHaveBeenCalledTimes(1);
    expect(matched).toEqual({ found: findCandidatesInTexts(knowledge, texts), busyMs: 3, receivedAt: expect.any(Number) });
    // The time the answer came, before it was checked and decoded: the scanner counts from there.
    expect(matched!.receivedAt).toBeGreaterThanOrEqual(before);
    expect(matched!.receivedAt).toBeLessThanOrEqual(after);
    expect(complete).not.toHaveBeenCalled();
  });

  it('gives up, once the page can match for itself, when the background has other knowledge, fails or answers what does not fit', async () => {
    const answers: (() => Promise<unknown>)[] = [
      async () => ({ status: 'other-knowledge' }),
      async () => {
        throw new Error('the background is gone');
      },
      // A rule the page's knowledge does not have.
      async () => ({ status: 'matched', found: [[[0, 4, 99, 'name', 1, []]], []], busyMs: 1 }),
      async () => 'nonsense',
    ];
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(() => answers.shift()!());
    const complete = vi.fn(async () => 0);
    const match = matchInBackground(knowledge, 'key', complete);
    for (let i = 0; i < 4; i++) expect(await match(texts, undefined)).toBeNull();
    // What the page's knowledge lacks is made once, however many batches come back refused.
    expect(complete).toHaveBeenCalledTimes(1);
  });

  it('does not wait more than ten seconds for an answer', async () => {
    vi.useFakeTimers();
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(() => new Promise(() => {}));
    const pending = matchInBackground(knowledge, 'key', async () => 0)(texts, undefined);
    let settled = false;
    void pending.then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(9_000);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1_500);
    expect(settled).toBe(true);
    expect(await pending).toBeNull();
  });
});
