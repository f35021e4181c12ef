/** The module scripts/build/bundled-plan.ts makes at build time: the bundled packs, compiled. */
declare module 'virtual:backstory/bundled-plan' {
  const plan: import('../../lib/knowledge/plan').KnowledgePlan;
  export default plan;
}
