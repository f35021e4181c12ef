/**
 * A page's knowledge, made by its marker (entrypoints/marker) only once the page turns out to
 * name something, from the packs storage held when the marker loaded (./page-packs.ts) and the
 * bundled ones the background hands it (lib/knowledge/bundled.ts).
 */
import type { Pack } from '../../data/schema';
import type { BundledPacks } from '../../lib/knowledge/bundled';
import { compileKnowledge, knowledgeToMark, type Knowledge } from '../../lib/knowledge/compile';
import type { PagePacks } from './page-packs';
import { pause } from './pause';

/**
 * Made only when first needed: most pages name nothing of any story, and never load the code
 * that makes it (entrypoints/marker), parse an installed pack or rebuild the bundled plan.
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

export function makePageKnowledge(stored: PagePacks, bundled: BundledPacks): PageKnowledge {
  const key = stored.key;
  let busy = stored.readMs;
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
      packs = timed(() => bundled.withInstalled(stored.records));
      // The records are handed over: emptied once parsed, since the packs' text is most of a
      // large pack's memory and whoever read them keeps `stored` (the key is all it needs).
      stored.records.clear();
    }
    return packs;
  };
  let knowledge: Knowledge | null = null;
  let making: Promise<Knowledge> | null = null;
  let complete: () => Promise<number> = nothingToComplete;
  const get = (): Knowledge =>
    // The plan of the bundled packs is rebuilt in a millisecond or so; installed packs, if ever
    // asked for before `ready` has made them, are compiled whole.
    (knowledge ??= timed(() => (bundled.areAll(allPacks()) ? bundled.knowledge() : compileKnowledge(allPacks()))));
  return {
    key,
    busyMs: () => busy,
    made: () => knowledge !== null,
    get,
    ready() {
      if (knowledge) return Promise.resolve(knowledge);
      return (making ??= (async () => {
        if (bundled.areAll(allPacks())) return get();
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

/** The `complete` of knowledge that has all it needs to match. */
const nothingToComplete = (): Promise<number> => Promise.resolve(0);
