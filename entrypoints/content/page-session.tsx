/**
 * Backstory's life in one frame: the scanner that keeps the mentions current, the observer that
 * tells it what changed, the highlights, the hover card and the keyboard stepping. The reader's
 * settings are applied as they change, without a reload; turning the site off stops everything
 * and leaves the page exactly as it was.
 */
import { render } from 'preact';
import type { Knowledge } from '../../lib/knowledge/compile';
import type { MentionsReply } from '../../lib/messages';
import { MentionIndex } from '../../lib/page/hit-test';
import { Highlighter, adoptHighlightStyles } from '../../lib/page/highlights';
import { PageScanner, type PageMention, type ScannerOptions } from '../../lib/page/scanner';
import { pageTheme } from '../../lib/page/theme';
import { byDocumentPosition, visibleMentions } from '../../lib/page/visible';
import type { Settings } from '../../lib/settings';
import { HoverController } from './hover';
import { idleClock } from './idle-clock';
import { Tooltip } from './Tooltip';
import { ensureUiHost, type UiHost } from './ui-host';

const CLOSE_DELAY_MS = 250;
const TOOLTIP_ID = 'backstory-card';
const FOCUS_HIGHLIGHT = 'backstory-focus';
/** How long a mention revealed from the popup stays flashed. */
const FLASH_MS = 1600;
const OBSERVED: MutationObserverInit = { childList: true, subtree: true, characterData: true };

export interface SessionHooks {
  /** The page's site, as settings name it. */
  site: string | null;
  /** The highlight rules, adopted into shadow roots (the page's stylesheets do not reach them). */
  highlightCss: string;
  /** Main-thread time spent making the knowledge so far, reported with the scan's. */
  startupMs(): number;
  /** The mentions changed (a scan settled, a setting changed): tell the background. */
  report(reply: MentionsReply): void;
  /** Matches a batch of passages in the background (see PageScanner's `matchElsewhere`). */
  matchElsewhere?: ScannerOptions['matchElsewhere'];
  openStory(): void;
}

export class PageSession {
  private readonly doc: Document;
  private readonly highlighter = new Highlighter(CSS.highlights);
  private readonly shadowRoots: ShadowRoot[] = [];
  private readonly scanner: PageScanner;
  private readonly hover: HoverController;
  private readonly observer: MutationObserver;
  private ui: UiHost | null = null;
  /** Every mention found, and the ones marked under the current settings. */
  private found: PageMention[] = [];
  private shown: PageMention[] = [];
  private ordered: PageMention[] | null = null;
  private index = new MentionIndex([]);
  private focusIndex = -1;
  private announceNext = false;
  private running = false;
  /** The tab-local toggle (shortcut): marks hidden without changing any setting. */
  private marksHidden = false;
  private lastUrl: string;
  private detachHover: (() => void) | null = null;
  private flashTimer = 0;

