/**
 * The time Chromium spends compiling and first running the extension's scripts in a tab, read
 * from a DevTools trace: the content script's first part, paid on every page and in every frame
 * before any scan, and the marker, paid in frames where something was found. The scripts cannot
 * time this themselves (their clocks start once they are running).
 */
import type { CDPSession } from 'playwright-core';

export interface Evaluation {
  /** Compiling and running the top level, summed over the tab's frames. */
  ms: number;
  /** The longest single evaluation: one task of the page's thread. */
  longestMs: number;
  /** Evaluations seen: one per frame the content script ran in, one more where the marker did. */
  frames: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  args?: { data?: { url?: string } };
}

/**
 * Starts tracing the tab behind `session`; `stop` ends it and sums the evaluations of the
 * scripts under `scriptsUrl` (the extension's origin).
 */
export async function traceEvaluation(session: CDPSession, scriptsUrl: string): Promise<{ stop(): Promise<Evaluation> }> {
  const events: TraceEvent[] = [];
  session.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  // Only the timeline category: EvaluateScript is all that is read, and more categories would
  // slow the page being measured.
  await session.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline'] }, transferMode: 'ReportEvents' });
  return {
    async stop() {
      const complete = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', () => resolve()));
      await session.send('Tracing.end');
      await complete;
      const ours = events.filter((e) => e.name === 'EvaluateScript' && e.ph === 'X' && e.args?.data?.url?.startsWith(scriptsUrl));
      const durations = ours.map((e) => (e.dur ?? 0) / 1000);
      return { ms: durations.reduce((a, b) => a + b, 0), longestMs: Math.max(0, ...durations), frames: durations.length };
    },
  };
}
