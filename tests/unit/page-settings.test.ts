/**
 * The settings as a page reads them (storage/settings-read.ts): repaired field by field like
 * everywhere else, but never written back; the options page does that, and says so.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readPageSettings, watchPageSettings } from '../../storage/settings-read';
import { replaceInstalledPacks } from '../../storage/packs';
import { loadSettings, resetSettings, saveSettings, settingsNotice, settingsWrites } from '../../storage/settings';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the settings a page reads', () => {
  it('are the defaults when none are stored', async () => {
    expect(await readPageSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('are repaired field by field and left as stored, for the options page to repair and explain', async () => {
    const damaged = { ...DEFAULT_SETTINGS, highlightStyle: 'sparkles', density: 'first' };
    await fakeBrowser.storage.local.set({ settings: damaged });
    expect(await readPageSettings()).toEqual({ ...DEFAULT_SETTINGS, density: 'first' });
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual(damaged);
    expect(await settingsNotice.get()).toEqual([]);
    // Loaded where settings are written, they are repaired in storage and the notice is left.
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, density: 'first' });
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual({ ...DEFAULT_SETTINGS, density: 'first' });
    expect(await settingsNotice.get()).toEqual([{ kind: 'repaired', reset: ['highlightStyle'], dropped: [] }]);
  });

  it('follow every change, repaired', async () => {
    const seen = vi.fn();
    const unwatch = watchPageSettings(seen);
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, enabled: false, hoverDelayMs: 'soon' } });
    await vi.waitFor(() => expect(seen).toHaveBeenCalledWith({ ...DEFAULT_SETTINGS, enabled: false }));
    // The same value written again is no change; a removal is the defaults.
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, enabled: false, hoverDelayMs: 'soon' } });
    await fakeBrowser.storage.local.remove('settings');
    await vi.waitFor(() => expect(seen).toHaveBeenLastCalledWith(DEFAULT_SETTINGS));
    expect(seen).toHaveBeenCalledTimes(2);
    unwatch();
  });

  it('are the synced ones, unless a newer local copy waits to move to sync', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, density: 'first' } });
    expect((await readPageSettings()).density).toBe('first');
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, density: 'all' } });
    expect((await readPageSettings()).density).toBe('all');
  });
});

describe('settings in sync storage', () => {
  const chosen = { ...DEFAULT_SETTINGS, highlightStyle: 'background' as const, disabledSites: ['example.com'] };

  it('move there from local storage, as an older version kept them, without loss', async () => {
    await fakeBrowser.storage.local.set({ settings: chosen, settings$: { v: 1 } });
    const seen = vi.fn();
    const unwatch = watchPageSettings(seen, await readPageSettings());
    expect(await loadSettings()).toEqual(chosen);
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual(chosen);
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({});
    expect(await settingsNotice.get()).toEqual([]);
    // The move is two writes of one value: a page sees no change, never the defaults between them.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen.mock.calls).toEqual([]);
    unwatch();
  });

  it('stay in local storage, said once, when sync refuses them, and move once it takes them', async () => {
    const refuse = vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    const many = Array.from({ length: 300 }, (_, i) => `site-${i}.example.org`);
    expect((await saveSettings({ disabledSites: many })).disabledSites).toHaveLength(300);
    expect(((await fakeBrowser.storage.local.get('settings')).settings as Settings).disabledSites).toHaveLength(300);
    expect(await readPageSettings()).toEqual({ ...DEFAULT_SETTINGS, disabledSites: many });
    expect(await settingsNotice.get()).toEqual([{ kind: 'not-synced', why: 'QUOTA_BYTES_PER_ITEM quota exceeded' }]);
    await settingsNotice.clear();
    expect((await loadSettings()).disabledSites).toHaveLength(300);
    expect(await settingsNotice.get()).toEqual([]);
    refuse.mockRestore();
    expect((await saveSettings({ density: 'first' })).disabledSites).toHaveLength(300);
    expect(((await fakeBrowser.storage.sync.get('settings')).settings as Settings).density).toBe('first');
    expect(await fakeBrowser.storage.local.get(['settings', 'settingsWaiting'])).toEqual({});
  });

  it('say so when an older version’s settings cannot move, and stop saying so once they have', async () => {
    await fakeBrowser.storage.local.set({ settings: chosen });
    const refuse = vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded'));
    expect(await loadSettings()).toEqual(chosen);
    expect(await settingsNotice.get()).toEqual([{ kind: 'not-synced', why: 'MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded' }]);
    refuse.mockRestore();
    expect(await loadSettings()).toEqual(chosen);
    expect(await settingsNotice.get()).toEqual([]);
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual(chosen);
  });

  it('keep a repair’s notice beside one of sync refusing', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...chosen, density: 'sometimes' } });
    const refuse = vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('refused'));
    await loadSettings();
    expect((await settingsNotice.get()).map((n) => (typeof n === 'string' ? n : n.kind))).toEqual(['repaired', 'not-synced']);
    refuse.mockRestore();
  });

  it('join an older version’s local settings to those the reader’s other browser synced: its choices, the sites of both', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, density: 'first', disabledSites: ['a.example'] } });
    await fakeBrowser.storage.local.set({ settings: chosen });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, density: 'first', disabledSites: ['a.example', 'example.com'] });
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({});
    // A restored backup is no older version's: it replaces the synced settings.
    await replaceInstalledPacks([], settingsWrites(chosen));
    expect(await loadSettings()).toEqual(chosen);
  });

  it('are written to sync on every change, and reset there', async () => {
    await saveSettings({ enabled: false });
    expect(((await fakeBrowser.storage.sync.get('settings')).settings as Settings).enabled).toBe(false);
    await resetSettings();
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual(DEFAULT_SETTINGS);
  });
});
