/** Small read helpers over compiled knowledge, shared by the card, the popup and the tests. */
import type { Entity, Pack, Source, StanceLabel } from '../../data/schema';

/**
 * What a card reads of a story: its title and date, its article's name, its labels and
 * sources. A whole pack is one; the background sends a page's card only this, with only the
 * sources the entity cites.
 */
export type CardPack = Pick<Pack, 'id' | 'asOf' | 'stanceLabels' | 'sources' | 'language'> & {
  story: Pick<Pack['story'], 'title'>;
  article: Pick<Pack['article'], 'title' | 'name' | 'note'>;
};

/** An entity as one story tells it: its entry in that story's pack. */
export interface StoryPart<P extends CardPack = Pack> {
  entity: Entity;
  pack: P;
}

/** Every story among `packs` that has the entity `id`, with `first` (if it is one) first. */
export function partsOf(packs: readonly Pack[], id: string, first?: Pack): StoryPart[] {
  const parts: StoryPart[] = [];
  for (const pack of packs) {
    const entity = pack.entities.find((e) => e.id === id);
    if (entity) parts.push({ entity, pack });
  }
  return first ? [...parts.filter((p) => p.pack === first), ...parts.filter((p) => p.pack !== first)] : parts;
}

const sourceMaps = new WeakMap<CardPack, Map<string, Source>>();

/** A pack's sources by id, made once per pack. */
export function sourcesOf(pack: CardPack): Map<string, Source> {
  let map = sourceMaps.get(pack);
  if (!map) {
    map = new Map(pack.sources.map((source) => [source.id, source]));
    sourceMaps.set(pack, map);
  }
  return map;
}

export function stanceLabel(pack: CardPack, id: string): StanceLabel | null {
  return pack.stanceLabels.find((label) => label.id === id) ?? null;
}

/** Languages written right to left (their primary subtags). */
const RIGHT_TO_LEFT = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'sd', 'ckb', 'dv', 'yi']);

/**
 * The `lang` and `dir` for text of a pack in `language`, so that a pack's text reads right in an
 * interface of another language and direction (Persian text in an English card, and English
 * text in a Persian one).
 */
export function textLanguage(language: string): { lang: string; dir: 'ltr' | 'rtl' } {
  return { lang: language, dir: RIGHT_TO_LEFT.has(language.split('-')[0]!.toLowerCase()) ? 'rtl' : 'ltr' };
}
