/**
 * Paints mentions with the CSS Custom Highlight API: the page's DOM is never touched, only
 * named entries in the document's highlight registry. The look of each name is declared in
 * the content script's stylesheet (`::highlight(backstory-<style>-<type>)`), so switching the
 * style means registering the ranges under other names, with no style element in the page.
 */

export type HighlightStyle = 'underline' | 'background' | 'none';

export const HIGHLIGHT_PREFIX = 'backstory-';

export function highlightName(style: HighlightStyle, type: string): string {
  return `${HIGHLIGHT_PREFIX}${style}-${type}`;
}

export class Highlighter {
  private readonly registered = new Set<string>();

  constructor(private readonly registry: HighlightRegistry) {}

  /** Replaces everything painted with these ranges, grouped by entity type. */
  paint(style: HighlightStyle, rangesByType: ReadonlyMap<string, AbstractRange[]>): void {
    this.clear();
    if (style === 'none') return;
    for (const [type, ranges] of rangesByType) {
      if (ranges.length === 0) continue;
      const name = highlightName(style, type);
      this.registry.set(name, new Highlight(...ranges));
      this.registered.add(name);
    }
  }

  clear(): void {
    for (const name of this.registered) this.registry.delete(name);
    this.registered.clear();
  }
}