  constructor(
    private readonly win: Window,
    /** Made on first call (see PageKnowledge): only a page with a mention ever asks. */
    private readonly knowledge: () => Knowledge,
    private settings: Settings,
    private readonly hooks: SessionHooks,
  ) {
    this.doc = win.document;
    this.lastUrl = win.location.href;
    this.scanner = new PageScanner(() => this.doc.body ?? this.doc.documentElement, idleClock(win), {
      knowledge,
      match: { fuzzy: settings.fuzzy },
      exclude: () => this.ui?.host ?? null,
      onSettled: (found) => this.onSettled(found),
      afterSettled: () => {
        if (this.running) this.report();
      },
      onShadowRoot: (root) => this.onShadowRoot(root),
      matchElsewhere: hooks.matchElsewhere,
    });
    this.hover = new HoverController(win, {
      openDelay: settings.hoverDelayMs,
      closeDelay: CLOSE_DELAY_MS,
      hitTest: (x, y) => this.index.at(this.doc, x, y, this.shadowRoots),
      isOwnUi: (target) => this.ui !== null && target === this.ui.host,
      tick: () => this.highlighter.restore(),
      open: (mention) => this.showCard(mention),
      close: () => this.hideCard(),
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
    this.detachHover = this.hover.attach();
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
    this.detachHover?.();
    this.detachHover = null;
    this.hover.closeNow();
    this.highlighter.clear();
    CSS.highlights.delete(FOCUS_HIGHLIGHT);
    if (this.ui) {
      render(null, this.ui.mount);
      this.ui.host.remove();
      this.ui = null;
    }
  }

  applySettings(next: Settings): void {
    const previous = this.settings;
    this.settings = next;
    this.hover.setOpenDelay(next.hoverDelayMs);
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
    this.ordered ??= [...this.shown].sort(byDocumentPosition);
    const n = this.ordered.length;
    if (n === 0) return;
    this.focusIndex = direction === 'next' ? (this.focusIndex + 1) % n : (this.focusIndex - 1 + n) % n;
    const mention = this.ordered[this.focusIndex]!;
    mention.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
    CSS.highlights.set(FOCUS_HIGHLIGHT, new Highlight(mention.range));
    // Open after the scroll has been laid out, so the card is placed beside the words.
    this.win.requestAnimationFrame(() => {
      this.announceNext = true;
      this.hover.show(mention);
    });
  }

  /**
   * Scrolls to the entity's index-th marked mention (wrapping around) and flashes it; the
   * popup's list calls this. Returns whether this frame had such a mention.
   */
  reveal(entityId: string, index: number): boolean {
    if (this.shown.length === 0) return false;
    const entity = this.knowledge().byId.get(entityId);
    this.ordered ??= [...this.shown].sort(byDocumentPosition);
    const ofEntity = this.ordered.filter((m) => m.mention.entity === entity);
    if (ofEntity.length === 0) return false;
    const mention = ofEntity[index % ofEntity.length]!;
    mention.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
    CSS.highlights.set(FOCUS_HIGHLIGHT, new Highlight(mention.range));
    this.win.clearTimeout(this.flashTimer);
    this.flashTimer = this.win.setTimeout(() => CSS.highlights.delete(FOCUS_HIGHLIGHT), FLASH_MS);
    return true;
  }

  reply(): MentionsReply {
    const stats = this.scanner.getStats();
    const shown = this.shown;
    return {
      mentions: shown.map((m) => ({
        entityId: this.knowledge().entities[m.mention.entity]!.entity.id,
        text: m.text,
        how: m.mention.how,
      })),
      stats: {
        passages: stats.passages,
        characters: stats.characters,
        mentions: shown.length,
        entities: new Set(shown.map((m) => m.mention.entity)).size,
        startupMs: Math.round(this.hooks.startupMs() * 100) / 100,
        scanMs: Math.round(stats.firstScanMs * 100) / 100,
        longestTaskMs: Math.round(stats.longestSliceMs * 100) / 100,
        backgroundMs: Math.round(stats.elsewhereMs * 100) / 100,
        backgroundPassages: stats.elsewherePassages,
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
    const { types, density, highlightStyle } = this.settings;
    const marking = this.running && !this.marksHidden && this.found.length > 0;
    this.shown = marking ? visibleMentions(this.knowledge(), this.found, { types, density }) : [];
    this.ordered = null;
    this.index = new MentionIndex(this.shown);
    const byType = new Map<string, AbstractRange[]>();
    for (const m of this.shown) {
      const type = this.knowledge().entities[m.mention.entity]!.entity.type;
      const list = byType.get(type) ?? [];
      list.push(m.range);
      byType.set(type, list);
    }
    this.highlighter.paint(highlightStyle, byType);
    const open = this.hover.openMention;
    if (open && !this.shown.some((m) => sameMention(m, open))) this.hover.closeNow();
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
    const ui = this.ui;
    for (const record of records) {
      if (ui && (record.target === ui.host || isOnlyOurHost(record, ui))) continue;
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

  private showCard(mention: PageMention): void {
    const announce = this.announceNext;
    this.announceNext = false;
    this.ui = ensureUiHost(this.doc, this.ui);
    const known = this.knowledge().entities[mention.mention.entity]!;
    render(
      <Tooltip
        id={TOOLTIP_ID}
        entity={known.entity}
        pack={known.pack}
        parts={known.parts}
        match={{ text: mention.text, how: mention.mention.how, alias: mention.mention.rule.text }}
        anchor={liveRange(mention)}
        theme={pageTheme(this.doc)}
        onOpenStory={this.hooks.openStory}
      />,
      this.ui.mount,
    );
    // The pointer user sees the card; the keyboard user may be listening for it.
    this.ui.live.textContent = announce ? `${known.entity.name}: ${known.entity.description}` : '';
  }

  private hideCard(): void {
    CSS.highlights.delete(FOCUS_HIGHLIGHT);
    if (this.ui) {
      render(null, this.ui.mount);
      this.ui.live.textContent = '';
    }
  }
}

function sameMention(a: PageMention, b: PageMention): boolean {
  return (
    a.range.startContainer === b.range.startContainer &&
    a.range.startOffset === b.range.startOffset &&
    a.range.endContainer === b.range.endContainer &&
    a.range.endOffset === b.range.endOffset
  );
}

function isOnlyOurHost(record: MutationRecord, ui: UiHost): boolean {
  if (record.type !== 'childList') return false;
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every((n) => n === ui.host);
}

/** A live range over the mention's words, for measuring where they are now. */
function liveRange(mention: PageMention): Range {
  const range = mention.range.startContainer.ownerDocument!.createRange();
  range.setStart(mention.range.startContainer, mention.range.startOffset);
  range.setEnd(mention.range.endContainer, mention.range.endOffset);
  return range;
}
