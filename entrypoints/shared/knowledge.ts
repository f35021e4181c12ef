/**
 * The knowledge of every pack, bundled and installed: made ready to match in the background
 * (`loadKnowledge`), which matches pages' text; made in a page only once the page turns out to
 * name something (`makePageKnowledge`, in the marker, the part of the content script loaded
 * then). Kept apart from ./packs.ts so that the popup and the options page, which only show
 * packs, never load the build's matching plan or the compiler.
 */
import { bundledPacks } from '../../data';
import type { Pack } from '../../data/schema';
import { compileKnowledge, compileKnowledgeInSlices, knowledgeToMark, type Knowledge } from '../../lib/knowledge/compile';
import { combinePacks, knowledgeKey, readStoredPacks } from '../../lib/knowledge/stored-pack';
import { bundledKnowledge } from './bundled-knowledge';
import { readPackRecords } from './pack-store';
import type { PagePacks } from './page-packs';

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
 * A page's knowledge, made only when first needed, from the packs storage held when the page
 * opened (./page-packs.ts). Most pages name nothing of any story: they never load the code that
 * makes it (entrypoints/marker), never parse an installed pack nor rebuild the bundled plan.
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

export function makePageKnowledge(opened: PagePacks): PageKnowledge {
  // The records are handed over: emptied once the packs are parsed, since the packs' text is
  // most of a large pack's memory and whoever read them keeps `opened` (the key is all it needs).
  let records: Map<string, unknown> | null = opened.records;
  const key = opened.key;
  let busy = opened.readMs;
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
      stored.clear();
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
