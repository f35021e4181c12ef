/**
 * What a frame that has something to mark shows: the marks, a card on hover, and moving
 * through the marks on the reader's shortcuts. The first part of the content script
 * (entrypoints/content) decides what is marked and when; this part only shows it, and keeps no
 * knowledge: a card's text is asked of the background when the card first opens.
 */
import { render } from 'preact';
import type { MatchInfo } from '../../components/EntityCard';
import { today } from '../../lib/dates';
import type { CardPack, StoryPart } from '../../lib/knowledge/lookup';
import { MentionIndex } from '../../lib/page/hit-test';
import { adoptHighlightStyles, Highlighter } from '../../lib/page/highlights';
import type { HighlightStyle } from '../../lib/settings';
import type { PageMention } from '../../lib/page/scanner';
import { pageTheme } from '../../lib/page/theme';
import { byDocumentPosition } from '../../lib/page/visible';
import type { Marker, MarkerInput } from '../../protocol/marker-contract';
import { HoverController, liveRange } from './hover';
import highlightCss from '../../lib/page/highlights.css?inline';
import { Tooltip } from './Tooltip';
import { ensureUiHost, type UiHost } from './ui-host';

const CLOSE_DELAY_MS = 250;
const TOOLTIP_ID = 'backstory-card';
const FOCUS_HIGHLIGHT = 'backstory-focus';
/** How long a mention revealed from the popup stays flashed. */
const FLASH_MS = 1600;

export class PageMarks implements Marker {
  private readonly doc: Document;
  private readonly win: Window;
  private readonly highlighter = new Highlighter(CSS.highlights);
  private readonly hover: HoverController;
  /** Cards' parts by entity id, as the background answered (for the page's life). */
  private readonly cards = new Map<string, StoryPart<CardPack>[]>();
  private ui: UiHost | null = null;
  private shown: PageMention[] = [];
  private ordered: PageMention[] | null = null;
  private index = new MentionIndex([]);
  private focusIndex = -1;
  private announceNext = false;
  private detachHover: (() => void) | null = null;
  private flashTimer = 0;

  constructor(private readonly input: MarkerInput) {
    this.win = input.win;
    this.doc = input.win.document;
    this.hover = new HoverController(this.win, {
      openDelay: input.hoverDelayMs,
      closeDelay: CLOSE_DELAY_MS,
      hitTest: (x, y) => this.index.at(this.doc, x, y, input.shadowRoots),
      isOwnUi: (target) => this.ui !== null && target === this.ui.host,
      tick: () => this.highlighter.restore(),
      open: (mention) => this.showCard(mention),
      close: () => this.hideCard(),
    });
  }

  uiHost(): Element | null {
    return this.ui?.host ?? null;
  }

  paint(mentions: readonly PageMention[], style: HighlightStyle): void {
    this.shown = [...mentions];
    this.ordered = null;
    this.index = new MentionIndex(this.shown);
    const byType = new Map<string, AbstractRange[]>();
    for (const m of this.shown) {
      const list = byType.get(m.type) ?? [];
      list.push(m.range);
      byType.set(m.type, list);
    }
    // The document's stylesheets do not reach into shadow trees: every open one read is given the marks' styles.
    for (const root of this.input.shadowRoots) adoptHighlightStyles(root, highlightCss);
    this.highlighter.paint(style, byType);
    // The pointer is watched only while there are marks to hover.
    if (this.shown.length > 0) this.detachHover ??= this.hover.attach();
    const open = this.hover.openMention;
    if (open && !this.shown.some((m) => sameMention(m, open))) this.hover.closeNow();
  }

  setHoverDelay(ms: number): void {
    this.hover.setOpenDelay(ms);
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

  reveal(entityId: string, index: number): boolean {
    this.ordered ??= [...this.shown].sort(byDocumentPosition);
    const ofEntity = this.ordered.filter((m) => m.mention.entity === entityId);
    if (ofEntity.length === 0) return false;
    const mention = ofEntity[index % ofEntity.length]!;
    mention.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
    CSS.highlights.set(FOCUS_HIGHLIGHT, new Highlight(mention.range));
    this.win.clearTimeout(this.flashTimer);
    this.flashTimer = this.win.setTimeout(() => CSS.highlights.delete(FOCUS_HIGHLIGHT), FLASH_MS);
    return true;
  }

  clear(): void {
    this.detachHover?.();
    this.detachHover = null;
    this.hover.closeNow();
    this.highlighter.clear();
    this.shown = [];
    this.ordered = null;
    this.index = new MentionIndex([]);
    CSS.highlights.delete(FOCUS_HIGHLIGHT);
    if (this.ui) {
      render(null, this.ui.mount);
      this.ui.host.remove();
      this.ui = null;
    }
  }

  /** Opens the mention's card: at once if its text is here, else once the background has sent it. */
  private showCard(mention: PageMention): void {
    const announce = this.announceNext;
    this.announceNext = false;
    const id = mention.mention.entity;
    const parts = this.cards.get(id);
    if (parts) {
      this.renderCard(mention, parts, announce);
      return;
    }
    void this.input.card(id).then((answer) => {
      if (answer.length > 0) this.cards.set(id, answer);
      // The reader may have moved on meanwhile.
      if (answer.length > 0 && this.hover.openMention === mention) this.renderCard(mention, answer, announce);
    });
  }

  private renderCard(mention: PageMention, parts: StoryPart<CardPack>[], announce: boolean): void {
    this.ui = ensureUiHost(this.doc, this.ui);
    const { entity, pack } = parts[0]!;
    const pageDate = this.input.pageDate();
    render(
      <Tooltip
        id={TOOLTIP_ID}
        entity={entity}
        pack={pack}
        parts={parts}
        match={matchInfo(mention, pageDate)}
        pageDate={pageDate}
        anchor={liveRange(mention)}
        theme={pageTheme(this.doc)}
        onOpenStory={this.input.openStory}
      />,
      this.ui.mount,
    );
    // The pointer user sees the card; the keyboard user may be listening for it.
    this.ui.live.textContent = announce ? `${entity.name}: ${entity.description}` : '';
  }

  private hideCard(): void {
    CSS.highlights.delete(FOCUS_HIGHLIGHT);
    if (this.ui) {
      render(null, this.ui.mount);
      this.ui.live.textContent = '';
    }
  }
}

/** What the card says of how the words matched. */
function matchInfo({ text, mention }: PageMention, pageDate: string | null): MatchInfo {
  const info: MatchInfo = { text, how: mention.how, alias: mention.alias };
  if (mention.decided === 'name') info.decided = { by: 'name' };
  if (mention.decided === 'date') info.decided = { by: 'date', date: pageDate ?? today(), pageDated: pageDate !== null };
  return info;
}

function sameMention(a: PageMention, b: PageMention): boolean {
  return (
    a.range.startContainer === b.range.startContainer &&
    a.range.startOffset === b.range.startOffset &&
    a.range.endContainer === b.range.endContainer &&
    a.range.endOffset === b.range.endOffset
  );
}
