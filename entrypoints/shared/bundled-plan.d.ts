/**
 * The module scripts/build/bundled-plan.ts makes at build time: the bundled packs, compiled,
 * parsed on the first call.
 */
declare module 'virtual:backstory/bundled-plan' {
  /** The plan as JSON text, as the marker is handed it (lib/knowledge/bundled.ts). */
  export const planText: string;
  export default function bundledPlan(): import('../../lib/knowledge/plan').KnowledgePlan;
}
