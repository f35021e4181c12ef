/**
 * The key of the packs installed now (see `knowledgeKey`), in a small storage item of its own,
 * so that a page's content script names the packs its text is matched with without reading
 * them: their records may be megabytes, which every frame of every page would otherwise copy
 * and keep, and most pages never need them. The background writes it whenever it has read the
 * records (./knowledge.ts), and reads them again at once after they change. A key that is
 * missing or stale (a pack installed a moment ago) costs a page speed, never a mark: the
 * background refuses its batches, and it matches with its own knowledge
 * (entrypoints/content/match-in-background.ts). Read through the extension's storage API
 * itself (see ./page-settings.ts).
 */
import { browser } from 'wxt/browser';
import { BUNDLED_ONLY_KEY } from '../../lib/knowledge/stored-pack';

const KEY = 'packsKey';

/** The installed packs' key as the background last wrote it; the bundled packs alone before it ever has. */
export async function readPacksKey(): Promise<string> {
  const stored = await browser.storage.local.get(KEY).catch(() => ({}) as Record<string, unknown>);
  const key = stored[KEY];
  return typeof key === 'string' ? key : BUNDLED_ONLY_KEY;
}

export async function writePacksKey(key: string): Promise<void> {
  const stored = await browser.storage.local.get(KEY);
  if (stored[KEY] !== key) await browser.storage.local.set({ [KEY]: key });
}
