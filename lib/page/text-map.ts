/**
 * Reads the text a person can read on a page as passages: runs of text inside one block
 * (a paragraph, a heading, a list item), with inline markup joined, so "<a>Ali</a>
 * <b>Khamenei</b>" is one phrase while a heading's last word never joins the next paragraph's
 * first. Each passage remembers which text node every character came from, so a match in the
 * passage maps back to a DOM range. The DOM is only read, never changed.
 */

export interface Segment {
  node: Text;
  /** Offset of the node's first character in the passage text. */
  start: number;
}

export interface Passage {
  text: string;
  /** Text nodes in document order; separators between them have no node. */
  segments: Segment[];
  /** The block element the passage belongs to (its text may also come from inline children). */
  block: Element;
}

/** Elements whose text is not read as prose, or that the reader is typing into. */
const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'SVG',
  'MATH',
  'HEAD',
  'TITLE',
]);

/**
 * Skipped elements that still show between the words around them (form fields, frames,
 * pictures), unlike scripts, styles and templates, which show nothing.
 */
const SHOWN_BETWEEN_TAGS = new Set(['TEXTAREA', 'INPUT', 'SELECT', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'SVG', 'MATH']);

/** Elements that flow within a line; any other element starts a new passage. */
const INLINE_TAGS = new Set([
  'A',
  'ABBR',
  'ACRONYM',
  'B',
  'BDI',
  'BDO',
  'BIG',
  'CITE',
  'CODE',
  'DATA',
  'DEL',
  'DFN',
  'EM',
  'FONT',
  'I',
  'INS',
  'KBD',
  'LABEL',
  'MARK',
  'Q',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRIKE',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'TT',
  'U',
  'VAR',
  'WBR',
  'NOBR',
]);

/**
 * The only elements a shadow root can be attached to, besides custom elements (whose names
 * hold a hyphen): asking any other element for its shadow root is a DOM call for nothing, and
 * in Firefox every DOM call from a content script crosses a security wrapper.
 */
const SHADOW_HOST_TAGS = new Set([
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'DIV',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'MAIN',
  'NAV',
  'P',
  'SECTION',
  'SPAN',
]);

export interface TextMapOptions {
  /** An element to leave out with everything inside it (our own UI host). */
  exclude?: Element | null;
}

/**
 * Reads the passages under one root a slice at a time, so that a long page is read in short
 * tasks between which the page stays responsive. It keeps its place between slices.
 *
 * Speed matters here more than anywhere: every page pays for this walk. It is one depth-first
 * walk by firstChild and nextSibling that keeps the block of every element on the way down on
 * a stack, so no node is ever asked for its parent and no answer needs a cache; skipped
 * subtrees (scripts, styles, SVG, hidden and editable elements) are never entered, and open
 * shadow roots are noted on the way.
 */
export class PassageReader {
  readonly passages: Passage[] = [];
  readonly shadowRoots: ShadowRoot[] = [];
  private readonly exclude: Element | null;
  /** Elements of the root that are hidden or editable (see `hiddenOrEditable`). */
  private readonly marked: Map<Element, Unread>;
  /** The next node to visit; null when the walk is over. */
  private next: Node | null;
  /** The elements entered on the way down to `next`, and the block of each one's children. */
  private readonly ancestors: Node[] = [];
  private readonly ancestorBlocks: (Element | null)[] = [];
  /** The block of `next`'s parent; null when text there is not read (directly under a shadow root). */
  private levelBlock: Element | null;
  /**
   * Whether something that keeps words apart came since the last text: a <br>, or an element
   * that shows between them with no text of its own (an image, a form field, an empty block).
   * Comments and inline elements (entered, left or empty) leave it as it was.
   */
  private separated = false;
  private text = '';
  private segments: Segment[] = [];
  private currentBlock: Element | null = null;
  /** Text nodes of white space alone met since the passage's last text, in its block. */
  private pendingSpace: Text[] = [];
  /** White space in another block came since the passage's last text: the next text starts anew. */
  private apart = false;
  /** The last character code of the passage being read (its text is a rope; reading it would flatten it). */
  private lastCode = 0x20;
  private finished = false;

