/**
 * Restoring a backup (storage/packs.ts replaceInstalledPacks with storage/settings.ts
 * settingsWrites): the packs and the settings are written in one step, and the damaged installed
 * packs it removes are named.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { installPack, loadInstalledPacks, replaceInstalledPacks } from '../../storage/packs';
import { loadSettings, settingsWrites } from '../../storage/settings';
import { entity, pack } from './pack-fixture';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

const first = pack([entity('iran', [{ text: 'Iran' }])], { id: 'first' });
const second = pack([entity('iraq', [{ text: 'Iraq' }])], { id: 'second' });

describe('restoring a backup', () => {
  it('writes its packs and settings in one step and names the damaged packs it removes', async () => {
    await installPack(first);
    await fakeBrowser.storage.local.set({ 'pack:broken': { installedAt: 'yesterday', json: '{' } });
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    const settings = { ...DEFAULT_SETTINGS, density: 'first' as const };
    expect(await replaceInstalledPacks([second], settingsWrites(settings))).toEqual(['broken']);
    const step = set.mock.calls.find(([items]) => 'pack:second' in items)![0];
    expect(Object.keys(step)).toEqual(expect.arrayContaining(['pack:second', 'settings', 'settings$']));
    expect((step as Record<string, unknown>)['settings$']).toEqual({ v: 1 });
    expect((await loadInstalledPacks()).packs.map((p) => p.id)).toEqual(['second']);
    expect((await loadInstalledPacks()).broken).toEqual([]);
    expect(await loadSettings()).toEqual(settings);
    // Loaded, the restored settings move to sync storage.
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual(settings);
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({});
  });

  it('changes nothing when the one write fails', async () => {
    await installPack(first);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await expect(replaceInstalledPacks([second], settingsWrites({ ...DEFAULT_SETTINGS, enabled: false }))).rejects.toThrow('quota');
    expect((await loadInstalledPacks()).packs.map((p) => p.id)).toEqual(['first']);
    expect((await loadSettings()).enabled).toBe(true);
  });
});
