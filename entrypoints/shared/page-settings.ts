/**
 * The settings as a page's content script reads them: only read, never written, and without
 * the versioned item of ./settings-store.ts, whose definition checks for migrations in every
 * context that loads it, here every frame of every page. The contexts that write settings
 * (background, popup, options) run the migrations; what a page reads is repaired field by
 * field all the same (`repairSettings`), and the options page keeps and explains the repair.
 */
import { storage } from 'wxt/utils/storage';
import { repairSettings, type Settings } from '../../lib/settings';

/** Where the settings live (see ./settings-store.ts). */
export const SETTINGS_ITEM = 'local:settings';

export async function readPageSettings(): Promise<Settings> {
  const raw = await storage.getItem<unknown>(SETTINGS_ITEM).catch(() => null);
  return repairSettings(raw).settings;
}

/** Calls `onChange` with the repaired settings whenever any context changes them. */
export function watchPageSettings(onChange: (settings: Settings) => void): () => void {
  return storage.watch<unknown>(SETTINGS_ITEM, (raw) => onChange(repairSettings(raw).settings));
}
