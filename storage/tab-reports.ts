/**
 * Each tab's reports (protocol/reports.ts), one session-storage entry per tab. The background
 * writes them as frames report; the popup reads and watches its tab's entry directly, so it
 * opens without waiting for a stopped service worker to start and answer. Session storage is
 * cleared when the browser closes, and is not readable by content scripts.
 */
import { browser } from 'wxt/browser';
import { parseFrameReports, type FrameReports } from '../protocol/reports';

const PREFIX = 'tab:';

function keyOf(tabId: number): string {
  return `${PREFIX}${tabId}`;
}

export async function readTabReports(tabId: number): Promise<FrameReports> {
  const key = keyOf(tabId);
  const stored = await browser.storage.session.get(key);
  return parseFrameReports(stored[key]);
}

/** Stores a tab's reports, or forgets the tab when `frames` is null. */
export async function writeTabReports(tabId: number, frames: FrameReports | null): Promise<void> {
  const key = keyOf(tabId);
  if (frames === null) await browser.storage.session.remove(key);
  else await browser.storage.session.set({ [key]: frames });
}

/** Calls `onChange` with the tab's reports whenever they change; returns the unsubscribe. */
export function watchTabReports(tabId: number, onChange: (frames: FrameReports) => void): () => void {
  const key = keyOf(tabId);
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'session' && key in changes) onChange(parseFrameReports(changes[key]!.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
