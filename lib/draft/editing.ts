/**
 * What the story editor does to a pack, as functions of the pack: adding, removing and merging
 * entities keep every reference (related, reactions, anchors) pointing at an entity that exists.
 * Each returns a new pack and leaves the one it was given as it was.
 */
import type { Entity, Pack } from '../../data/schema';
import { aliasKey } from '../match/normalize';
import { freeId, slug } from './pack';

/**
 * A new entity named `name`, its id free in the pack and among `installedIds` (an id another
 * story uses would silently make it that story's entity).
 */
export function addEntity(pack: Pack, name: string, type: Entity['type'] = 'person', installedIds: ReadonlySet<string> = new Set()): Pack {
  const id = freeId(slug(name), new Set([...installedIds, ...pack.entities.map((e) => e.id)]));
  const entity: Entity = {
    id,
    name,
    type,
    aliases: [{ text: name }],
    description: `Named in ${pack.article.name}.`,
    role: [{ text: `Named in ${pack.article.name}.`, source: 'article' }],
    facts: [],
    related: [],
  };
  return { ...pack, entities: [...pack.entities, entity] };
}

/** The pack without entity `id`, and without every reference to it. */
export function removeEntity(pack: Pack, id: string): Pack {
  const { anchors: before, ...story } = pack.story;
  // No anchors left means none chosen: every entity anchors the story, as without the list.
  const anchors = before?.filter((a) => a !== id);
  return {
    ...pack,
    story: {
      ...story,
      reactions: pack.story.reactions.filter((r) => r.actor !== id),
      ...(anchors && anchors.length > 0 && { anchors }),
    },
    entities: pack.entities.filter((e) => e.id !== id).map((e) => ({ ...e, related: e.related.filter((r) => r !== id) })),
  };
}

/**
 * The pack with entity `id` among the story's anchors or not. A pack without the list is
 * anchored by every entity, so taking one out lists all the others. The last anchor stays: an
 * empty list would mean every entity again.
 */
export function setAnchor(pack: Pack, id: string, on: boolean): Pack {
  const current = anchorsOf(pack);
  const anchors = on ? unique([...current, id]) : current.filter((a) => a !== id);
  if (anchors.length === 0) return pack;
  return { ...pack, story: { ...pack.story, anchors } };
}

/** The ids of the entities that anchor the story: every entity's when the pack lists none. */
export function anchorsOf(pack: Pack): readonly string[] {
  return pack.story.anchors ?? pack.entities.map((e) => e.id);
}

/** Whether entity `id` anchors the story (every entity does when the pack lists none). */
export function isAnchor(pack: Pack, id: string): boolean {
  return pack.story.anchors?.includes(id) ?? true;
}

/**
 * Entity `from` folded into entity `into`: its aliases (each form once), role, facts (in date
 * order) and relations join `into`'s, and references to `from` now point at `into`.
 */
export function mergeEntities(pack: Pack, from: string, into: string): Pack {
  const source = pack.entities.find((e) => e.id === from);
  const target = pack.entities.find((e) => e.id === into);
  if (!source || !target || from === into) return pack;
  const seen = new Set(target.aliases.map((a) => aliasKey(a.text)));
  const aliases = [...target.aliases, ...source.aliases.filter((a) => !seen.has(aliasKey(a.text)) && seen.add(aliasKey(a.text)))];
  const merged: Entity = {
    ...target,
    aliases,
    role: [...target.role, ...source.role].slice(0, 5),
    facts: [...target.facts, ...source.facts].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
    related: unique([...target.related, ...source.related].filter((r) => r !== into && r !== from)),
  };
  const repoint = (id: string) => (id === from ? into : id);
  const anchors = pack.story.anchors && unique(pack.story.anchors.map(repoint));
  return {
    ...pack,
    story: {
      ...pack.story,
      reactions: uniqueBy(pack.story.reactions.map((r) => ({ ...r, actor: repoint(r.actor) })), (r) => `${r.actor}\n${r.summary}`),
      ...(anchors && { anchors }),
    },
    entities: pack.entities
      .filter((e) => e.id !== from)
      .map((e) => (e.id === into ? merged : { ...e, related: unique(e.related.map(repoint).filter((r) => r !== e.id)) })),
  };
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(key(item)) && seen.add(key(item)));
}
