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
  const [local, sync] = await Promise.all([readArea('local'), readArea('sync')]);
  return local ?? sync;
}

export async function readPageSettings(): Promise<Settings> {
  return repairSettings(await readStoredSettings()).settings;
}

/**
 * Calls `onChange` with the repaired settings whenever any context changes them, from the
 * changes themselves: a local copy wins while it waits, so a change to sync counts only without
 * one, and a local copy's removal (its move to sync) leaves sync's. A value the same as the last
 * one told (or as `from`, what the caller already has) is no change: a move is two changes of
 * one value, and Firefox reports every write.
 */
export function watchPageSettings(onChange: (settings: Settings) => void, from?: Settings): () => void {
  let last = from ? JSON.stringify(from) : null;
  let stopped = false;
  /** Whether a local copy waits, once a change has said so (or storage has been asked). */
  let waiting: boolean | null = null;
  let queue = Promise.resolve();
  const tell = (raw: unknown) => {
    const settings = repairSettings(raw).settings;
    const seen = JSON.stringify(settings);
    if (stopped || seen === last) return;
    last = seen;
    onChange(settings);
  };
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[SETTINGS_KEY];
    if (!change || (area !== 'local' && area !== 'sync')) return;
    // In the order of the changes, so that the last change is told last.
    queue = queue.then(async () => {
      if (area === 'local') {
        waiting = change.newValue != null;
        tell(waiting ? change.newValue : await readArea('sync'));
      } else {
        waiting ??= (await readArea('local')) != null;
        if (!waiting) tell(change.newValue);
      }
    });
  };
  browser.storage.onChanged.addListener(listener);
  return () => {
    stopped = true;
    browser.storage.onChanged.removeListener(listener);
  };
}

async function readArea(area: 'local' | 'sync'): Promise<unknown> {
  const stored = await browser.storage[area].get(SETTINGS_KEY).catch(() => ({}) as Record<string, unknown>);
  return stored[SETTINGS_KEY];
}
