/**
 * The main-thread time an extension costs a page, read from a DevTools trace of the page's load
 * (bench:page). The same measure for any extension, so that ours, an older build of ours and
 * the minimal reference compare fairly; one extension is loaded at a time.
 *
 * Counted, on the renderer main thread of each of the tab's frames that ran one of the
 * extension's content scripts, as the union of these intervals (time covered twice counts once):
 * - the trace events that name one of the extension's scripts: compiling and running a script's
 *   top level (EvaluateScript, with its v8.compile) and every call into one of its functions
 *   (FunctionCall: timers, idle callbacks, event listeners, callbacks of extension APIs), with
 *   everything nested in them (garbage collection, style or layout the script forced);
 * - in a task that delivered one of the extension system's messages to the frame (a mojo
 *   message of an `extensions.mojom.*` interface: a reply from the background, a message from
 *   it, an API's answer) or that ran the extension's code, and ran no code of the page: that
 *   message's handling (deserialising it) and the task's microtasks. This is where promise
 *   continuations run once a message's reply arrives: the trace names no script for them.
 * Not counted: creating the frame's isolated world and injecting the scripts before they are
 * compiled (the browser's, alike for every extension), style, layout and paint the page does
 * later in its own tasks because of the extension's style sheet or highlights, garbage
 * collection in a task of its own, and the extension's background (another process).
 *
 * No sampling profiler: it made DOM-heavy code about twice as slow (a walk of wikipedia-2's
 * text nodes, 15 against 30 ms), so that it would have measured itself.
 */
import type { CDPSession } from 'playwright-core';

export interface MainThreadCost {
  /** All of the extension's main-thread time in the tab, over its frames (see above). */
  totalMs: number;
  /** Of which compiling and running the scripts' top level (EvaluateScript). */
  evaluateMs: number;
  /** Of which calls into its functions (FunctionCall), with everything nested in them. */
  callsMs: number;
  /** Of which its messages' handling and the microtasks of their tasks (promise continuations). */
  messagesMs: number;
  /** The longest stretch of the extension's time without a break: about its longest task. */
  longestMs: number;
  /** Scripts evaluated: one per frame and content script, one more per frame for an injected one. */
  evaluations: number;
  /** Renderer main threads the content scripts ran on (same-process frames share one). */
  threads: number;
  /** Milliseconds by script path (EvaluateScript and FunctionCall events only). */
  byScript: Record<string, number>;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: {
    data?: { url?: string };
    chrome_mojo_event_info?: { mojo_interface_tag?: string };
  };
}

/**
 * devtools.timeline: scripts and calls; toplevel: tasks, microtask checkpoints and mojo messages
 * (mojom: their interface); v8.execute: RunMicrotasks.
 */
const CATEGORIES = ['devtools.timeline', 'toplevel', 'mojom', 'v8.execute'];
const NAMED = new Set(['EvaluateScript', 'v8.compile', 'FunctionCall']);
/** Events that run a page's or an extension's code, and name its script. */
const SCRIPT = new Set(['EvaluateScript', 'FunctionCall']);
const TASK = 'ThreadControllerImpl::RunTask';
const MICROTASKS = new Set(['RunMicrotasks', 'BlinkScheduler_PerformMicrotaskCheckpoint']);
const MOJO = new Set(['Receive mojo message', 'Receive mojo reply']);
const EXTENSION_INTERFACES = 'extensions.mojom.';

/**
 * Starts tracing the browser behind `session`; `stop` ends it and measures the extension whose
 * scripts are under `origin` (`chrome-extension://<id>/`). `contentScripts` are the paths of its
 * manifest's content scripts: the threads that evaluated one of them are the page's frames'.
 */
export async function traceMainThread(
  session: CDPSession,
  origin: string,
  contentScripts: readonly string[],
): Promise<{ stop(): Promise<MainThreadCost> }> {
  const events: TraceEvent[] = [];
  session.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  await session.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' });
  return {
    async stop() {
      const complete = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', () => resolve()));
      await session.send('Tracing.end');
      await complete;
      return attribute(events, origin, contentScripts);
    },
  };
}

