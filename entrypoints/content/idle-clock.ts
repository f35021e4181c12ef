/**
 * The scanner's clock in a page: work runs in idle periods when the browser has them (and
 * within 200 ms regardless, so a busy page still gets marked), delays are plain timers.
 */
import type { ScannerClock } from '../../lib/page/scanner';

export function idleClock(win: Window): ScannerClock {
  return {
    now: () => win.performance.now(),
    schedule(work) {
      if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(() => work(), { timeout: 200 });
      else win.setTimeout(work, 0);
    },
    later(work, ms) {
      win.setTimeout(work, ms);
    },
  };
}
