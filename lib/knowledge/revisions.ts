/**
 * Editions of a story: a pack carries `revision` (1 when left out), and a higher revision of a
 * story replaces a lower one, installed or bundled, in place.
 */
import type { Pack } from '../../data/schema';

export function revisionOf(pack: Pick<Pack, 'revision'>): number {
  return pack.revision ?? 1;
}

/** The pack of each id with the highest revision, in the order the ids first appear in `packs`. */
export function newestOf(packs: readonly Pack[]): Pack[] {
  const newest = new Map<string, Pack>();
  for (const pack of packs) {
    const seen = newest.get(pack.id);
    if (!seen || revisionOf(pack) > revisionOf(seen)) newest.set(pack.id, pack);
  }
  return [...newest.values()];
}

/** Why `pack` may not replace `installed`, the story of the same id, or null when it may. */
export function replacementProblem(pack: Pack, installed: Pack): string | null {
  if (revisionOf(pack) > revisionOf(installed)) return null;
  return (
    `“${installed.story.title}” is already installed at revision ${revisionOf(installed)}, and this pack is revision ` +
    `${revisionOf(pack)}: only a higher revision replaces it`
  );
}
