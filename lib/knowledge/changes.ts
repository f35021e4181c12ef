/**
 * What a newer revision of a story changed, as a reader who read the older one wants to know:
 * facts added or changed, stances that moved, events added to what happened since, and names
 * added (new entities, and new forms of known ones). Computed when the revision is installed
 * and shown once in the popup (storage/story-changes.ts).
 */
import type { Pack } from '../../data/schema';
import { revisionOf } from './revisions';

export interface StoryChanges {
  packId: string;
  title: string;
  from: number;
  to: number;
  /** A fact of an entity that the older revision did not state in these words. */
  facts: { entity: string; date: string; text: string }[];
  stances: { entity: string; from: string | null; to: string }[];
  since: { date: string; text: string }[];
  /** Entities new to the story, and new forms of entities it had. */
  names: { entity: string; forms: string[]; isNew: boolean }[];
}

export function storyChanges(before: Pack, after: Pack): StoryChanges {
  const older = new Map(before.entities.map((e) => [e.id, e]));
  const labels = (pack: Pack) => new Map(pack.stanceLabels.map((l) => [l.id, l.label]));
  const [oldLabels, newLabels] = [labels(before), labels(after)];
  const changes: StoryChanges = { packId: after.id, title: after.story.title, from: revisionOf(before), to: revisionOf(after), facts: [], stances: [], since: [], names: [] };
  for (const entity of after.entities) {
    const old = older.get(entity.id);
    const oldFacts = new Set(old?.facts.map((f) => `${f.date} ${f.text}`));
    for (const fact of entity.facts) {
      if (!oldFacts.has(`${fact.date} ${fact.text}`)) changes.facts.push({ entity: entity.name, date: fact.date, text: fact.text });
    }
    const [was, is] = [old?.stance ? (oldLabels.get(old.stance.label) ?? old.stance.label) : null, entity.stance ? (newLabels.get(entity.stance.label) ?? entity.stance.label) : null];
    if (is !== null && was !== is) changes.stances.push({ entity: entity.name, from: was, to: is });
    const oldForms = new Set(old?.aliases.map((a) => a.text));
    const forms = entity.aliases.map((a) => a.text).filter((text) => !oldForms.has(text));
    if (forms.length > 0) changes.names.push({ entity: entity.name, forms, isNew: !old });
  }
  const oldSince = new Set(before.story.since?.map((f) => `${f.date} ${f.text}`));
  for (const event of after.story.since ?? []) {
    if (!oldSince.has(`${event.date} ${event.text}`)) changes.since.push({ date: event.date, text: event.text });
  }
  return changes;
}

/** `earlier`, then `later`, told as one change from the first's revision to the last's. */
export function mergeChanges(earlier: StoryChanges, later: StoryChanges): StoryChanges {
  return {
    ...later,
    from: earlier.from,
    facts: [...earlier.facts, ...later.facts],
    stances: [...earlier.stances.filter((s) => !later.stances.some((t) => t.entity === s.entity)), ...later.stances],
    since: [...earlier.since, ...later.since],
    names: [...earlier.names, ...later.names],
  };
}

/** Whether there is anything to tell. */
export function hasChanges(changes: StoryChanges): boolean {
  return changes.facts.length + changes.stances.length + changes.since.length + changes.names.length > 0;
}
