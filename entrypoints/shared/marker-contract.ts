/**
 * The two parts of the content script and what passes between them. The first part
 * (entrypoints/content) runs in every frame: it reads the page and has the background match
 * its text. The second, the marker (entrypoints/marker), is brought into a frame only once the
 * background finds something there: it makes the page's knowledge, paints the marks and shows
 * the cards. Most pages name nothing of any story, and never compile or run the marker's code.
 *
 * Both run in the extension's isolated world of the frame (Chromium's isolated world, Firefox's
 * content-script sandbox), so the marker registers itself on that world's global object under a
 * symbol and the first part finds it there; the page's own scripts cannot see either.
 */
import type { BoundMatcher } from '../../lib/match/matcher';
import type { MentionsReply } from '../../lib/messages';
import type { PageMention } from '../../lib/page/scanner';
import type { Settings } from '../../lib/settings';
import type { BundledTexts } from '../../lib/knowledge/bundled';
import type { PageKnowledge } from './page-knowledge';
import type { PagePacks } from './page-packs';

/** The marker's file in the built extension, which the background injects into a frame. */
export const MARKER_FILE = '/marker.js';

export interface MarkerInput {
  win: Window;
  /** What storage held of the installed packs when the marker was loaded: the knowledge is made of it. */
  packs: PagePacks;
  /** The bundled packs and their plan, as the background handed them over with the marker. */
  bundled: BundledTexts;
  hoverDelayMs: number;
  /** The open shadow roots read so far, a list the first part keeps adding to. */
  shadowRoots: readonly ShadowRoot[];
  /** The card's link to the whole story. */
  openStory(): void;
}

/** A frame's marker: its knowledge, matching with it, the marks and the cards. */
export interface Marker {
  readonly knowledge: PageKnowledge;
  /** Matching with the page's knowledge (made whole now if it is not yet). */
  matcher(): BoundMatcher;
  /**
   * The day the page says it was published (YYYY-MM-DD), or null: read when first asked, and
   * again after the page's address changes. The card explains titles and news by it.
   */
  pageDate(): string | null;
  /** The day the page is of: its date, or today's when it gives none (it decides titles' holders). */
  pageDay(): string;
  /** Our UI host once a card has been shown: never read, its changes never rescanned. */
  uiHost(): Element | null;
  /** Marks the mentions of `found` the settings show, or none when `visible` is false. */
  paint(found: readonly PageMention[], settings: Settings, visible: boolean): void;
  /** The mentions marked now, for the reports: the first ones, and every one counted per entity. */
  marked(): Pick<MentionsReply, 'mentions' | 'counts'>;
  setHoverDelay(ms: number): void;
  /** Moves to the next or previous mark, scrolls it into view and opens its card. */
  step(direction: 'next' | 'previous'): void;
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
