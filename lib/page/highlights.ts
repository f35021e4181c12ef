/**
 * Paints mentions with the CSS Custom Highlight API: the page's DOM is never touched, only
 * named entries in the document's highlight registry. The look of each name is declared in
 * the content script's stylesheet (`::highlight(backstory-<style>-<type>)`), so switching the
 * style means registering the ranges under other names, with no style element in the page.
 */
import type { HighlightStyle } from '../settings';

const HIGHLIGHT_PREFIX = 'backstory-';

function highlightName(style: HighlightStyle, type: string): string {
  return `${HIGHLIGHT_PREFIX}${style}-${type}`;
}

/**
 * Our entries in the document's highlight registry. The registry is shared with the page's
 * own scripts, which can delete or replace entries; `restore` puts ours back, and is cheap
 * enough to call on every pointer frame. A registry that refuses us (a page that broke it)
 * costs the marks, never an exception.
 */
export class Highlighter {
  private readonly registered = new Map<string, Highlight>();

  constructor(private readonly registry: HighlightRegistry) {}

  /** Replaces everything painted with these ranges, grouped by entity type. */
  paint(style: HighlightStyle, rangesByType: ReadonlyMap<string, AbstractRange[]>): void {
    this.clear();
    if (style === 'none') return;
    for (const [type, ranges] of rangesByType) {
      if (ranges.length === 0) continue;
      this.registered.set(highlightName(style, type), new Highlight(...ranges));
    }
    this.restore();
  }

  /** Re-registers any of our entries the page removed or replaced. */
  restore(): void {
    for (const [name, highlight] of this.registered) {
      try {
        if (this.registry.get(name) !== highlight) this.registry.set(name, highlight);
      } catch {
        // The page broke its registry; the cards and the popup still work without marks.
      }
    }
  }

  clear(): void {
    for (const [name, highlight] of this.registered) {
      try {
        if (this.registry.get(name) === highlight) this.registry.delete(name);
      } catch {
        // As above: nothing of ours to clean up in a registry we cannot use.
      }
    }
    this.registered.clear();
  }
}

const styled = new WeakSet<ShadowRoot>();

/**
 * Gives a shadow root the highlight styles: the document's stylesheets do not reach inside
 * shadow trees, so their marks would be registered but invisible. An adopted stylesheet adds
 * the rules without an element in the shadow tree and without touching the page's own styles.
 */
export function adoptHighlightStyles(root: ShadowRoot, css: string): void {
  if (styled.has(root)) return;
  styled.add(root);
  try {
    const view = root.ownerDocument.defaultView;
    const Sheet = view?.CSSStyleSheet ?? CSSStyleSheet;
    const sheet = new Sheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } catch {
    // A page that froze adoptedStyleSheets keeps its shadow marks unstyled; nothing else breaks.
  }
}
