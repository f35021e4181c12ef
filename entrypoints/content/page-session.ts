/**
 * Backstory's life in one frame: the scanner that keeps the mentions current, the observer that
 * tells it what changed, the reports of what the page names, and the marker
 * (entrypoints/marker) that paints the mentions, shows the cards and steps through them, loaded
 * once the frame first has something to mark. The reader's settings are applied as they
 * change, without a reload; turning the site off stops everything and leaves the page exactly
 * as it was.
 */
import { today } from '../../lib/dates';
import { pageDate } from '../../lib/page/page-date';
import { PageScanner, type PageMention, type ScannerOptions } from '../../lib/page/scanner';
import { visibleMentions } from '../../lib/page/visible';
import type { Settings } from '../../lib/settings';
import { summarize, type Report } from '../../protocol/reports';
import type { FrameDiagnostics } from '../../protocol/to-page';
import { idleClock } from './idle-clock';
import type { MarkerLoader } from './marker-loader';

const OBSERVED: MutationObserverInit = { childList: true, subtree: true, characterData: true };

export interface SessionHooks {
  /** The page's site, as settings name it. */
  site: string | null;
  /** The mentions changed (a scan settled, a setting changed): tell the background. */
  report(report: Report): void;
  /** Has a batch of passages matched (see PageScanner's `match`). */
  match: ScannerOptions['match'];
}

export class PageSession {
  private readonly doc: Document;
  /** The open shadow roots read so far; the marker hit-tests in them too. */
  readonly shadowRoots: ShadowRoot[] = [];
  private readonly scanner: PageScanner;
  private readonly observer: MutationObserver;
  /** Every mention found. */
  private found: PageMention[] = [];
  /** The mentions marked: those the settings show, while the session runs and marks are not hidden. */
  private shown: PageMention[] = [];
  private running = false;
  /** The tab-local toggle (shortcut): marks hidden without changing any setting. */
  private marksHidden = false;
  /** The marker could not be loaded: nothing can be marked in this frame. */
  private cannotMark = false;
  private lastUrl: string;
  private dated: { url: string; date: string | null } | null = null;

  constructor(
    private readonly win: Window,
    /** Loaded when the frame first has something to mark: most pages never ask. */
    private readonly marker: MarkerLoader,
    private settings: Settings,
    private readonly hooks: SessionHooks,
  ) {
    this.doc = win.document;
    this.lastUrl = win.location.href;
    this.scanner = new PageScanner(() => this.doc.body ?? this.doc.documentElement, idleClock(win), {
      match: hooks.match,
      matchOptions: { fuzzy: settings.fuzzy },
      pageDay: () => this.pageDate() ?? today(),
      exclude: () => this.marker.get()?.uiHost() ?? null,
      onSettled: (found) => this.onSettled(found),
      afterSettled: () => {
        if (this.running) this.sendReport();
      },
      onShadowRoot: (root) => this.onShadowRoot(root),
    });
    this.observer = new MutationObserver((records) => this.onMutations(records));
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.scanner.scanAll();
    // The document itself, not its root element: document.open() and document.write() (as in
    // script-built about:blank frames) replace the root element.
    this.observer.observe(this.doc, OBSERVED);
    for (const root of this.shadowRoots) this.observer.observe(root, OBSERVED);
    this.win.addEventListener('popstate', this.onNavigation);
    this.win.addEventListener('hashchange', this.onNavigation);
  }

  /** Stops watching and removes every trace: marks, card, UI host. */
  stop(): void {
    if (this.running) {
      this.running = false;
      this.observer.disconnect();
      this.win.removeEventListener('popstate', this.onNavigation);
      this.win.removeEventListener('hashchange', this.onNavigation);
      this.marker.get()?.clear();
    }
    this.found = [];
    this.refresh();
  }

  applySettings(next: Settings): void {
    const previous = this.settings;
    this.settings = next;
    this.marker.get()?.setHoverDelay(next.hoverDelayMs);
    if (next.fuzzy !== previous.fuzzy) {
      this.scanner.setMatchOptions({ fuzzy: next.fuzzy });
      if (this.running) this.scanner.scanAll();
    }
    this.refresh();
  }

  toggleMarks(): void {
    this.marksHidden = !this.marksHidden;
    this.refresh();
  }

