/**
 * Reading the installed packs' records as storage holds them (see ./pack-store.ts for the
 * store). A module of its own because every page's content script reads them at start: it
 * need not set up the store's other items.
 */
import { storage } from 'wxt/utils/storage';

/** Every installed pack is the storage item `local:pack:<id>`. */
export const PACK_PREFIX = 'pack:';

/** What storage holds for each installed pack, by pack id, not yet read (see readStoredPacks). */
export async function readPackRecords(): Promise<Map<string, unknown>> {
  const all = await storage.snapshot('local');
  const stored = new Map<string, unknown>();
  for (const [key, value] of Object.entries(all)) {
    // WXT keeps an item's metadata under "<key>$"; those are not packs.
    if (key.startsWith(PACK_PREFIX) && !key.endsWith('$')) stored.set(key.slice(PACK_PREFIX.length), value);
  }
  return stored;
}
