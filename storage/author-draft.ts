/**
 * The story being written in the editor (entrypoints/author), kept as the author types, so that
 * nothing typed is lost: reopening the editor restores it. One draft at a time, in
 * `local:authorDraft`; it stays after a save, for the next revision, until the author starts
 * again. What is read back is checked; a draft that does not fit is dropped.
 */
import * as v from 'valibot';
import { storage } from 'wxt/utils/storage';
import type { Pack } from '../data/schema';
import type { ConsideredName } from '../lib/draft/pack';
import { storedPackProblem } from '../lib/knowledge/stored-pack';

export interface AuthorDraft {
  /** The address of the page the story was started from. */
  url: string;
  /** The pack as the author left it: perhaps not valid yet. */
  pack: Pack;
  /** The page's article, for the aliases' preview. */
  paragraphs: string[];
  /** The names the draft considered. */
  candidates: ConsideredName[];
  /** When it was last kept (milliseconds since 1970). */
  savedAt: number;
}

const DraftSchema = v.object({
  url: v.string(),
  // Checked by storedPackProblem below: everything the editor draws.
  pack: v.looseObject({ id: v.string() }),
  paragraphs: v.array(v.string()),
  candidates: v.array(v.object({ text: v.string(), type: v.string(), count: v.number(), entityId: v.optional(v.string()) })),
  savedAt: v.number(),
});

const item = storage.defineItem<unknown>('local:authorDraft', { fallback: null });

/** The kept draft, or null if there is none or it cannot be read. */
export async function readAuthorDraft(): Promise<AuthorDraft | null> {
  const result = v.safeParse(DraftSchema, await item.getValue().catch(() => null));
  // Everything the editor draws must be there, or the draft would leave a blank page behind.
  if (!result.success || storedPackProblem(result.output.pack, result.output.pack.id) !== null) return null;
  return result.output as unknown as AuthorDraft;
}

/** Whether `draft` was started from the page at `url` (a link to a part of it counts as the page). */
export function isDraftOf(draft: AuthorDraft, url: string | null): boolean {
  return url !== null && draft.url.replace(/#.*$/, '') === url.replace(/#.*$/, '');
}

export async function keepAuthorDraft(draft: AuthorDraft): Promise<void> {
  await item.setValue(draft);
}

export async function dropAuthorDraft(): Promise<void> {
  await item.removeValue();
}
