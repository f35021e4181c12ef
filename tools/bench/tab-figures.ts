/**
 * What the benchmarks read of a tab: its report (counts, and whether the first scan is done)
 * and its frames' timings. A build of today answers timings only to `get-tab-diagnostics`; an
 * older build (an A/B run against an earlier commit) carried them in its reports' stats, and
 * is read that way.
 */
import { parseReport, type Report } from '../../protocol/reports';
import { NO_DIAGNOSTICS, parseFrameDiagnostics, type FrameDiagnostics } from '../../protocol/to-page';
import { askBackground } from '../../tests/e2e/harness/in-page';

/** An extension page to ask from: the harness's, or a Playwright page. */
type ExtensionPage = { evaluate(fn: typeof askBackground, arg: unknown): Promise<unknown> };

export interface TabFigures {
  report: Report;
  /** The frames' timings; `startupMs` is an older build's time making the page's knowledge (0 now: pages make none). */
  diagnostics: FrameDiagnostics & { startupMs: number };
}

export async function readTabFigures(ext: ExtensionPage, tabId: number): Promise<TabFigures | null> {
  const raw = await ext.evaluate(askBackground, { type: 'backstory:get-tab-mentions', tabId });
  const report = parseReport(raw);
  if (!report) return null;
  const stats = (raw as { stats: Record<string, unknown> }).stats;
  const old = parseFrameDiagnostics({ markerFrames: 0, backgroundPassages: 0, ...stats });
  const diagnostics =
    old ?? parseFrameDiagnostics(await ext.evaluate(askBackground, { type: 'backstory:get-tab-diagnostics', tabId }).catch(() => null)) ?? NO_DIAGNOSTICS;
  return { report, diagnostics: { ...diagnostics, startupMs: typeof stats.startupMs === 'number' ? stats.startupMs : 0 } };
}
