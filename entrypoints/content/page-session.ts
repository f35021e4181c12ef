/**
 * Backstory's life in one frame: the scanner that keeps the mentions current, the observer that
 * tells it what changed, and the marker (entrypoints/marker) that paints them, shows the cards
 * and steps through them, loaded once the frame first names something. The reader's settings
 * are applied as they change, without a reload; turning the site off stops everything and
 * leaves the page exactly as it was.
 */
import type { BoundMatcher } from '../../lib/match/matcher';
import type { MentionsReply } from '../../lib/messages';
import { adoptHighlightStyles } from '../../lib/page/highlights';
import { PageScanner, type PageMention, type ScannerOptions } from '../../lib/page/scanner';
import type { Settings } from '../../lib/settings';
import { idleClock } from './idle-clock';
import type { MarkerLoader } from './marker-loader';

const OBSERVED: MutationObserverInit = { childList: true, subtree: true, characterData: true };

/** A frame's matcher while it has no marker (which only a failed injection leaves it without). */
const FINDS_NOTHING: BoundMatcher = {
  findInTexts: (texts) => texts.map(() => []),
  resolve: () => {},
};

export interface SessionHooks {
  /** The page's site, as settings name it. */
  site: string | null;
  /** The highlight rules, adopted into shadow roots (the page's stylesheets do not reach them). */
  highlightCss: string;
  /** Main-thread time spent on the packs and the knowledge so far, reported with the scan's. */
  startupMs(): number;
  /** The mentions changed (a scan settled, a setting changed): tell the background. */
  report(reply: MentionsReply): void;
  /** Matches a batch of passages in the background (see PageScanner's `matchElsewhere`). */
  matchElsewhere?: ScannerOptions['matchElsewhere'];
}

export class PageSession {
  private readonly doc: Document;
  /** The open shadow roots read so far; the marker hit-tests in them too. */
  readonly shadowRoots: ShadowRoot[] = [];
  private readonly scanner: PageScanner;
  private readonly observer: MutationObserver;
  /** Every mention found. */
  private found: PageMention[] = [];
  private running = false;
  /** The tab-local toggle (shortcut): marks hidden without changing any setting. */
  private marksHidden = false;
  private lastUrl: string;

  constructor(
    private readonly win: Window,
    /** Loaded when the frame first names something: only a page with a mention ever asks. */
    private readonly marker: MarkerLoader,
    private settings: Settings,
    private readonly hooks: SessionHooks,
  ) {
    this.doc = win.document;
    this.lastUrl = win.location.href;
    this.scanner = new PageScanner(() => this.doc.body ?? this.doc.documentElement, idleClock(win), {
      // The scanner asks only once there are candidates or it must match here, and
      // matchInBackground has loaded the marker for either; without one, nothing is found.
      matcher: () => this.marker.get()?.matcher() ?? FINDS_NOTHING,
      match: { fuzzy: settings.fuzzy },
      // Asked only when there are candidates to decide, which the marker has found.
      pageDay: () => this.marker.get()!.pageDay(),
      exclude: () => this.marker.get()?.uiHost() ?? null,
      onSettled: (found) => this.onSettled(found),
      afterSettled: () => {
        if (this.running) this.report();
      },
      onShadowRoot: (root) => this.onShadowRoot(root),
      matchElsewhere: hooks.matchElsewhere,
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
    if (this.running) this.teardown();
    this.found = [];
    this.refresh();
  }

  private teardown(): void {
    this.running = false;
    this.observer.disconnect();
    this.win.removeEventListener('popstate', this.onNavigation);
    this.win.removeEventListener('hashchange', this.onNavigation);
    this.marker.get()?.clear();
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

  /**
   * Scrolls to the entity's index-th marked mention (wrapping around) and flashes it; the
   * popup's list calls this. Returns whether this frame had such a mention.
   */
  reveal(entityId: string, index: number): boolean {
    return this.marker.get()?.reveal(entityId, index) ?? false;
  }

  reply(): MentionsReply {
    const stats = this.scanner.getStats();
    const { mentions, counts } = this.marker.get()?.marked() ?? { mentions: [], counts: {} };
    return {
      mentions,
      counts,
      published: mentions.length > 0 ? (this.marker.get()?.pageDate() ?? null) : null,
      stats: {
        passages: stats.passages,
        characters: stats.characters,
        mentions: Object.values(counts).reduce((sum, n) => sum + n, 0),
        entities: Object.keys(counts).length,
        startupMs: Math.round(this.hooks.startupMs() * 100) / 100,
        scanMs: Math.round(stats.firstScanMs * 100) / 100,
        longestTaskMs: Math.round(stats.longestSliceMs * 100) / 100,
        backgroundMs: Math.round(stats.elsewhereMs * 100) / 100,
        backgroundPassages: stats.elsewherePassages,
        markerFrames: this.marker.get() ? 1 : 0,
        done: !this.running || (stats.firstScanDone && !this.scanner.busy),
      },
      site: this.hooks.site,
      active: this.running,
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
    this.report();
  }

  private report(): void {
    this.hooks.report(this.reply());
  }

  private repaint(): void {
    // Only the marker can have found something: a frame without one has nothing to paint.
    this.marker.get()?.paint(this.found, this.settings, this.running && !this.marksHidden);
  }

  private onShadowRoot(root: ShadowRoot): void {
    if (this.shadowRoots.includes(root)) return;
    this.shadowRoots.push(root);
    adoptHighlightStyles(root, this.hooks.highlightCss);
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
