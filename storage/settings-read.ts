/**
 * The settings as a page's content script reads them: only read, never written, and without
 * the versioned items of ./settings.ts, whose definitions check for migrations in every
 * context that loads them, here every frame of every page. The contexts that write settings
 * (background, popup, options) run the migrations; what a page reads is repaired field by
 * field all the same (`repairSettings`), and the options page keeps and explains the repair.
 * Read through the extension's storage API itself: WXT's storage helper sets itself up in
 * every context that loads it, half a millisecond of every frame's start, and a page needs
 * only to read.
 *
 * The settings follow the reader across browsers in sync storage. A copy in local storage is
 * newer than it (settings from before sync, a restored backup, or settings sync refused) and
 * wins until ./settings.ts has moved it to sync.
 */
import { browser } from 'wxt/browser';
import { repairSettings, type Settings } from '../lib/settings';

/** The settings' key, in sync storage and, while it waits to move there, in local storage. */
export const SETTINGS_KEY = 'settings';

/** The stored settings as they are, unrepaired: local's while it has them, else sync's. */
async function readStoredSettings(): Promise<unknown> {
  const none = () => ({}) as Record<string, unknown>;
  const [local, sync] = await Promise.all([browser.storage.local.get(SETTINGS_KEY).catch(none), browser.storage.sync.get(SETTINGS_KEY).catch(none)]);
  return local[SETTINGS_KEY] ?? sync[SETTINGS_KEY];
}

export async function readPageSettings(): Promise<Settings> {
  return repairSettings(await readStoredSettings()).settings;
}

/**
 * Calls `onChange` with the repaired settings whenever any context changes them. The settings
 * are read again on each change, since a move from local to sync is two changes of one value;
 * a value the same as the last one told (or as `from`, what the caller already has) is no
 * change (Firefox reports every write).
 */
export function watchPageSettings(onChange: (settings: Settings) => void, from?: Settings): () => void {
  let last = from ? JSON.stringify(from) : null;
  let stopped = false;
  let reading = Promise.resolve();
  // One read at a time, in the order of the changes, so that the last change is told last.
  const check = () => {
    reading = reading.then(async () => {
      const settings = await readPageSettings();
      const seen = JSON.stringify(settings);
      if (stopped || seen === last) return;
      last = seen;
      onChange(settings);
    });
  };
  const listener = (changes: Record<string, unknown>, area: string) => {
    if ((area === 'local' || area === 'sync') && SETTINGS_KEY in changes) check();
  };
  browser.storage.onChanged.addListener(listener);
  // A change made after the caller read `from` and before this listened is told all the same.
  if (from) check();
  return () => {
    stopped = true;
    browser.storage.onChanged.removeListener(listener);
  };
}
