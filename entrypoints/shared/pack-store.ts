/**
 * Where installed story packs live: each in an extension storage item of its own,
 * `local:pack:<id>` holding `{ installedAt, json }` (the pack as JSON text, which storage hands
 * over much faster than objects), so installing or removing one never
 * rewrites the others, and damage to one leaves the others readable. Packs reach this store
 * only after the validator accepted them (entrypoints/options); reading them back gets the
 * quick check in lib/knowledge/stored-pack.ts. Not an entrypoint: shared by all of them.
 */
import { storage } from 'wxt/utils/storage';
import type { Pack } from '../../data/schema';
import { readStoredPacks, storedPack, type InstalledPacks } from '../../lib/knowledge/stored-pack';
import { PACK_PREFIX as PREFIX, readPackRecords } from './pack-records';

type PackKey = `local:pack:${string}`;
const keyOf = (id: string): PackKey => `local:${PREFIX}${id}`;

/** Written after every change, so that open pages of the extension can follow along. */
const changedItem = storage.defineItem<number>('local:packsChanged', { fallback: 0 });


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

/**
 * Makes `packs` the installed packs (a backup being restored): they are written first, then
 * the packs not among them are removed, so a failure part way leaves every pack in storage.
 */
export async function replaceInstalledPacks(packs: readonly Pack[]): Promise<void> {
  const { packs: before, broken } = await loadInstalledPacks();
  const start = Date.now();
  // Distinct, increasing install times keep the backup's order.
  await storage.setItems(
    packs.map((pack, i) => ({ key: keyOf(pack.id), value: storedPack(pack, new Date(start + i)) })),
  );
  const keep = new Set(packs.map((p) => p.id));
  const gone = [...before.map((p) => p.id), ...broken.map((b) => b.id)].filter((id) => !keep.has(id));
  if (gone.length > 0) await storage.removeItems(gone.map(keyOf));
  await changedItem.setValue(Date.now());
}

/** Calls `onChange` after any context installs, removes or replaces packs. */
export function watchInstalledPacks(onChange: () => void): () => void {
  return changedItem.watch(() => onChange());
}