type Interval = [number, number];

function attribute(events: readonly TraceEvent[], origin: string, contentScripts: readonly string[]): MainThreadCost {
  const ours = (e: TraceEvent) => e.args?.data?.url?.startsWith(origin) ?? false;
  const thread = (e: TraceEvent) => `${e.pid}:${e.tid}`;
  const contentUrls = new Set(contentScripts.map((path) => origin + path));
  const span = (e: TraceEvent): Interval => [e.ts, e.ts + (e.dur ?? 0)];

  // The page's frames: the main threads that evaluated a content script. (An extension page,
  // such as the one the benchmark asks the background from, runs no content script.)
  const threads = new Set(events.filter((e) => e.name === 'EvaluateScript' && contentUrls.has(e.args?.data?.url ?? '')).map(thread));
  const byThread = new Map<string, TraceEvent[]>([...threads].map((t) => [t, []]));
  for (const e of events) if (e.ph === 'X' && byThread.has(thread(e))) byThread.get(thread(e))!.push(e);

  const byScript: Record<string, number> = {};
  let evaluations = 0;
  let evaluateUs = 0;
  let callsUs = 0;
  let totalUs = 0;
  let longestUs = 0;
  for (const list of byThread.values()) {
    list.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
    const named = list.filter((e) => NAMED.has(e.name) && ours(e));
    for (const e of named) {
      if (e.name === 'v8.compile') continue;
      const path = e.args!.data!.url!.slice(origin.length);
      byScript[path] = (byScript[path] ?? 0) + (e.dur ?? 0) / 1000;
      if (e.name === 'EvaluateScript') evaluations++;
    }
    // The tasks the extension had its hands in, and no page code: their messages and microtasks.
    // A task's microtask checkpoint comes right after it, outside its event: each task is taken
    // up to the start of the next.
    const messages: Interval[] = [];
    const tasks = list.filter((e) => e.name === TASK && e.dur !== undefined);
    let at = 0;
    for (const [i, task] of tasks.entries()) {
      const to = tasks[i + 1]?.ts ?? Infinity;
      while (at < list.length && list[at]!.ts < task.ts) at++;
      const inside: TraceEvent[] = [];
      for (let j = at; j < list.length && list[j]!.ts < to; j++) if (list[j] !== task) inside.push(list[j]!);
      const delivered = inside.filter((e) => MOJO.has(e.name) && (e.args?.chrome_mojo_event_info?.mojo_interface_tag ?? '').startsWith(EXTENSION_INTERFACES));
      const scripts = inside.filter((e) => SCRIPT.has(e.name));
      if (scripts.some((e) => !ours(e))) continue;
      if (delivered.length === 0 && scripts.length === 0) continue;
      messages.push(...delivered.map(span), ...inside.filter((e) => MICROTASKS.has(e.name)).map(span));
    }
    const evaluate = union(named.filter((e) => e.name !== 'FunctionCall').map(span));
    const calls = union(named.map(span));
    const all = union([...calls, ...messages]);
    evaluateUs += length(evaluate);
    callsUs += length(calls) - length(evaluate);
    totalUs += length(all);
    for (const [a, b] of all) longestUs = Math.max(longestUs, b - a);
  }
  const ms = (us: number) => us / 1000;
  return {
    totalMs: ms(totalUs),
    evaluateMs: ms(evaluateUs),
    callsMs: ms(callsUs),
    messagesMs: ms(totalUs - evaluateUs - callsUs),
    longestMs: ms(longestUs),
    evaluations,
    threads: threads.size,
    byScript,
  };
}

function union(intervals: readonly Interval[]): Interval[] {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const out: Interval[] = [];
  for (const [a, b] of sorted) {
    const last = out.at(-1);
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

function length(intervals: readonly Interval[]): number {
  return intervals.reduce((sum, [a, b]) => sum + (b - a), 0);
}
