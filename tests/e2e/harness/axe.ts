/**
 * axe-core in a page under test: loaded through the driver, as a console would load it
 * (extension pages allow no inline script), and run on the document or a part of it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { TestPage } from './browsers';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** axe's serious and critical violations in `target`, within the element `include` names if given. */
export async function seriousViolations(target: TestPage, include: string | null = null): Promise<Violation[]> {
  await target.evaluateScript(AXE);
  return target.evaluate(runAxe, include);
}

/** Runs in the page. */
async function runAxe(include: string | null): Promise<Violation[]> {
  type Axe = { run(context: unknown, options: unknown): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> };
  const axe = (globalThis as unknown as { axe: Axe }).axe;
  const result = await axe.run(include ? { include: [[include]] } : document, { resultTypes: ['violations'] });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => JSON.stringify(n.target)) }));
}
