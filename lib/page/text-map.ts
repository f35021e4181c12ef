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

export interface TextMapOptions {
  /** An element to leave out with everything inside it (our own UI host). */
  exclude?: Element | null;
}

/**
 * Reads the passages under one root a slice at a time, so that a long page is read in short
 * tasks between which the page stays responsive. The walkers keep their place between slices.
 *
 * Speed matters here more than anywhere: every page pays for this walk. The walker visits text
 * nodes only, natively, with no filter calling back into script for every element; whether a
 * text node is readable, and which block it belongs to, is decided from its parent element,
 * with the answer cached for every element on the way up. Open shadow roots are found by a
 * second, equally plain walk over elements once the text is read.
 */
export class PassageReader {
  readonly passages: Passage[] = [];
  readonly shadowRoots: ShadowRoot[] = [];
  private readonly root: Node;
  private readonly texts: TreeWalker;
  private readonly elements: TreeWalker;
  private readonly exclude: Element | null;
  /** Elements of the root that are hidden or editable (see `hiddenOrEditable`). */
  private readonly marked: Set<Element>;
  /** Each element's block, or null when its text is not read. */
  private readonly placement = new Map<Element, Element | null>();
  private text = '';
  private segments: Segment[] = [];
  private currentBlock: Element | null = null;
  /** Whether the passage being read has a character other than white space. */
  private hasContent = false;
  /** Text nodes of white space alone met since the passage's last text (see `visit`). */
  private pendingSpace: Text[] = [];
  /** The last character code of the passage being read (its text is a rope; reading it would flatten it). */
  private lastCode = 0x20;
  /** Sibling text nodes share a parent: the last parent asked about, and its answer. */
  private lastParent: Element | null = null;
  private lastParentBlock: Element | null = null;
  private textsDone = false;
  private finished = false;

  constructor(root: Node, options: TextMapOptions = {}) {
    const doc = root.ownerDocument ?? (root as Document);
    this.root = root;
    this.exclude = options.exclude ?? null;
    this.marked = hiddenOrEditable(root);
    this.texts = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    this.elements = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  }

  get done(): boolean {
    return this.finished;
  }

  /** Reads until `deadline` (a performance.now() time) or the end; true when the end is reached. */
  readUntil(deadline: number, now: () => number = () => performance.now()): boolean {
    let checked = 0;
    if (!this.textsDone) {
      for (let node = this.texts.nextNode(); node; node = this.texts.nextNode()) {
        this.visit(node as Text);
        // Reading the clock costs more than a node: look at it every 128 nodes.
        if ((++checked & 127) === 0 && now() >= deadline) return false;
      }
      this.flush();
      this.textsDone = true;
    }
    for (let el = this.elements.nextNode() as Element | null; el; el = this.elements.nextNode() as Element | null) {
      const shadow = el.shadowRoot;
      if (shadow && shadow.mode === 'open' && this.blockOf(el) !== null) this.shadowRoots.push(shadow);
      if ((++checked & 255) === 0 && now() >= deadline) return false;
    }
    this.finished = true;
    return true;
  }

  private visit(node: Text): void {
    const data = node.data;
    const length = data.length;
    if (length === 0) return;
    const first = data.charCodeAt(0);
    const last = data.charCodeAt(length - 1);
    if (isSpaceCode(first) && isSpaceCode(last) && !/\S/.test(data)) {
      // White space alone: most of it stands between blocks and is nothing, so its element is
      // asked about only if text of the same passage follows (then it may separate two words).
      if (this.currentBlock !== null) this.pendingSpace.push(node);
      return;
    }
    const block = this.blockOfText(node);
    if (block === null) return;
    if (block !== this.currentBlock) {
      this.flush();
      this.currentBlock = block;
    } else if (this.pendingSpace.length > 0) {
      if (!this.takePendingSpace(block)) {
        // The white space sat in another block between two runs of this one: a new passage.
        this.flush();
        this.currentBlock = block;
      }
    } else if (!isSpaceCode(this.lastCode) && !isSpaceCode(first) && followsLineBreak(node)) {
      // <br>: a line break inside the passage; words on either side never join. Beside white
      // space it changes nothing, so the DOM is asked only when both sides touch.
      this.text += '\n';
    }
    this.segments.push({ node, start: this.text.length });
    this.text += data;
    this.lastCode = last;
    this.hasContent = true;
  }