  constructor(root: Node, options: TextMapOptions = {}) {
    this.exclude = options.exclude ?? null;
    this.marked = hiddenOrEditable(root);
    if (root.nodeType === Node.ELEMENT_NODE) {
      // An element root is read as its own block (with nothing above it to join).
      const el = root as Element;
      const skipped = this.isSkipped(el, upperTagName(el));
      this.next = skipped ? null : el.firstChild;
      this.levelBlock = el;
      if (!skipped) this.noteShadow(el);
    } else {
      this.next = root.firstChild;
      this.levelBlock = null;
    }
    this.ancestors.push(root);
    this.ancestorBlocks.push(null);
  }

  get done(): boolean {
    return this.finished;
  }

  /** Reads until `deadline` (a performance.now() time) or the end; true when the end is reached. */
  readUntil(deadline: number, now: () => number = () => performance.now()): boolean {
    let checked = 0;
    let node = this.next;
    while (node) {
      // One question tells a text node from an element and gives the element's tag: in Firefox
      // every DOM property a content script reads crosses a wrapper, and a walk is made of them.
      // (Names of other nodes start with "#"; a processing instruction's, which does not, goes
      // through as an empty element.)
      const name = node.nodeName;
      let child: Node | null = null;
      if (name === '#text') {
        this.visit(node as Text);
        this.separated = false;
      } else if (name.charCodeAt(0) !== 0x23) {
        const el = node as Element;
        const tag = inCapitals(name);
        if (tag === 'BR') {
          this.separated = true;
        } else if (this.isSkipped(el, tag)) {
          // A script or a hidden element shows nothing: the words on either side touch. A field,
          // a picture or an editable element shows something of its own between them.
          if (SHOWN_BETWEEN_TAGS.has(tag) || this.marked.get(el) === 'editable') this.separated = true;
        } else {
          if (SHADOW_HOST_TAGS.has(tag) || tag.includes('-')) this.noteShadow(el);
          child = el.firstChild;
          const inline = INLINE_TAGS.has(tag);
          // An inline element changes nothing, empty (<wbr>) or not; a block's text is a
          // passage of its own, and an empty one (<img>, an empty <div>) stands between words.
          if (!inline) this.separated = !child;
          if (child) {
            this.ancestors.push(el);
            this.ancestorBlocks.push(this.levelBlock);
            if (!inline || this.levelBlock === null) this.levelBlock = el;
          }
        }
      }
      // A comment, like the end of an element, leaves `separated` as it was (and leaving a
      // block ends the passage).
      if (child) {
        node = child;
      } else {
        // The next sibling, or that of the nearest ancestor that has one.
        let sibling = node.nextSibling;
        while (!sibling && this.ancestors.length > 1) {
          const parent = this.ancestors.pop()!;
          this.levelBlock = this.ancestorBlocks.pop()!;
          sibling = parent.nextSibling;
        }
        node = sibling;
      }
      // Reading the clock costs more than a node: look at it every 128 nodes.
      if ((++checked & 127) === 0 && node && now() >= deadline) {
        this.next = node;
        return false;
      }
    }
    this.next = null;
    this.flush();
    this.finished = true;
    return true;
  }

  /** Whether nothing inside `el` is read: a skipped tag, our own UI, hidden or editable. */
  private isSkipped(el: Element, tag: string): boolean {
    return SKIPPED_TAGS.has(tag) || el === this.exclude || this.marked.has(el);
  }

  private noteShadow(el: Element): void {
    const shadow = el.shadowRoot;
    if (shadow && shadow.mode === 'open') this.shadowRoots.push(shadow);
  }

  private visit(node: Text): void {
    const block = this.levelBlock;
    if (block === null) return;
    const data = node.data;
    const length = data.length;
    if (length === 0) return;
    const first = data.charCodeAt(0);
    const last = data.charCodeAt(length - 1);
    if (isSpaceCode(first) && isSpaceCode(last) && !/\S/.test(data)) {
      // White space alone: most of it stands between blocks and is nothing; it is kept only if
      // text of the same passage follows (then it may separate two words).
      if (this.currentBlock === null) return;
      if (block === this.currentBlock) this.pendingSpace.push(node);
      else this.apart = true;
      return;
    }
    if (block !== this.currentBlock || this.apart) {
      this.flush();
      this.currentBlock = block;
    } else if (this.pendingSpace.length > 0) {
      for (const space of this.pendingSpace) {
        this.segments.push({ node: space, start: this.text.length });
        this.text += space.data;
      }
      this.pendingSpace = [];
      this.lastCode = 0x20;
    } else if (this.separated && !isSpaceCode(this.lastCode) && !isSpaceCode(first)) {
      // A line break, or an image between two words, inside the passage: they never join.
      this.text += '\n';
    }
    this.segments.push({ node, start: this.text.length });
    this.text += data;
    this.lastCode = last;
  }

