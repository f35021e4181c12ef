/**
 * The background's knowledge of every pack, bundled and installed, made ready to match pages'
 * text (`loadKnowledge`). A page makes its own only once it turns out to name something
 * (./page-knowledge.ts, in the marker). Kept apart from ./packs.ts so that the popup and the
 * options page, which only show packs, never load the build's matching plan or the compiler.
 */
import { compileKnowledgeInSlices, type Knowledge } from '../../lib/knowledge/compile';
import { knowledgeKey } from '../../lib/knowledge/stored-pack';
import { bundled } from './bundled';
import { readPackRecords } from './pack-records';
import { writePacksKey } from './packs-key';
import { pause } from './pause';

/**
 * The background's knowledge of every pack and the main-thread time it took to make it ready
 * once storage had answered. With nothing installed it is the build's plan of the bundled
 * packs, rebuilt in a few milliseconds. With installed packs, every pack is compiled here,
 * since the plan cannot know them, in slices with pauses between them (a 10,000-entity pack
 * takes about a fifth of a second), so that messages are answered in between. The packs' key
 * is written for pages to read (./packs-key.ts).
 */
export async function loadKnowledge(): Promise<LoadedKnowledge> {
  const records = await readPackRecords().catch(() => new Map<string, unknown>());
  const startedAt = performance.now();
  const key = knowledgeKey(records);
  // Pages opening from now on name these packs (their text is matched here only if they do).
  void writePacksKey(key).catch(() => {});
  const packs = bundled.withInstalled(records);
  if (bundled.areAll(packs)) {
    // The plan's trie is rebuilt only when read, in a few milliseconds.
    return { knowledge: bundled.knowledge(), key, startupMs: performance.now() - startedAt };
  }
  const readMs = performance.now() - startedAt;
  const { knowledge, busyMs } = await compileKnowledgeInSlices(packs, pause);
  return { knowledge, key, startupMs: readMs + busyMs };
}

export interface LoadedKnowledge {
  knowledge: Knowledge;
  /** Names the packs it was made from (see `knowledgeKey` in lib/knowledge/stored-pack.ts). */
  key: string;
  startupMs: number;
}
