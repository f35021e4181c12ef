/**
 * The bundled packs and the build's plan of them (scripts/build/bundled-plan.ts), as this
 * context's bundle carries them: the background's knowledge starts from them, and it hands their
 * text to every page's marker (lib/knowledge/bundled.ts), whose own script then need not carry
 * them. Kept apart from ./packs.ts so that the popup and the options page, which only show
 * packs, never load the plan.
 */
import { planText } from 'virtual:backstory/bundled-plan';
import { bundledPackTexts } from '../../data';
import { bundledFromTexts, type BundledTexts } from '../../lib/knowledge/bundled';

export function bundledTexts(): BundledTexts {
  return { packs: bundledPackTexts(), plan: planText };
}

export const bundled = bundledFromTexts(bundledTexts());
