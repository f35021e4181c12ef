/**
 * Where installed story packs live: each in an extension storage item of its own,
 * `local:pack:<id>` holding `{ installedAt, json }` (the pack as JSON text, parsed and checked by
 * whoever reads it), so installing or removing one never rewrites the others, and
 * damage to one leaves the others readable. Packs reach this store only after the validator
 * accepted them (entrypoints/options); reading them back gets the quick check in
 * lib/knowledge/stored-pack.ts. Only the extension's own contexts read them: pages hold none.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { bundledPacks } from '../data';
import type { Pack } from '../data/schema';
import { combinePacks, readStoredPacks, storedPack, type InstalledPacks } from '../lib/knowledge/stored-pack';

/** Every installed pack is the storage item `local:pack:<id>`. */
const PREFIX = 'pack:';

type PackKey = `local:pack:${string}`;
const keyOf = (id: string): PackKey => `local:${PREFIX}${id}`;

/** Written after every change, so that open pages of the extension can follow along. */
const changedItem = storage.defineItem<number>('local:packsChanged', { fallback: 0 });

/** What storage holds for each installed pack, by pack id, not yet read (see readStoredPacks). */
export async function readPackRecords(): Promise<Map<string, unknown>> {
  const all = await browser.storage.local.get(null);
  const stored = new Map<string, unknown>();
  for (const [key, value] of Object.entries(all)) {
    // WXT keeps an item's metadata under "<key>$"; those are not packs.
    if (key.startsWith(PREFIX) && !key.endsWith('$')) stored.set(key.slice(PREFIX.length), value);
  }
  return stored;
}

/**
 * The packs the popup and the options page show: the bundled ones, then the installed ones
 * that can be read. A storage failure costs the installed packs, never the bundled ones.
 */
export async function loadPacks(): Promise<Pack[]> {
  const installed = await loadInstalledPacks().catch(() => ({ packs: [] }));
  return combinePacks(bundledPacks(), installed.packs);
}

/** Every installed pack that can be read, in install order, and the ones that cannot. */
export async function loadInstalledPacks(): Promise<InstalledPacks> {
  return readStoredPacks(await readPackRecords());
}

/** Stores a validated pack; a pack with the same id is replaced. */
export async function installPack(pack: Pack): Promise<void> {
  await storage.setItem(keyOf(pack.id), storedPack(pack));
  await changedItem.setValue(Date.now());
}

/** Removes an installed pack, readable or not. */
export async function removePack(id: string): Promise<void> {
  await storage.removeItem(keyOf(id));
  await changedItem.setValue(Date.now());
}

/** Another item written in the same step as packs (the settings of a backup: ./settings.ts). */
export type AlongsideWrite = Parameters<typeof storage.setItems>[0][number];

/**
 * Makes `packs` the installed packs (a backup being restored), writing `alongside` in the same
 * step: then the packs not among them are removed, so a failure part way leaves every pack in
 * storage. Resolves with the ids of the damaged packs that were removed with the others.
 */
export async function replaceInstalledPacks(packs: readonly Pack[], alongside: readonly AlongsideWrite[] = []): Promise<string[]> {
  const { packs: before, broken } = await loadInstalledPacks();
  const start = Date.now();
  // Distinct, increasing install times keep the backup's order.
  await storage.setItems([
    ...packs.map((pack, i) => ({ key: keyOf(pack.id), value: storedPack(pack, new Date(start + i)) })),
    ...alongside,
  ]);
  const keep = new Set(packs.map((p) => p.id));
  const gone = [...before.map((p) => p.id), ...broken.map((b) => b.id)].filter((id) => !keep.has(id));
  if (gone.length > 0) await storage.removeItems(gone.map(keyOf));
  await changedItem.setValue(Date.now());
  return broken.map((b) => b.id).filter((id) => !keep.has(id));
}

/** Calls `onChange` after any context installs, removes or replaces packs. */
export function watchInstalledPacks(onChange: () => void): () => void {
  return changedItem.watch(() => onChange());
}
