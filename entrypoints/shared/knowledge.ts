/**
 * The knowledge of every pack, bundled and installed: made ready to match in the background
 * (`loadKnowledge`), which matches pages' text; made in the content script only once a page
 * turns out to name something (`loadPageKnowledge`). Kept apart from ./packs.ts so that the
 * popup and the options page, which only show packs, never load the build's matching plan or
 * the compiler.
 */
import { bundledPacks } from '../../data';
import type { Pack } from '../../data/schema';
import { compileKnowledge, compileKnowledgeInSlices, knowledgeToMark, type Knowledge } from '../../lib/knowledge/compile';
import { combinePacks, knowledgeKey, readStoredPacks } from '../../lib/knowledge/stored-pack';
import { bundledKnowledge } from './bundled-knowledge';
import { readPackRecords } from './pack-store';

/**
 * The background's knowledge of every pack and the main-thread time it took to make it ready
 * once storage had answered. With nothing installed it is the build's plan of the bundled
 * packs, rebuilt in a few milliseconds. With installed packs, every pack is compiled here,
 * since the plan cannot know them, in slices with pauses between them (a 10,000-entity pack
 * takes about a fifth of a second), so that messages are answered in between.
 */
export async function loadKnowledge(): Promise<LoadedKnowledge> {
  const records = await readPackRecords().catch(() => new Map<string, unknown>());
  const startedAt = performance.now();
  const key = knowledgeKey(records);
  const packs = packsOf(records);
  if (onlyBundled(packs)) {
    // The plan's trie is rebuilt only when read, in a few milliseconds.
    return { knowledge: bundledKnowledge(), key, startupMs: performance.now() - startedAt };
  }
  const readMs = performance.now() - startedAt;
  const { knowledge, busyMs } = await compileKnowledgeInSlices(packs, pause);
  return { knowledge, key, startupMs: readMs + busyMs };
}

/**
 * The content script's knowledge, made only when first needed. Most pages name nothing of any
 * story: the page then only reads its text and sends it to the background, and never parses an
 * installed pack or rebuilds the bundled plan. Until then it holds what storage answered (the
 * packs as text) and the key naming them, so that knowledge made later is still that of the
 * packs the page opened with, whatever was installed or removed since.
 */
export interface PageKnowledge {
  /** Names the packs (see `knowledgeKey`). */
  key: string;
  /** Main-thread time spent on it so far: reading storage's answer, and making it once asked. */
  busyMs(): number;
  /** Whether it is made. */
  made(): boolean;
  /**
   * The knowledge, made now in one piece if it is not yet. Callers that can wait for it ask
   * `ready` first, which makes installed packs a slice at a time.
   */
  get(): Knowledge;
  ready(): Promise<Knowledge>;
  /** Makes, a slice at a time, what matching on the page needs besides (see knowledgeToMark). */
  complete(): Promise<number>;
}

export async function loadPageKnowledge(): Promise<PageKnowledge> {
  // Let go once the packs are parsed: the packs' text is most of a large pack's memory.
  let records: Map<string, unknown> | null = await readPackRecords().catch(() => new Map<string, unknown>());
  const keyStarted = performance.now();
  const key = knowledgeKey(records);
  let busy = performance.now() - keyStarted;
  const timed = <T>(work: () => T): T => {
    const started = performance.now();
    try {
      return work();
    } finally {
      busy += performance.now() - started;
    }
  };
  let packs: readonly Pack[] | null = null;
  const allPacks = (): readonly Pack[] => {
    if (!packs) {
      const stored = records!;
      packs = timed(() => packsOf(stored));
      records = null;
    }
    return packs;
  };
  let knowledge: Knowledge | null = null;
  let making: Promise<Knowledge> | null = null;
  let complete: () => Promise<number> = nothingToComplete;
  const get = (): Knowledge =>
    // The plan of the bundled packs is rebuilt in a millisecond or so; installed packs, if ever
    // asked for before `ready` has made them, are compiled whole.
    (knowledge ??= timed(() => (onlyBundled(allPacks()) ? bundledKnowledge() : compileKnowledge(allPacks()))));
  return {
    key,
    busyMs: () => busy,
    made: () => knowledge !== null,
    get,
    ready() {
      if (knowledge) return Promise.resolve(knowledge);
      return (making ??= (async () => {
        if (onlyBundled(allPacks())) return get();
        const marked = await knowledgeToMark(allPacks(), pause);
        busy += marked.busyMs;
        // Whichever was made first is the page's (`get` may have been asked meanwhile).
        if (!knowledge) {
          knowledge = marked.knowledge;
          complete = marked.complete;
        }
        return knowledge;
      })());
    },
    complete: () => complete(),
  };
}

/** Every pack: the bundled ones, then those installed (`records`, as storage holds them). */
function packsOf(records: ReadonlyMap<string, unknown>): readonly Pack[] {
  return combinePacks(bundledPacks(), records.size > 0 ? readStoredPacks(records).packs : []);
}

/** Whether `packs` are the bundled ones alone (nothing installed, or nothing readable). */
function onlyBundled(packs: readonly Pack[]): boolean {
  return packs.length === bundledPacks().length;
}

/** The `complete` of knowledge that has all it needs to match. */
const nothingToComplete = (): Promise<number> => Promise.resolve(0);

export interface LoadedKnowledge {
  knowledge: Knowledge;
  /** Names the packs it was made from (see `knowledgeKey` in lib/knowledge/stored-pack.ts). */
  key: string;
  startupMs: number;
}

/** Gives the page its turn: a macrotask, so input and rendering can run in between. */
function pause(): Promise<void> {
  return new Promise((resume) => setTimeout(resume, 0));
}
