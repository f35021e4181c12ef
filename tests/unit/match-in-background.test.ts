import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { matchInBackground } from '../../entrypoints/content/match-in-background';
import { compileKnowledge } from '../../lib/knowledge/compile';
import { anyStandsAlone, boundMatcher, findCandidatesInTexts } from '../../lib/match/matcher';
import { encodeMentions, unpackTexts } from '../../lib/match/wire';
import { parseMessage } from '../../lib/messages';
import type { PageKnowledge } from '../../entrypoints/shared/page-knowledge';
import type { Marker } from '../../entrypoints/shared/marker-contract';
import type { MarkerLoader } from '../../entrypoints/content/marker-loader';
import { entity, pack } from './pack-fixture';

const knowledge = compileKnowledge([
  pack([entity('iran', [{ text: 'Iran' }]), entity('oman', [{ text: 'Oman' }]), entity('rubio', [{ text: 'Rubio', ambiguous: true }])]),
]);
const texts = ['Talks in Oman.', 'Iran said no.'];

/** The background as it answers: the message checked, the texts split, matched and encoded. */
function background(raw: unknown) {
  const message = parseMessage(raw);
  if (message?.type !== 'backstory:match-texts') throw new Error('not a match-texts message');
  const split = unpackTexts(message);
  const found = findCandidatesInTexts(knowledge, split);
  return {
    status: 'matched',
    found: JSON.parse(JSON.stringify(encodeMentions(knowledge, found))),
    standing: anyStandsAlone(knowledge, split, found, message.onePassage),
    busyMs: 3,
  };
}

/**
 * The frame's marker as the loader gives it, with the page's knowledge made only when asked,
 * counting what is asked of either. `loads` is false for a marker that cannot be loaded.
 */
