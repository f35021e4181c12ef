/**
 * A page's knowledge (makePageKnowledge, from readPagePacks): made only when first asked, from
 * the packs storage held when the page opened, a slice at a time when asked to wait.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { bundledPacks } from '../../data';
import { bundled } from '../../entrypoints/shared/bundled';
import { makePageKnowledge } from '../../entrypoints/shared/page-knowledge';
import { installPack, removePack } from '../../entrypoints/shared/pack-store';
import { readPagePacks } from '../../entrypoints/shared/page-packs';
import { findCandidates } from '../../lib/match/matcher';
import { entity, pack } from './pack-fixture';

const kyoto = pack([entity('kyoto-protocol', [{ text: 'Kyoto Protocol' }], { type: 'agreement' })], { id: 'kyoto' });

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the page’s knowledge', () => {
  it('is not made until asked, then is the bundled packs’, made once', async () => {
    const page = makePageKnowledge(await readPagePacks(), bundled);
    expect(page.made()).toBe(false);
    const knowledge = page.get();
    expect(page.made()).toBe(true);
    expect(knowledge.entities.map((e) => e.entity.id)).toEqual(bundledPacks().flatMap((p) => p.entities.map((e) => e.id)));
    expect(page.get()).toBe(knowledge);
    expect(await page.ready()).toBe(knowledge);
    expect(page.busyMs()).toBeGreaterThan(0);
  });

  it('makes installed packs when asked to wait, from what storage held when the page opened', async () => {
    await installPack(kyoto);
    const opened = await readPagePacks();
    const page = makePageKnowledge(opened, bundled);
    const keyWithKyoto = page.key;
    // The pack is removed after the page opened: the page keeps the packs it opened with, as
    // its key says, or the background's answers would not fit it.
    await removePack('kyoto');
    expect(page.made()).toBe(false);
    const knowledge = await page.ready();
    expect(page.key).toBe(keyWithKyoto);
    // The packs' text is let go once parsed, though the page keeps what it read at start.
    expect(opened.records.size).toBe(0);
    expect(knowledge.byId.has('kyoto-protocol')).toBe(true);
    expect(page.get()).toBe(knowledge);
    // What matching on the page needs besides is made when completed.
    await page.complete();
    expect(findCandidates(knowledge, 'The Kyoto Protocol expired.').map((m) => m.start)).toEqual([4]);
  });

  it('is made whole if asked at once, and waiting then gives the same knowledge', async () => {
    await installPack(kyoto);
    const page = makePageKnowledge(await readPagePacks(), bundled);
    const waiting = page.ready();
    const now = page.get();
    expect(await waiting).toBe(now);
    expect(findCandidates(now, 'The Kyoto Protocol expired.')).toHaveLength(1);
  });
});
