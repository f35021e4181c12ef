/**
 * The packs the popup and the options page show: the bundled ones, then the installed ones
 * that can be read. A storage failure costs the installed packs, never the bundled ones. (The
 * content script's knowledge of the same packs is made in ./knowledge.ts.)
 */
import { bundledPacks } from '../../data';
import type { Pack } from '../../data/schema';
import { combinePacks } from '../../lib/knowledge/stored-pack';
import { loadInstalledPacks } from './pack-store';

export async function loadPacks(): Promise<Pack[]> {
  const installed = await loadInstalledPacks().catch(() => ({ packs: [] }));
  return combinePacks(bundledPacks(), installed.packs);
}
