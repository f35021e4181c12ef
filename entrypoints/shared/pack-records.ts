/**
 * Reading the installed packs' records as storage holds them (see ./pack-store.ts for the
 * store). A module of its own because a page's content script reads them (when the page names
 * something, for its marker): it need not set up the store's items, nor WXT's storage helper
 * (see ./page-settings.ts).
 */
import { browser } from 'wxt/browser';

/** Every installed pack is the storage item `local:pack:<id>`. */
export const PACK_PREFIX = 'pack:';

/** What storage holds for each installed pack, by pack id, not yet read (see readStoredPacks). */
export async function readPackRecords(): Promise<Map<string, unknown>> {
  const all = await browser.storage.local.get(null);
  const stored = new Map<string, unknown>();
  for (const [key, value] of Object.entries(all)) {
    // WXT keeps an item's metadata under "<key>$"; those are not packs.
    if (key.startsWith(PACK_PREFIX) && !key.endsWith('$')) stored.set(key.slice(PACK_PREFIX.length), value);
  }
  return stored;
}