  private flush(): void {
    const block = this.currentBlock;
    if (block && this.segments.length > 0) this.passages.push({ text: this.text, segments: this.segments, block });
    this.text = '';
    this.segments = [];
    this.currentBlock = null;
    this.lastCode = 0x20;
    this.pendingSpace = [];
    this.apart = false;
  }
}

/** White space as the word split sees it between words (see gapBetween in lib/match/normalize.ts). */
function isSpaceCode(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0x0c || c === 0xa0 || c === 0x202f || c === 0x2009;
}

/** The readable passages under `root`, in document order, read in one go. */
export function readPassages(root: Node, options: TextMapOptions = {}): Passage[] {
  const reader = new PassageReader(root, options);
  reader.readUntil(Infinity);
  return reader.passages;
}

/** The tag name in capitals: HTML elements already have it so; SVG and MathML ones keep their case. */
function upperTagName(el: Element): string {
  return inCapitals(el.tagName);
}

function inCapitals(tag: string): string {
  const first = tag.charCodeAt(0);
  return first >= 0x61 && first <= 0x7a ? tag.toUpperCase() : tag;
}

const HIDDEN_OR_EDITABLE = '[hidden],[contenteditable]';

/** Why an element's text is not read: it shows nothing, or the reader may be typing in it. */
type Unread = 'hidden' | 'editable';

/**
 * The elements under `root` (itself included) whose text is not read for their attributes:
 * `hidden`, or editable (contenteditable other than "false"). One native query finds them all,
 * so that reading asks no element for an attribute: on a long page those questions cost more
 * than reading its text.
 */
function hiddenOrEditable(root: Node): Map<Element, Unread> {
  const found = new Map<Element, Unread>();
  const candidates: Element[] = [];
  if (root.nodeType === Node.ELEMENT_NODE && (root as Element).matches(HIDDEN_OR_EDITABLE)) candidates.push(root as Element);
  if ('querySelectorAll' in root) candidates.push(...(root as ParentNode).querySelectorAll(HIDDEN_OR_EDITABLE));
  for (const el of candidates) {
    const editable = el.getAttribute('contenteditable');
    if (el.hasAttribute('hidden')) found.set(el, 'hidden');
    else if (editable !== null && editable !== 'false') found.set(el, 'editable');
  }
  return found;
}

/** The nearest ancestor (or the element itself) that is not inline: the passage's block. */
export function blockContainer(el: Element, cache?: Map<Element, Element>): Element {
  const cached = cache?.get(el);
  if (cached) return cached;
  let block = el;
  while (INLINE_TAGS.has(upperTagName(block)) && block.parentElement) block = block.parentElement;
  cache?.set(el, block);
  return block;
}

/** The DOM position of a passage offset: the text node holding it and the offset inside. */
export function positionAt(passage: Passage, offset: number, preferEnd: boolean): { node: Text; offset: number } | null {
  const segments = passage.segments;
  // Binary search for the last segment starting at or before the offset.
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const s = segments[mid]!;
    if (s.start < offset || (s.start === offset && !preferEnd)) lo = mid;
    else hi = mid - 1;
  }
  const segment = segments[lo];
  if (!segment) return null;
  const inner = offset - segment.start;
  if (inner < 0 || inner > segment.node.data.length) return null;
  return { node: segment.node, offset: inner };
}

/** A static range over [start, end) of a passage. */
export function rangeOf(passage: Passage, start: number, end: number): StaticRange | null {
  const from = positionAt(passage, start, false);
  const to = positionAt(passage, end, true);
  if (!from || !to) return null;
  return new StaticRange({
    startContainer: from.node,
    startOffset: from.offset,
    endContainer: to.node,
    endOffset: to.offset,
  });
}

/**
 * Whether a passage's block is rendered (not under display: none or visibility: hidden). It
 * asks the browser for style, so callers ask it only of the few passages that hold a mention.
 */
export function isRendered(passage: Passage): boolean {
  const block = passage.block;
  if (typeof block.checkVisibility !== 'function') return true;
  return block.checkVisibility({ visibilityProperty: true });
}
