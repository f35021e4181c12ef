/**
 * The two parts of the content script and what passes between them. The first part
 * (entrypoints/content) runs in every frame: it reads the page, has the background find the
 * candidates in its text and decides which are mentions. The second, the marker
 * (entrypoints/marker), is brought into a frame only once there is something to mark there:
 * it is the interface alone, the marks, the hover and the card, whose text it is handed from
 * the background when a card first opens. Most pages name nothing of any story, and never run
 * the marker's code.
 *
 * Both run in the extension's isolated world of the frame (Chromium's isolated world, Firefox's
 * content-script sandbox), so the marker registers itself on that world's global object under a
 * symbol and the first part finds it there; the page's own scripts cannot see either.
 */
import type { CardPack, StoryPart } from '../lib/knowledge/lookup';
import type { HighlightStyle } from '../lib/settings';
import type { PageMention } from '../lib/page/scanner';

/** The marker's file in the built extension, which the background injects into a frame. */
export const MARKER_FILE = '/marker.js';

export interface MarkerInput {
  win: Window;
  hoverDelayMs: number;
  /** The open shadow roots read so far, a list the first part keeps adding to. */
  shadowRoots: readonly ShadowRoot[];
  /** The day the page says it was published (YYYY-MM-DD), or null: the card dates news by it. */
  pageDate(): string | null;
  /** What a card shows of an entity, from the background; none if it cannot say. */
  card(entityId: string): Promise<StoryPart<CardPack>[]>;
  /** The card's link to the whole story. */
  openStory(): void;
}

/** A frame's marks and cards. */
export interface Marker {
  /** Our UI host once a card has been shown: never read, its changes never rescanned. */
  uiHost(): Element | null;
  /** Marks these mentions (and only these) in the style given. */
  paint(mentions: readonly PageMention[], style: HighlightStyle): void;
  setHoverDelay(ms: number): void;
  /** Moves to the next or previous mark, scrolls it into view and opens its card. */
  step(direction: 'next' | 'previous'): void;
  /**
   * Opens the list of the marks in reading order, a dialog to move through with the arrow keys:
   * Enter goes to a mark and opens its card, Escape gives focus back where it was.
   */
  list(): void;
  /** Scrolls to the entity's index-th mark (wrapping) and flashes it; false if it has none. */
  reveal(entityId: string, index: number): boolean;
  /** Removes every mark, the card and the UI host; `paint` brings marks back. */
  clear(): void;
}

export type CreateMarker = (input: MarkerInput) => Marker;

const REGISTERED = Symbol.for('backstory.marker');
type Registry = { [REGISTERED]?: CreateMarker };

/** Called by the marker when the background has injected it. */
export function registerMarker(create: CreateMarker): void {
  (globalThis as Registry)[REGISTERED] ??= create;
}

/** The marker, if it has been injected into this frame. */
export function registeredMarker(): CreateMarker | null {
  return (globalThis as Registry)[REGISTERED] ?? null;
}
