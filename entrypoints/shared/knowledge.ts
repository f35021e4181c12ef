/**
 * The knowledge of every pack, bundled and installed: made ready to match in the background
 * (`loadKnowledge('match')`), which matches pages' text; made ready to mark in the content
 * script (`loadKnowledge('mark')`), which matches only when the background cannot. Kept
 * apart from ./packs.ts so that the popup and the options page, which only show packs, never
 * load the build's matching plan or the compiler.
 */
import { bundledPacks } from '../../data';
import { compileKnowledgeInSlices, knowledgeToMark, type Knowledge } from '../../lib/knowledge/compile';
import { combinePacks, knowledgeKey, readStoredPacks } from '../../lib/knowledge/stored-pack';
import { bundledKnowledge } from './bundled-knowledge';
import { readPackRecords } from './pack-store';

/**
 * The knowledge of every pack and the main-thread time it took to make it ready once storage
 * had answered. With nothing installed it is the build's plan of the bundled packs, rebuilt in
 * a few milliseconds. With installed packs, every pack is compiled here, since the plan cannot
 * know them, in slices with pauses between them: a 10,000-entity pack takes about half a
 * second, which must not be one task on the reader's page.
 */
export async function loadKnowledge(use: 'match' | 'mark'): Promise<LoadedKnowledge> {
  const records = await readPackRecords().catch(() => new Map<string, unknown>());
  const startedAt = performance.now();
  const key = knowledgeKey(records);
  const installed = records.size > 0 ? readStoredPacks(records).packs : [];
  const packs = combinePacks(bundledPacks, installed);
  if (packs.length === bundledPacks.length) {
    // The plan's trie is rebuilt only when read, in a few milliseconds: nothing to complete.
    return { knowledge: bundledKnowledge(), key, startupMs: performance.now() - startedAt, complete: nothingToComplete };
  }
  const readMs = performance.now() - startedAt;
  if (use === 'mark') {
    const { knowledge, busyMs, complete } = await knowledgeToMark(packs, pause);
    return { knowledge, key, startupMs: readMs + busyMs, complete };
  }
  const { knowledge, busyMs } = await compileKnowledgeInSlices(packs, pause);
  return { knowledge, key, startupMs: readMs + busyMs, complete: nothingToComplete };
}

/** The `complete` of knowledge that has all it needs to match. */
const nothingToComplete = (): Promise<number> => Promise.resolve(0);

export interface LoadedKnowledge {
  knowledge: Knowledge;
  /** Names the packs it was made from (see `knowledgeKey` in lib/knowledge/stored-pack.ts). */
  key: string;
  startupMs: number;
  /**
   * Makes, a slice at a time, what matching needs and a knowledge loaded to `mark` has not made
   * yet (see knowledgeToMark); resolves with the main-thread time that took.
   */
  complete(): Promise<number>;
}

/** Gives the page its turn: a macrotask, so input and rendering can run in between. */
function pause(): Promise<void> {
  return new Promise((resume) => setTimeout(resume, 0));
}
