/**
 * Which mention is under a point of the viewport. The caret position under the pointer names
 * a text node and offset; an index from text node to mentions narrows the search to a few
 * ranges, and the range's boxes confirm that the pointer is on the words and not beside them
 * (the caret snaps to the nearest character even past the end of a line).
 */
import type { PageMention } from './scanner';

export class MentionIndex {
  private readonly byNode = new Map<Node, PageMention[]>();

  constructor(mentions: readonly PageMention[]) {
    for (const m of mentions) {
      const { startContainer, endContainer } = m.range;
      this.add(startContainer, m);
      if (endContainer !== startContainer) {
        for (const segment of m.passage.segments) {
          const node = segment.node;
          if (node === startContainer) continue;
          if (rangeTouches(m.range, node)) this.add(node, m);
        }
      }
    }
  }

  private add(node: Node, m: PageMention): void {
    const list = this.byNode.get(node);
    if (list) list.push(m);
    else this.byNode.set(node, [m]);
  }

  /** The mention painted under (x, y), if any. */
  at(doc: Document, x: number, y: number, shadowRoots: readonly ShadowRoot[] = []): PageMention | null {
    const caret = caretAt(doc, x, y, shadowRoots);
    if (!caret) return null;
    const candidates = this.byNode.get(caret.node);
    if (!candidates) return null;
    const range = doc.createRange();
    for (const m of candidates) {
      range.setStart(m.range.startContainer, m.range.startOffset);
      range.setEnd(m.range.endContainer, m.range.endOffset);
      for (const rect of range.getClientRects()) {
        if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return m;
      }
    }
    return null;
  }
}

function rangeTouches(range: StaticRange, node: Text): boolean {
  const position = (a: Node, b: Node) => a.compareDocumentPosition(b);
  const afterStart = position(range.startContainer, node) & Node.DOCUMENT_POSITION_FOLLOWING;
  const beforeEnd = node === range.endContainer || position(node, range.endContainer) & Node.DOCUMENT_POSITION_FOLLOWING;
  return Boolean(afterStart && beforeEnd);
}

function caretAt(doc: Document, x: number, y: number, shadowRoots: readonly ShadowRoot[]): { node: Node; offset: number } | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    // Naming the open shadow roots lets the caret land inside them instead of on their host.
    const position = shadowRoots.length > 0 ? doc.caretPositionFromPoint(x, y, { shadowRoots: [...shadowRoots] }) : doc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  // Older Chromium (before 128) only has the WebKit form.
  const legacy = (doc as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null }).caretRangeFromPoint;
  const range = legacy?.call(doc, x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}
