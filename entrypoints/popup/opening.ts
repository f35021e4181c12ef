/**
 * What the popup reads from storage, asked for the moment its code starts. Preact runs a
 * component's effects only after the first paint, a frame later; reading from there made the
 * tab's mentions wait for that frame and then for storage, one after the other. Here both
 * overlap the first render. Each value is watched from before it is read, so no change made
 * while the popup opens is missed; the popup lives as long as its page, so nothing is unwatched.
 */
import { browser } from 'wxt/browser';
import { tabReport, type Report } from '../../protocol/reports';
import type { CheckTabFrames } from '../../protocol/to-background';
import type { Settings } from '../../lib/settings';
import { loadSettings, watchSettings } from '../../storage/settings';
import { readTabReports, watchTabReports } from '../../storage/tab-reports';

/** An error says what went wrong, not in words: the popup words it in the interface's language. */
export type Load =
  | { state: 'loading' }
  | { state: 'ready'; reply: Report }
  | { state: 'error'; problem: 'no-tab' }
  | { state: 'error'; problem: 'unreadable'; detail: string };

/** A value that arrives later and may change after: its followers get the latest, then each change. */
export class Latest<T> {
  private value: { current: T } | null = null;
  private readonly followers = new Set<(value: T) => void>();

  set(value: T): void {
    this.value = { current: value };
    for (const follower of this.followers) follower(value);
  }

  /** Calls `follower` with the value now, if there is one, and on every change; returns the unfollow. */
  follow(follower: (value: T) => void): () => void {
    if (this.value) follower(this.value.current);
    this.followers.add(follower);
    return () => this.followers.delete(follower);
  }
}

/**
 * The tab's reports, as they are and as they change. They are read from session storage,
 * where the background keeps them, so that no message has to wake a stopped background first.
 */
export function followTab(tab: Promise<number | null>): Latest<Load> {
  const load = new Latest<Load>();
  void tab
    .then(async (id) => {
      if (id === null) {
        load.set({ state: 'error', problem: 'no-tab' });
        return;
      }
      let watched = false;
      watchTabReports(id, (frames) => {
        watched = true;
        load.set({ state: 'ready', reply: tabReport(frames) });
      });
      // The background drops the reports of frames that have gone since; the watch shows it.
      const ask: CheckTabFrames = { type: 'backstory:check-tab-frames', tabId: id };
      void browser.runtime.sendMessage(ask).catch(() => {});
      const frames = await readTabReports(id);
      // A change seen while reading is newer than what the read returns.
      if (!watched) load.set({ state: 'ready', reply: tabReport(frames) });
    })
    .catch((error: unknown) => load.set({ state: 'error', problem: 'unreadable', detail: String(error) }));
  return load;
}

/** The settings, as they are and as any context changes them. */
export function followSettings(): Latest<Settings> {
  const settings = new Latest<Settings>();
  let watched = false;
  watchSettings((value) => {
    watched = true;
    settings.set(value);
  });
  void loadSettings().then((value) => !watched && settings.set(value));
  return settings;
}
