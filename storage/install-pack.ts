/**
 * Installing a pack the reader brought (an imported file, a story saved from the editor): the
 * one path from an unchecked value to the installed packs, so every way in refuses the same
 * packs with the same words. The pack is checked in full beside the packs in use (bundled and
 * installed) before anything is stored: a refused pack changes nothing. A higher revision of a
 * story in use replaces it in place, and what it changed is kept for the popup to tell, once.
 */
import { bundledPacks } from '../data';
import type { Pack } from '../data/schema';
import { hasChanges, storyChanges } from '../lib/knowledge/changes';
import { combinePacks } from '../lib/knowledge/stored-pack';
import { validatePack, type PackProblem } from '../lib/knowledge/validate';
import { installPack, loadInstalledPacks } from './packs';
import { recordStoryChanges } from './story-changes';

export type Installed =
  | {
      ok: true;
      pack: Pack;
      /** The revision it replaced, if the story was in use. */
      replaced: Pack | null;
      /** The names of the entities it shares with other stories. */
      sharedNames: string[];
    }
  | { ok: false; problems: PackProblem[] };

export async function installPackValue(value: unknown): Promise<Installed> {
  const current = await loadInstalledPacks();
  const inUse = combinePacks(bundledPacks(), current.packs);
  const result = validatePack(value, { installed: inUse });
  if (!result.ok) return { ok: false, problems: result.problems };
  const { pack, shared } = result;
  if (current.broken.some((b) => b.id === pack.id)) {
    return { ok: false, problems: [{ path: 'id', message: `a damaged pack with the id "${pack.id}" is stored; remove it first` }] };
  }
  await installPack(pack);
  const replaced = inUse.find((p) => p.id === pack.id) ?? null;
  const changes = replaced ? storyChanges(replaced, pack) : null;
  // The pack is installed either way: a note that cannot be kept is only a note lost.
  if (changes && hasChanges(changes)) await recordStoryChanges(changes).catch(() => {});
  const sharedNames = shared.map((id) => pack.entities.find((e) => e.id === id)!.name);
  return { ok: true, pack, replaced, sharedNames };
}
