import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { matchInBackground } from '../../entrypoints/content/match-in-background';
import { compileKnowledge } from '../../lib/knowledge/compile';
import { findCandidatesInTexts } from '../../lib/match/matcher';
import { encodeMentions, unpackTexts } from '../../lib/match/wire';
import { parseMessage } from '../../lib/messages';
import type { PageKnowledge } from '../../entrypoints/shared/knowledge';
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

/** The page's knowledge, made only when asked, counting what it is asked. */
function pageKnowledge() {
  let made = false;
  const calls = { ready: 0, get: 0, complete: 0 };
  const page: PageKnowledge = {
    key: 'key',
    busyMs: () => 0,
    made: () => made,
    get: () => {
      calls.get++;
      made = true;
      return knowledge;
    },
    ready: async () => {
      calls.ready++;
      made = true;
      return knowledge;
    },
    complete: async () => {
      calls.complete++;
      return 0;
    },
  };
  return { page, calls };
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('matching in the background, from the content script', () => {
  it('sends a well-formed message and reads the answer back as the page would find it', async () => {
    const send = vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async (raw: unknown) => background(raw));
    const { page, calls } = pageKnowledge();
    const before = performance.now();
    const matched = await matchInBackground(page)(texts, undefined);
    const after = performance.now();
    expect(send).toHaveBeenCalledTimes(1);
    expect(matched).toEqual({ found: findCandidatesInTexts(knowledge, texts), busyMs: 3, receivedAt: expect.any(Number) });
    // The time the answer came, before it was checked and decoded: the scanner counts from there.
    expect(matched!.receivedAt).toBeGreaterThanOrEqual(before);
    expect(matched!.receivedAt).toBeLessThanOrEqual(after);
    // Something was found: the knowledge was made to decode it, and nothing more.
    expect(calls).toEqual({ ready: 1, get: 1, complete: 0 });
  });

  it('never makes the page’s knowledge for answers that find nothing', async () => {
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async (raw: unknown) => background(raw));
    const { page, calls } = pageKnowledge();
    const quiet = ['Nothing of the story here.', '', 'Nor here.'];
    const matched = await matchInBackground(page)(quiet, undefined);
    expect(matched).toEqual({ found: [[], [], []], busyMs: 3, receivedAt: expect.any(Number) });
    expect(calls).toEqual({ ready: 0, get: 0, complete: 0 });
    expect(page.made()).toBe(false);
  });

  it('gives up, once the page can match for itself, when the background has other knowledge, fails or answers what does not fit', async () => {
    const answers: (() => Promise<unknown>)[] = [
      async () => ({ status: 'other-knowledge' }),
      async () => {
        throw new Error('the background is gone');
      },
      // A rule the page's knowledge does not have.
      async () => ({ status: 'matched', found: [[[0, 4, 99, 'name', 1, []]], []], busyMs: 1 }),
      // Fewer lists than texts, all empty.
      async () => ({ status: 'matched', found: [[]], busyMs: 1 }),
      async () => 'nonsense',
    ];
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(() => answers.shift()!());
    const { page, calls } = pageKnowledge();
    const match = matchInBackground(page);
    for (let i = 0; i < 5; i++) expect(await match(texts, undefined)).toBeNull();
    // The page's knowledge, and what matching here needs besides, are made once, however many
    // batches come back refused.
    expect(calls.ready).toBeGreaterThanOrEqual(1);
    expect(calls.complete).toBe(1);
    expect(page.made()).toBe(true);
  });

  it('does not wait more than ten seconds for an answer', async () => {
    vi.useFakeTimers();
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(() => new Promise(() => {}));
    const pending = matchInBackground(pageKnowledge().page)(texts, undefined);
    let settled = false;
    void pending.then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(9_000);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1_500);
    expect(settled).toBe(true);
    expect(await pending).toBeNull();
  });
});
