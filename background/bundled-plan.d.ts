/**
 * The module modules/bundled-plan.ts makes at build time: the bundled packs, compiled,
 * as JSON text.
 */
declare module 'virtual:backstory/bundled-plan' {
  /** The plan as JSON text, parsed by lib/knowledge/bundled.ts . */
  export const planText: string;
}
