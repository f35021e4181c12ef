/**
 * What a newer revision of each story changed (lib/knowledge/changes.ts), kept from its install
 * until the reader dismisses it in the popup: `local:storyChanges:<pack id>`. What is read back
 * is checked; an entry that does not fit is dropped, as if dismissed.
 */
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { mergeChanges, type StoryChanges } from '../lib/knowledge/changes';

const PREFIX = 'storyChanges:';

const Text = v.string();
const ChangesSchema = v.object({
  packId: Text,
  title: Text,
  from: v.number(),
  to: v.number(),
  facts: v.array(v.object({ entity: Text, date: Text, text: Text })),
  stances: v.array(v.object({ entity: Text, from: v.nullable(Text), to: Text })),
  since: v.array(v.object({ date: Text, text: Text })),
  names: v.array(v.object({ entity: Text, forms: v.array(Text), isNew: v.boolean() })),
});

/**
 * Keeps what a new revision changed. Changes of an earlier revision not yet seen are kept with
 * them (revision 1 to 2, then 2 to 3, is told as 1 to 3).
 */
export async function recordStoryChanges(changes: StoryChanges): Promise<void> {
  const unseen = await readStoryChanges(changes.packId);
  const all = unseen && unseen.to === changes.from ? mergeChanges(unseen, changes) : changes;
  await browser.storage.local.set({ [PREFIX + changes.packId]: all });
}

/** The changes of the story `packId` not yet dismissed, or null. */
export async function readStoryChanges(packId: string): Promise<StoryChanges | null> {
  const key = PREFIX + packId;
  const stored = (await browser.storage.local.get(key))[key];
  if (stored === undefined) return null;
  const parsed = v.safeParse(ChangesSchema, stored);
  if (parsed.success) return parsed.output;
  await dismissStoryChanges(packId);
  return null;
}

export async function dismissStoryChanges(packId: string): Promise<void> {
  await browser.storage.local.remove(PREFIX + packId);
}
