/**
 * Decides when the card opens and closes. The pointer is hit-tested at most once per frame
 * and only while it moves; a card opens after the reader rests on a mention for the intent
 * delay, stays open while the pointer travels into it, and closes on leaving, on Escape, or
 * when its words scroll out of view. On a touch screen nothing hovers: a tap on a mark opens its
 * card, and a tap on the mark again, or anywhere else on the page, closes it. Only events the
 * reader made count: the page's scripts can dispatch events too.
 */
import type { PageMention } from '../../lib/page/scanner';

export interface HoverOptions {
  /** Milliseconds the pointer must rest on a mention before its card opens. */
  openDelay: number;
  /** Milliseconds of grace to move from the words into the card. */
  closeDelay: number;
  hitTest(x: number, y: number): PageMention | null;
  /** Whether an event's target is our own UI (the card). */
  isOwnUi(target: EventTarget | null): boolean;
  /** Called on pointer frames and scrolls, for cheap upkeep (restoring marks a page removed). */
  tick?(): void;
  open(mention: PageMention): void;
  close(): void;
}

/** How far a finger may move between down and up and still tap. */
const TAP_SLOP_PX = 10;

export class HoverController {
  private frame = 0;
  private lastX = 0;
  private lastY = 0;
  private pending: PageMention | null = null;
  private openTimer = 0;
  private closeTimer = 0;
  private current: PageMention | null = null;
  private inCard = false;
  /** Where a touch or pen went down, to tell a tap from a swipe. */
  private down: { x: number; y: number } | null = null;

  constructor(
    private readonly win: Window,
    private readonly options: HoverOptions,
  ) {}

  attach(): () => void {
    const onMove = (event: PointerEvent) => this.onPointerMove(event);
    const onKey = (event: KeyboardEvent) => {
      if (event.isTrusted && event.key === 'Escape' && this.current) this.closeNow();
    };
    const onScroll = () => {
      this.options.tick?.();
      if (this.current && !this.stillVisible(this.current)) this.closeNow();
    };
    const onDown = (event: PointerEvent) => {
      if (event.isTrusted && event.pointerType !== 'mouse') this.down = { x: event.clientX, y: event.clientY };
    };
    const onUp = (event: PointerEvent) => this.onTap(event);
    const opts = { capture: true, passive: true } as const;
    this.win.addEventListener('pointermove', onMove, opts);
    this.win.addEventListener('pointerdown', onDown, opts);
    this.win.addEventListener('pointerup', onUp, opts);
    this.win.addEventListener('keydown', onKey, true);
    this.win.addEventListener('scroll', onScroll, opts);
    return () => {
      this.win.removeEventListener('pointermove', onMove, opts);
      this.win.removeEventListener('pointerdown', onDown, opts);
      this.win.removeEventListener('pointerup', onUp, opts);
      this.win.removeEventListener('keydown', onKey, true);
      this.win.removeEventListener('scroll', onScroll, opts);
      this.cancelTimers();
      if (this.frame) this.win.cancelAnimationFrame(this.frame);
    };
  }

  setOpenDelay(ms: number): void {
    this.options.openDelay = ms;
  }

  /** The mention whose card is open, if any. */
  get openMention(): PageMention | null {
    return this.current;
  }

  /** Opens a mention's card at once (keyboard navigation), as if the pointer had rested there. */
  show(mention: PageMention): void {
    this.cancelTimers();
    this.pending = null;
    this.current = mention;
    this.options.open(mention);
  }

  closeNow(): void {
    this.cancelTimers();
    this.pending = null;
    if (this.current) {
      this.current = null;
      this.inCard = false;
      this.options.close();
    }
  }

  private onPointerMove(event: PointerEvent): void {
    // Only the reader's own pointer: a page's script may dispatch pointer events, and must not
    // be able to open our cards.
    // A finger does not hover: its moves are scrolls and drags (taps: onTap).
    if (!event.isTrusted || event.pointerType === 'touch') return;
    this.inCard = this.options.isOwnUi(event.target);
    this.lastX = event.clientX;
    this.lastY = event.clientY;
    if (!this.frame) this.frame = this.win.requestAnimationFrame(() => this.onFrame());
  }

  private onFrame(): void {
    this.frame = 0;
    this.options.tick?.();
    if (this.inCard) {
      // Reading the card: keep it, whatever is beneath.
      this.win.clearTimeout(this.closeTimer);
      this.closeTimer = 0;
      return;
    }
    const hit = this.options.hitTest(this.lastX, this.lastY);
    if (hit && hit === this.current) {
      this.win.clearTimeout(this.closeTimer);
      this.closeTimer = 0;
      return;
    }
    if (hit !== this.pending) {
      this.win.clearTimeout(this.openTimer);
      this.pending = hit;
      if (hit) this.openTimer = this.win.setTimeout(() => this.openPending(), this.options.openDelay);
    }
    if (!hit && this.current && !this.closeTimer) {
      this.closeTimer = this.win.setTimeout(() => this.closeNow(), this.options.closeDelay);
    }
  }

  /**
   * A touch or pen lifted where it went down: on a mark, its card opens, or closes if it is the
   * open one; elsewhere on the page, an open card closes. Taps inside the card are the card's.
   * The page's own handling of the tap goes on as before: nothing is prevented.
   */
  private onTap(event: PointerEvent): void {
    const down = this.down;
    this.down = null;
    if (!event.isTrusted || event.pointerType === 'mouse' || !down) return;
    if (Math.hypot(event.clientX - down.x, event.clientY - down.y) > TAP_SLOP_PX) return;
    if (this.options.isOwnUi(event.target)) return;
    const hit = this.options.hitTest(event.clientX, event.clientY);
    if (hit && hit !== this.current) this.show(hit);
    else this.closeNow();
  }

  private openPending(): void {
    if (this.pending) this.show(this.pending);
  }

  private cancelTimers(): void {
    this.win.clearTimeout(this.openTimer);
    this.win.clearTimeout(this.closeTimer);
    this.openTimer = 0;
    this.closeTimer = 0;
  }

  private stillVisible(mention: PageMention): boolean {
    const rect = liveRange(mention).getBoundingClientRect();
    return rect.bottom > 0 && rect.top < this.win.innerHeight && rect.right > 0 && rect.left < this.win.innerWidth;
  }
}

/** A live range over the mention's words, for measuring where they are now. */
export function liveRange(mention: PageMention): Range {
  const range = mention.range.startContainer.ownerDocument!.createRange();
  range.setStart(mention.range.startContainer, mention.range.startOffset);
  range.setEnd(mention.range.endContainer, mention.range.endOffset);
  return range;
}
