/**
 * What a frame that has something to mark shows: the marks, a card on hover, and moving
 * through the marks on the reader's shortcuts. The first part of the content script
 * (entrypoints/content) decides what is marked and when; this part only shows it, and keeps no
 * knowledge: a card's text is asked of the background when the card first opens.
 */
import { i18n } from '#i18n';
import { render } from 'preact';
import type { MatchInfo } from '../../components/EntityCard';
import { wordsOf, WordsProvider, type Words } from '../../components/words';
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
import { MentionList } from './MentionList';
import { Tooltip } from './Tooltip';
import { ensureUiHost, type UiHost } from './ui-host';

const CLOSE_DELAY_MS = 250;
const TOOLTIP_ID = 'backstory-card';
const FOCUS_HIGHLIGHT = 'backstory-focus';
/**
 * Viewports or screens narrower than this (phones) show the card as a sheet at the viewport's
 * foot. (A phone lays out a page without a viewport tag some 980 pixels wide: its screen says
 * it is a phone.)
 */
const SHEET_BELOW_PX = 600;
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
  /**
   * The card's and the list's words, in the browser's language (the i18n API works in content
   * scripts), made when a card or the list first shows: a page that is only marked needs none.
   */
  private wordsMade: Words | null = null;

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

  private words(): Words {
    return (this.wordsMade ??= wordsOf(i18n.t));
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

  /** The shown marks in reading order, sorted once after each paint. */
  private inReadingOrder(): PageMention[] {
    return (this.ordered ??= [...this.shown].sort(byDocumentPosition));
  }

  step(direction: 'next' | 'previous'): void {
    const n = this.inReadingOrder().length;
    if (n === 0) return;
    this.goTo(direction === 'next' ? (this.focusIndex + 1) % n : (this.focusIndex - 1 + n) % n);
  }

  /** Scrolls to the index-th mark in reading order, marks it and opens its card, announced. */
  private goTo(index: number): void {
    this.focusIndex = index;
    const mention = this.inReadingOrder()[index]!;
    mention.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
    CSS.highlights.set(FOCUS_HIGHLIGHT, new Highlight(mention.range));
    // Open after the scroll has been laid out, so the card is placed beside the words.
    this.win.requestAnimationFrame(() => {
      this.announceNext = true;
      this.hover.show(mention);
    });
  }

  list(): void {
    const ordered = this.inReadingOrder();
    const returnTo = deepActiveElement(this.doc);
    // Focus never leaves a field the reader is typing in.
    if (ordered.length === 0 || isEditable(returnTo)) return;
    this.hover.closeNow();
    this.ui = ensureUiHost(this.doc, this.ui);
    const mount = this.ui.mount;
    const close = () => {
      render(null, mount);
      (returnTo as HTMLElement | null)?.focus?.({ preventScroll: true });
    };
    render(
      <WordsProvider words={this.words()}>
        <MentionList
          items={ordered.map((m) => ({ text: m.text, type: m.type, context: contextOf(m) }))}
          onGo={(i) => {
            close();
            this.goTo(i);
          }}
          onClose={close}
        />
      </WordsProvider>,
      mount,
    );
  }

  reveal(entityId: string, index: number): boolean {
    const ofEntity = this.inReadingOrder().filter((m) => m.mention.entity === entityId);
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
      <WordsProvider words={this.words()}>
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
          sheet={Math.min(this.win.innerWidth, this.win.screen.width) < SHEET_BELOW_PX}
          onClose={() => this.hover.closeNow()}
        />
      </WordsProvider>,
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

/** The words around a mark, for the list: its block's text, cut to a line. */
function contextOf(mention: PageMention): string {
  const text = (mention.range.startContainer.parentElement?.closest('p, li, td, h1, h2, h3, h4, blockquote, figcaption, div') ?? mention.range.startContainer.parentElement)?.textContent ?? '';
  const clean = text.replace(/\s+/g, ' ').trim();
  const at = clean.indexOf(mention.text);
  const from = Math.max(0, at - 50);
  return `${from > 0 ? '…' : ''}${clean.slice(from, from + 120)}${from + 120 < clean.length ? '…' : ''}`;
}

/** The focused element, inside open shadow roots too. */
function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Whether the reader may be typing in `element` (by its tag: the page's own constructors may be replaced). */
function isEditable(element: Element | null): boolean {
  if (!element) return false;
  const tag = element.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') return !['button', 'checkbox', 'radio', 'submit', 'reset', 'image', 'range', 'color', 'file'].includes((element as HTMLInputElement).type);
  return (element as HTMLElement).isContentEditable === true;
}

function sameMention(a: PageMention, b: PageMention): boolean {
  return (
    a.range.startContainer === b.range.startContainer &&
    a.range.startOffset === b.range.startOffset &&
    a.range.endContainer === b.range.endContainer &&
    a.range.endOffset === b.range.endOffset
  );
}
