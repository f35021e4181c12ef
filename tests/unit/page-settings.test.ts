/**
 * The settings as a page reads them (storage/settings-read.ts): repaired field by field like
 * everywhere else, but never written back; the options page does that, and says so.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readPageSettings, watchPageSettings } from '../../storage/settings-read';
import { loadSettings, settingsNotice } from '../../storage/settings';
import { DEFAULT_SETTINGS } from '../../lib/settings';

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
    expect(await settingsNotice.get()).toBeNull();
    // Loaded where settings are written, they are repaired in storage and the notice is left.
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, density: 'first' });
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual({ ...DEFAULT_SETTINGS, density: 'first' });
    expect(await settingsNotice.get()).toMatch(/highlightStyle/);
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
});
