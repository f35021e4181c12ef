/**
 * What a frame that names something does with its mentions: it makes the page's knowledge,
 * marks the mentions the settings show, opens a card on hover, and moves through the marks on
 * the reader's shortcuts. The first part of the content script (entrypoints/content) decides
 * what is found and when; this part only shows it.
 */
import { render } from 'preact';
import type { MatchInfo } from '../../components/EntityCard';
import { today } from '../../lib/dates';
import { pageDate } from '../../lib/page/page-date';
import { bundledFromTexts } from '../../lib/knowledge/bundled';
import { REPORT_LIMITS, type MentionSummary, type MentionsReply } from '../../lib/messages';
import { boundMatcher, type BoundMatcher } from '../../lib/match/matcher';
import { MentionIndex } from '../../lib/page/hit-test';
import { Highlighter } from '../../lib/page/highlights';
import type { PageMention } from '../../lib/page/scanner';
import { pageTheme } from '../../lib/page/theme';
import { byDocumentPosition, visibleMentions } from '../../lib/page/visible';
import type { Settings } from '../../lib/settings';
import { makePageKnowledge, type PageKnowledge } from '../shared/page-knowledge';
import type { Marker, MarkerInput } from '../shared/marker-contract';
import { HoverController } from './hover';
import { Tooltip } from './Tooltip';
import { ensureUiHost, type UiHost } from './ui-host';

const CLOSE_DELAY_MS = 250;
const TOOLTIP_ID = 'backstory-card';
const FOCUS_HIGHLIGHT = 'backstory-focus';
/** How long a mention revealed from the popup stays flashed. */
const FLASH_MS = 1600;

export class PageMarks implements Marker {
  readonly knowledge: PageKnowledge;
  private readonly doc: Document;
  private readonly win: Window;
  private readonly highlighter = new Highlighter(CSS.highlights);
  private readonly hover: HoverController;
  private bound: BoundMatcher | null = null;
  private ui: UiHost | null = null;
  private shown: PageMention[] = [];
  private ordered: PageMention[] | null = null;
  private index = new MentionIndex([]);
  private focusIndex = -1;
  private announceNext = false;
  private detachHover: (() => void) | null = null;
  private flashTimer = 0;
  private dated: { url: string; date: string | null } | null = null;

  constructor(private readonly input: MarkerInput) {
    this.win = input.win;
    this.doc = input.win.document;
    this.knowledge = makePageKnowledge(input.packs, bundledFromTexts(input.bundled));
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

  matcher(): BoundMatcher {
    return (this.bound ??= boundMatcher(this.knowledge.get()));
  }

  pageDate(): string | null {
    const url = this.win.location.href;
    if (this.dated?.url !== url) this.dated = { url, date: pageDate(this.doc) };
    return this.dated.date;
  }

  pageDay(): string {
    return this.pageDate() ?? today();
  }

  uiHost(): Element | null {
    return this.ui?.host ?? null;
  }

  paint(found: readonly PageMention[], settings: Settings, visible: boolean): void {
    const { types, density, highlightStyle } = settings;
    const knowledge = visible && found.length > 0 ? this.knowledge.get() : null;
    this.shown = knowledge ? visibleMentions(knowledge, found, { types, density }) : [];
    this.ordered = null;
    this.index = new MentionIndex(this.shown);
    const byType = new Map<string, AbstractRange[]>();
    for (const m of this.shown) {
      const type = knowledge!.entities[m.mention.entity]!.entity.type;
      const list = byType.get(type) ?? [];
      list.push(m.range);
      byType.set(type, list);
    }
    this.highlighter.paint(highlightStyle, byType);
    // The pointer is watched only while there are marks to hover.
    if (this.shown.length > 0) this.detachHover ??= this.hover.attach();
    const open = this.hover.openMention;
    if (open && !this.shown.some((m) => sameMention(m, open))) this.hover.closeNow();
  }

  marked(): Pick<MentionsReply, 'mentions' | 'counts'> {
    const entities = this.knowledge.made() ? this.knowledge.get().entities : [];
    const mentions: MentionSummary[] = [];
    const counts: Record<string, number> = {};
    for (const m of this.shown) {
      const entityId = entities[m.mention.entity]!.entity.id;
      counts[entityId] = (counts[entityId] ?? 0) + 1;
      if (mentions.length < REPORT_LIMITS.listed) mentions.push({ entityId, text: m.text.slice(0, REPORT_LIMITS.text), how: m.mention.how });
    }
    return { mentions, counts };
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
    if (this.shown.length === 0) return false;
    const entity = this.knowledge.get().byId.get(entityId);
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

  private showCard(mention: PageMention): void {
    const announce = this.announceNext;
    this.announceNext = false;
    this.ui = ensureUiHost(this.doc, this.ui);
    const known = this.knowledge.get().entities[mention.mention.entity]!;
    const pageDate = this.pageDate();
    render(
      <Tooltip
        id={TOOLTIP_ID}
        entity={known.entity}
        pack={known.pack}
        parts={known.parts}
        match={matchInfo(mention, pageDate)}
        pageDate={pageDate}
        anchor={liveRange(mention)}
        theme={pageTheme(this.doc)}
        onOpenStory={this.input.openStory}
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

/** What the card says of how the words matched. */
function matchInfo({ text, mention }: PageMention, pageDate: string | null): MatchInfo {
  const info: MatchInfo = { text, how: mention.how, alias: mention.rule.text };
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

/** A live range over the mention's words, for measuring where they are now. */
function liveRange(mention: PageMention): Range {
  const range = mention.range.startContainer.ownerDocument!.createRange();
  range.setStart(mention.range.startContainer, mention.range.startOffset);
  range.setEnd(mention.range.endContainer, mention.range.endOffset);
  return range;
}