  /**
   * Adds the white space met since the last text of `block` to its passage; false if some of it
   * belongs to another block (the runs on either side are then apart).
   */
  private takePendingSpace(block: Element): boolean {
    const pending = this.pendingSpace;
    this.pendingSpace = [];
    for (const space of pending) {
      const spaceBlock = this.blockOfText(space);
      if (spaceBlock === null) continue; // in a skipped element: as if absent
      if (spaceBlock !== block) return false;
      this.segments.push({ node: space, start: this.text.length });
      this.text += space.data;
      this.lastCode = 0x20;
    }
    return true;
  }

  private blockOfText(node: Text): Element | null {
    const parent = node.parentElement;
    if (parent === this.lastParent) return this.lastParentBlock;
    const block = parent ? this.blockOf(parent) : null;
    this.lastParent = parent;
    this.lastParentBlock = block;
    return block;
  }

  /** The block an element's text belongs to, or null if its text is not read. Cached. */
  private blockOf(el: Element): Element | null {
    const cached = this.placement.get(el);
    if (cached !== undefined) return cached;
    let result: Element | null;
    const tag = upperTagName(el);
    if (el === this.exclude || SKIPPED_TAGS.has(tag) || this.marked.has(el)) {
      result = null;
    } else {
      const parent = el === this.root ? null : el.parentElement;
      if (!parent) {
        result = el;
      } else {
        const parentBlock = this.blockOf(parent);
        result = parentBlock === null ? null : INLINE_TAGS.has(tag) ? parentBlock : el;
      }
    }
    this.placement.set(el, result);
    return result;
  }

  private flush(): void {
    const block = this.currentBlock;
    if (this.hasContent && block) this.passages.push({ text: this.text, segments: this.segments, block });
    this.text = '';
    this.segments = [];
    this.hasContent = false;
    this.lastCode = 0x20;
    this.pendingSpace = [];
  }
}

/** Whether a <br> stands right before this text node, directly or before its inline ancestors. */
function followsLineBreak(node: Node): boolean {
  let current: Node = node;
  let before = current.previousSibling;
  while (!before) {
    const parent = current.parentElement;
    if (!parent || !INLINE_TAGS.has(upperTagName(parent))) return false;
    current = parent;
    before = current.previousSibling;
  }
  return before.nodeType === Node.ELEMENT_NODE && upperTagName(before as Element) === 'BR';
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
  const tag = el.tagName;
  const first = tag.charCodeAt(0);
  return first >= 0x61 && first <= 0x7a ? tag.toUpperCase() : tag;
}

const HIDDEN_OR_EDITABLE = '[hidden],[contenteditable]';

/**
 * The elements under `root` (itself included) whose text is not read for their attributes:
 * `hidden`, or editable (contenteditable other than "false"). One native query finds them all,
 * so that reading asks no element for an attribute: on a long page those questions cost more
 * than reading its text.
 */
function hiddenOrEditable(root: Node): Set<Element> {
  const found = new Set<Element>();
  const candidates: Element[] = [];
  if (root.nodeType === Node.ELEMENT_NODE && (root as Element).matches(HIDDEN_OR_EDITABLE)) candidates.push(root as Element);
  if ('querySelectorAll' in root) candidates.push(...(root as ParentNode).querySelectorAll(HIDDEN_OR_EDITABLE));
  for (const el of candidates) {
    const editable = el.getAttribute('contenteditable');
    if (el.hasAttribute('hidden') || (editable !== null && editable !== 'false')) found.add(el);
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