function pageKnowledge(loads = true) {
  let made = false;
  const calls = { load: 0, ready: 0, get: 0, complete: 0 };
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
  let loaded: Marker | null = null;
  let matchedHere = 0;
  const marker: MarkerLoader = {
    get: () => loaded,
    load: async () => {
      calls.load++;
      const matcher = () => {
        matchedHere++;
        return boundMatcher(knowledge);
      };
      loaded = loads ? ({ knowledge: page, matcher } as Marker) : null;
      return loaded;
    },
  };
  return { page, marker, calls, matchedHere: () => matchedHere };
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('matching in the background, from the content script', () => {
  it('sends a well-formed message and reads the answer back as the page would find it', async () => {
    const send = vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async (raw: unknown) => background(raw));
    const { marker, calls } = pageKnowledge();
    const before = performance.now();
    const matched = await matchInBackground('key', marker)(texts, undefined, false);
    const after = performance.now();
    expect(send).toHaveBeenCalledTimes(1);
    expect(matched).toEqual({ found: findCandidatesInTexts(knowledge, texts), busyMs: 3, receivedAt: expect.any(Number) });
    // The time the answer came, before it was checked and decoded: the scanner counts from there.
    expect(matched!.receivedAt).toBeGreaterThanOrEqual(before);
    expect(matched!.receivedAt).toBeLessThanOrEqual(after);
    // Something was found: the marker was loaded and the knowledge made to decode it, and
    // nothing more.
    expect(calls).toEqual({ load: 1, ready: 1, get: 1, complete: 0 });
  });

  it('never loads the marker nor makes the page’s knowledge for answers that find nothing', async () => {
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async (raw: unknown) => background(raw));
    const { page, marker, calls } = pageKnowledge();
    const quiet = ['Nothing of the story here.', '', 'Nor here.'];
    const matched = await matchInBackground('key', marker)(quiet, undefined, false);
    expect(matched).toEqual({ found: [[], [], []], busyMs: 3, receivedAt: expect.any(Number) });
    expect(calls).toEqual({ load: 0, ready: 0, get: 0, complete: 0 });
    expect(page.made()).toBe(false);
  });

  it('holds back candidates that need a sure mention elsewhere, loading nothing until the page asks for them', async () => {
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async (raw: unknown) => background(raw));
    const { marker, calls } = pageKnowledge();
    const match = matchInBackground('key', marker);
    const unsureTexts = ['Rubio spoke.', 'Nothing here.'];
    const matched = await match(unsureTexts, undefined, false);
    expect(matched).toMatchObject({ found: [[], []], busyMs: 3 });
    expect(calls).toEqual({ load: 0, ready: 0, get: 0, complete: 0 });
    // The scanner reads them back only once a batch that stands has brought the marker in.
    expect(await match(texts, undefined, false)).toMatchObject({ found: findCandidatesInTexts(knowledge, texts) });
    expect(calls.load).toBe(1);
    expect(matched!.unsure!()).toEqual(findCandidatesInTexts(knowledge, unsureTexts));
    // Once the marker is in, such a batch is read back at once.
    expect((await match(unsureTexts, undefined, false))!.found).toEqual(findCandidatesInTexts(knowledge, unsureTexts));
  });

  it('reads an answer only with knowledge of the packs it was matched with, and names the marker’s packs once it is in', async () => {
    const sentKeys: string[] = [];
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async (raw: unknown) => {
      sentKeys.push((raw as { knowledge: string }).knowledge);
      return background(raw);
    });
    // The page opened when other packs were installed: the marker, loaded later, read the
    // packs of now, whose key is 'key'.
    const { marker, matchedHere } = pageKnowledge();
    const match = matchInBackground('packs at opening', marker);
    const unsureTexts = ['Rubio spoke.', 'Nothing here.'];
    const held = await match(unsureTexts, undefined, false);
    // Matched with the packs the page opened with, the answer is not decoded with the marker's:
    // the batch is matched here instead (null), and held candidates are matched again.
    expect(await match(texts, undefined, false)).toBeNull();
    expect(held!.unsure!()).toEqual(findCandidatesInTexts(knowledge, unsureTexts));
    expect(matchedHere()).toBe(1);
    expect(await match(texts, undefined, false)).toMatchObject({ found: findCandidatesInTexts(knowledge, texts) });
    expect(matchedHere()).toBe(1);
    expect(sentKeys).toEqual(['packs at opening', 'packs at opening', 'key']);
  });

  it('takes a batch as naming nothing when the marker cannot be loaded, so that nothing is matched here either', async () => {
    const answers: ((raw: unknown) => Promise<unknown>)[] = [async (raw) => background(raw), async () => ({ status: 'other-knowledge' })];
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation((raw: unknown) => answers.shift()!(raw));
    const { marker, calls } = pageKnowledge(false);
    const match = matchInBackground('key', marker);
    expect(await match(texts, undefined, false)).toEqual({ found: [[], []], busyMs: 0 });
    expect(await match(texts, undefined, false)).toEqual({ found: [[], []], busyMs: 0 });
    expect(calls).toMatchObject({ ready: 0, get: 0 });
  });

  it('gives up, once the page can match for itself, when the background has other knowledge, fails or answers what does not fit', async () => {
    const answers: (() => Promise<unknown>)[] = [
      async () => ({ status: 'other-knowledge' }),
      async () => {
        throw new Error('the background is gone');
      },
      // A rule the page's knowledge does not have.
      async () => ({ status: 'matched', found: [[[0, 4, 99, 'name', 1, []]], []], standing: true, busyMs: 1 }),
      // Fewer lists than texts, all empty.
      async () => ({ status: 'matched', found: [[]], standing: false, busyMs: 1 }),
      async () => 'nonsense',
    ];
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(() => answers.shift()!());
    const { page, marker, calls } = pageKnowledge();
    const match = matchInBackground('key', marker);
    for (let i = 0; i < 5; i++) expect(await match(texts, undefined, false)).toBeNull();
    // The page's knowledge, and what matching here needs besides, are made once, however many
    // batches come back refused.
    expect(calls.ready).toBeGreaterThanOrEqual(1);
    expect(calls.complete).toBe(1);
    expect(page.made()).toBe(true);
  });

  it('does not wait more than ten seconds for an answer', async () => {
    vi.useFakeTimers();
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(() => new Promise(() => {}));
    const pending = matchInBackground('key', pageKnowledge().marker)(texts, undefined, false);
    let settled = false;
    void pending.then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(9_000);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1_500);
    expect(settled).toBe(true);
    expect(await pending).toBeNull();
  });
});