  step(direction: 'next' | 'previous'): void {
    this.marker.get()?.step(direction);
  }

  listMentions(): void {
    this.marker.get()?.list();
  }

  /**
   * Scrolls to the entity's index-th marked mention (wrapping around) and flashes it; the
   * popup's list calls this. Returns whether this frame had such a mention.
   */
  reveal(entityId: string, index: number): boolean {
    return this.marker.get()?.reveal(entityId, index) ?? false;
  }

  /**
   * The day the page says it was published (YYYY-MM-DD), or null: read when first asked, and
   * again after the page's address changes. It decides which holder a title names, and the
   * card and the popup date news by it.
   */
  pageDate(): string | null {
    const url = this.win.location.href;
    if (this.dated?.url !== url) this.dated = { url, date: pageDate(this.doc) };
    return this.dated.date;
  }

  /** What this frame names now, as the background keeps it: its first mentions, every one counted. */
  report(): Report {
    const stats = this.scanner.getStats();
    const { mentions, counts, entities } = summarize(this.shown, ({ mention, text }) => ({ entityId: mention.entity, text, how: mention.how }));
    return {
      mentions,
      counts,
      published: this.shown.length > 0 ? this.pageDate() : null,
      stats: {
        passages: stats.passages,
        characters: stats.characters,
        mentions: this.shown.length,
        entities,
        done: !this.running || (stats.firstScanDone && !this.scanner.busy),
      },
      site: this.hooks.site,
      active: this.running,
    };
  }

  /** This frame's timings, for the benchmarks (protocol/to-page.ts). */
  diagnostics(): FrameDiagnostics {
    const stats = this.scanner.getStats();
    const round = (ms: number) => Math.round(ms * 100) / 100;
    return {
      scanMs: round(stats.firstScanMs),
      longestTaskMs: round(stats.longestSliceMs),
      backgroundMs: round(stats.elsewhereMs),
      backgroundPassages: stats.elsewherePassages,
      markerFrames: this.marker.get() ? 1 : 0,
    };
  }

  /** A scan settled: its mentions are painted now, and reported once the scanner has timed that. */
  private onSettled(found: PageMention[]): void {
    if (!this.running) return;
    this.found = found;
    this.repaint();
  }

  /** Recomputes what is marked from what was found and the settings, repaints and reports. */
  private refresh(): void {
    this.repaint();
    this.sendReport();
  }

  private sendReport(): void {
    this.hooks.report(this.report());
  }

  private repaint(): void {
    const { types, density, highlightStyle } = this.settings;
    const visible = this.running && !this.marksHidden && !this.cannotMark;
    this.shown = visible && this.found.length > 0 ? visibleMentions(this.found, { types, density }) : [];
    const marker = this.marker.get();
    if (marker) {
      marker.paint(this.shown, highlightStyle);
      return;
    }
    if (this.shown.length === 0) return;
    // The first mention to mark: the marker is brought in, then paints what is found by then.
    void this.marker.load().then((loaded) => {
      if (loaded) {
        this.repaint();
        return;
      }
      this.cannotMark = true;
      this.refresh();
    });
  }

  private onShadowRoot(root: ShadowRoot): void {
    if (this.shadowRoots.includes(root)) return;
    this.shadowRoots.push(root);
    this.observer.observe(root, OBSERVED);
  }

  // Pages keep changing after load: each change is rescanned where it happened; a new address
  // (client-side navigation) is read again whole.
  private onMutations(records: MutationRecord[]): void {
    if (this.win.location.href !== this.lastUrl) {
      this.onNavigation();
      return;
    }
    const host = this.marker.get()?.uiHost() ?? null;
    for (const record of records) {
      if (host && (record.target === host || isOnlyOurHost(record, host))) continue;
      if (record.type === 'characterData') {
        this.scanner.changed(record.target);
        continue;
      }
      for (const node of record.addedNodes) this.scanner.changed(node.nodeType === Node.ELEMENT_NODE ? node : record.target);
      if (record.removedNodes.length > 0) this.scanner.changed(record.target);
    }
  }

  private readonly onNavigation = (): void => {
    this.lastUrl = this.win.location.href;
    this.scanner.scanAll();
  };
}

function isOnlyOurHost(record: MutationRecord, host: Element): boolean {
  if (record.type !== 'childList') return false;
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every((n) => n === host);
}
