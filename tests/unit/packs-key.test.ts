/**
 * The installed packs' key, which every page's content script reads at start instead of the
 * packs themselves (entrypoints/shared/packs-key.ts): the background writes it whenever it reads
 * the packs, and a page reads the bundled packs' key when none was ever written or it is damaged.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadKnowledge } from '../../entrypoints/shared/knowledge';
import { installPack, removePack } from '../../entrypoints/shared/pack-store';
import { readPagePacks } from '../../entrypoints/shared/page-packs';
import { readPacksKey } from '../../entrypoints/shared/packs-key';
import { BUNDLED_ONLY_KEY } from '../../lib/knowledge/stored-pack';
import { entity, pack } from './pack-fixture';

const kyoto = pack([entity('kyoto-protocol', [{ text: 'Kyoto Protocol' }], { type: 'agreement' })], { id: 'kyoto' });

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the packs’ key', () => {
  it('is the bundled packs’ until the background has read the installed ones, then theirs', async () => {
    expect(await readPacksKey()).toBe(BUNDLED_ONLY_KEY);
    expect((await readPagePacks()).key).toBe(BUNDLED_ONLY_KEY);

    await installPack(kyoto);
    // Installing alone does not write it: the background does, once it has read the packs.
    expect(await readPacksKey()).toBe(BUNDLED_ONLY_KEY);
    const loaded = await loadKnowledge();
    expect(loaded.key).not.toBe(BUNDLED_ONLY_KEY);
    expect(loaded.key).toBe((await readPagePacks()).key);
    await vi.waitFor(async () => expect(await readPacksKey()).toBe(loaded.key));

    await removePack('kyoto');
    await loadKnowledge();
    await vi.waitFor(async () => expect(await readPacksKey()).toBe(BUNDLED_ONLY_KEY));
  });

  it('is the bundled packs’ when what storage holds is not a key', async () => {
    await fakeBrowser.storage.local.set({ packsKey: { not: 'a key' } });
    expect(await readPacksKey()).toBe(BUNDLED_ONLY_KEY);
  });
});
