/**
 * The knowledge of the packs that ship inside the extension, rebuilt from the plan the build
 * compiled (scripts/build/bundled-plan.ts) rather than compiled on every page. Should the plan
 * ever not fit the packs (it is made from the same files, so only a broken build could do
 * that), the packs are compiled here instead: slower, never wrong.
 */
import bundledPlan from 'virtual:backstory/bundled-plan';
import { bundledPacks } from '../../data';
import { compileKnowledge, type Knowledge } from '../../lib/knowledge/compile';
import { hydrateKnowledge } from '../../lib/knowledge/plan';

export function bundledKnowledge(): Knowledge {
  return hydrateKnowledge(bundledPlan(), bundledPacks()) ?? compileKnowledge(bundledPacks());
}
