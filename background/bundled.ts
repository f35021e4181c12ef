/**
 * The bundled packs and the build's plan of them (modules/bundled-plan.ts), as the
 * background's bundle carries them: its knowledge starts from them (lib/knowledge/bundled.ts).
 */
import { planText } from 'virtual:backstory/bundled-plan';
import { bundledPackTexts } from '../data';
import { bundledFromTexts } from '../lib/knowledge/bundled';

export const bundled = bundledFromTexts({ packs: bundledPackTexts(), plan: planText });
