/**
 * The module scripts/build/bundled-plan.ts makes at build time: the bundled packs, compiled,
 * parsed on the first call.
 */
declare module 'virtual:backstory/bundled-plan' {
  export default function bundledPlan(): import('../../lib/knowledge/plan').KnowledgePlan;
}
