/**
 * The settings as a page's content script reads them: only read, never written, and without
 * the versioned item of ./settings.ts, whose definition checks for migrations in every
 * context that loads it, here every frame of every page. The contexts that write settings
 * (background, popup, options) run the migrations; what a page reads is repaired field by
 * field all the same (`repairSettings`), and the options page keeps and explains the repair.
 * Read through the extension's storage API itself: WXT's storage helper sets itself up in
 * every context that loads it, half a millisecond of every frame's start, and a page needs
 * only to read.
 */
import { browser } from 'wxt/browser';
import { repairSettings, type Settings } from '../lib/settings';

/** The settings' key in local storage (WXT's `local:settings`, ./settings.ts). */
export const SETTINGS_KEY = 'settings';

export async function readPageSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY).catch(() => ({}) as Record<string, unknown>);
  return repairSettings(stored[SETTINGS_KEY]).settings;
}

/**
 * Calls `onChange` with the repaired settings whenever any context changes them. A write of the
 * same value is no change (Firefox reports every write), as with WXT's own watch, which the
 * settings store uses this in place of.
 */
export function watchPageSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>, area: string) => {
    const change = changes[SETTINGS_KEY];
    if (area !== 'local' || !change || JSON.stringify(change.newValue) === JSON.stringify(change.oldValue)) return;
    onChange(repairSettings(change.newValue).settings);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
