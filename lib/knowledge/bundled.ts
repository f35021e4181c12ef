/**
 * The packs that ship inside the extension, and the plan the build compiled from them
 * (lib/knowledge/plan.ts), read from the JSON text the build carries them as and parsed on first
 * use (background/bundled.ts).
 */
import type { Pack } from '../../data/schema';
import { compileKnowledge, type Knowledge } from './compile';
import { hydrateKnowledge, type KnowledgePlan } from './plan';
import { combinePacks, readStoredPacks } from './stored-pack';

/** The bundled packs and their plan as JSON text: each pack's file, in file-name order. */
export interface BundledTexts {
  packs: string[];
  plan: string;
}

export interface BundledPacks {
  /**
   * Their knowledge, rebuilt from the plan (a new one on every call). Should the plan ever not
   * fit the packs (it is made from the same files, so only a broken build could do that), the
   * packs are compiled instead: slower, never wrong.
   */
  knowledge(): Knowledge;
  /** Every pack: the bundled ones, then those installed (`records`, as storage holds them). */
  withInstalled(records: ReadonlyMap<string, unknown>): readonly Pack[];
  /**
   * Whether `packs` (from `withInstalled`) are the bundled ones alone: nothing installed,
   * nothing readable, or nothing newer. Their knowledge is then `knowledge()`, with no compiling.
   */
  areAll(packs: readonly Pack[]): boolean;
}

export function bundledFromTexts(texts: BundledTexts): BundledPacks {
  let packs: readonly Pack[] | null = null;
  let plan: KnowledgePlan | null = null;
  const parsedPacks = () => (packs ??= texts.packs.map((text) => JSON.parse(text) as Pack));
  return {
    knowledge: () => hydrateKnowledge((plan ??= JSON.parse(texts.plan) as KnowledgePlan), parsedPacks()) ?? compileKnowledge(parsedPacks()),
    withInstalled: (records) => combinePacks(parsedPacks(), records.size > 0 ? readStoredPacks(records).packs : []),
    areAll: (all) => all.length === parsedPacks().length && all.every((pack, i) => pack === parsedPacks()[i]),
  };
}
