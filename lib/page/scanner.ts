/**
 * Keeps a page's mentions up to date while never holding the main thread for long.
 *
 * - The first scan reads the page in slices of a few milliseconds (lib/page/text-map.ts keeps
 *   its place between them), and sends the passages read, in batches, to be matched elsewhere
 *   (the caller's `match`: the extension's background, where the knowledge lives). Reading goes
 *   on while a batch is away; its candidates are filed when it comes back.
 * - Later changes are rescanned where they happened: the caller reports changed nodes, which
 *   become the blocks around them; their old passages are dropped and the blocks read again.
 *   A storm of changes (a live ticker, a re-render) becomes one full rescan, at most once a
 *   second.
 * - Open shadow roots met while reading are read in turn.
 *
 * Candidates are kept per passage; deciding which are mentions needs the whole document, so
 * that step (lib/match/decide.ts) runs over all kept candidates whenever a scan settles: it is
 * cheap, no text is read again. Pure DOM: painting and messaging are the caller's.
 */
import { today } from '../dates';
import { decide, type Candidate, type EntityFacts } from '../match/decide';
import type { MatchOptions } from '../match/matcher';
import { PassageReader, blockContainer, isRendered, rangeOf, type Passage } from './text-map';

/** A mention on the page: what it names, where it is in its passage and in the DOM. */
export interface PageMention {
  mention: Candidate;
  /** Its entity's type, which decides how it is painted. */
  type: string;
  passage: Passage;
  range: StaticRange;
  /** The page text that matched. */
  text: string;
}

export interface ScannerClock {
  now(): number;
  /** Runs `work` soon, when the page is idle if it can tell. */
  schedule(work: () => void): void;
  /** Runs `work` after `ms` milliseconds. */
  later(work: () => void, ms: number): void;
}

export interface ScannerOptions {
  /**
   * Finds the candidates of a batch of texts elsewhere (the background), with the facts of the
   * entities they may name; null when it cannot, and the batch is then taken as naming nothing.
   */
  match(texts: string[], options: MatchOptions | undefined): Promise<Matched | null>;
  matchOptions?: MatchOptions;
  /**
   * The day the page is of (YYYY-MM-DD): its own date, or today's when it gives none. It decides
   * which holder a title names (lib/match/decide.ts). Default: today.
   */
  pageDay?(): string;
  /** Our own UI host, never read. */
  exclude(): Element | null;
  /** The longest slice of work, in milliseconds. */
  sliceMs?: number;
  /**
   * Called whenever a scan settles, with every mention in document order of reading. Its time
   * (painting the marks) is counted in the slice that settled; the stats then include it, and
   * are final for that settle when `afterSettled` is called.
   */
  onSettled(mentions: PageMention[]): void;
  /** Called after `onSettled`, once its time is in the stats (to report them). */
  afterSettled?(): void;
  /** Called for each open shadow root found, so the caller can watch it and style it. */
  onShadowRoot?(root: ShadowRoot): void;
}

export interface Matched {
  /** For each text, its candidates. */
  found: Candidate[][];
  /** The facts of the entities they may name, by id. */
  facts: Record<string, EntityFacts>;
  /** The time the other context took, in milliseconds. */
  busyMs: number;
  /**
   * When the answer reached this thread (a `clock.now()` time), if before this result was made
   * from it: checking it is then counted as part of the task that files it.
   */
  receivedAt?: number;
}

export interface ScannerStats {
  passages: number;
  characters: number;
  /** Main-thread time of the first full scan, over all its slices. */
  firstScanMs: number;
  /** The longest single slice so far. */
  longestSliceMs: number;
  /** Time the other context spent matching the first full scan's batches. */
  elsewhereMs: number;
  /** Passages of the first full scan that were matched. */
  elsewherePassages: number;
  firstScanDone: boolean;
}

/**
 * A candidate as filed: where it is in its passage. Its DOM range is made once it stands as a
 * mention (most candidates of a page that is not about a story never do), and kept.
 */
interface Filed {
  mention: Candidate;
  passage: Passage;
  text: string;
  /** Made when first needed; null if the passage's text no longer maps onto its nodes. */
  range?: StaticRange | null;
}

/**
 * What is kept of a passage once matched: its block (to drop it when the block changes), its
 * length (for the stats) and its candidates, which hold the passage itself. A passage without
 * candidates, most of any page, is let go with its text and its node list.
 */
interface Entry {
  block: Element;
  characters: number;
  candidates: Filed[];
  /** Whether the passage is rendered, once a mention in the page made the scanner ask (see settle). */
  rendered?: boolean;
}

/** What is matched at once: a whole passage, or a window of a long one (at `offset` in it). */
interface Piece {
  passage: Passage;
  entry: Entry;
  offset: number;
  text: string;
}

/**
 * A passage longer than this is sent a window at a time, so that one enormous block (a 10 MB
 * <pre>) never becomes one long task. Windows end at white space, so every window of a passage
 * but its last is at least this long.
 */
const WINDOW_CHARS = 32_768;
/** More changed blocks than this in one batch, and the page is read again whole. */
const STORM_ROOTS = 400;
const STORM_INTERVAL_MS = 1000;
/** Changes are gathered for this long before they are read. */
const BATCH_MS = 60;
/**
 * Passages are sent to be matched in batches of at most this many passages and characters:
 * sending one costs the page a part that does not grow with its size (0.1-0.4 ms for a small one
 * in Chromium), which many small ones would repeat.
 */
const BATCH_PASSAGES_SENT = 1024;
const BATCH_CHARS_SENT = 65_536;
/** How much work may pass between two readings of the clock (see `slice`). */
const CLOCK_EVERY = 16;

export class PageScanner {
  private entries: Entry[] = [];
  private queue: Node[] = [];
  private reader: PassageReader | null = null;
  private readFrom = 0; // passages of the current reader already sent
  /** A long passage part-way through being sent, and where its next window starts. */
  private partial: { passage: Passage; entry: Entry; offset: number } | null = null;
  private running = false;
  /** Batches sent to be matched and not back yet. */
  private away = 0;
  private fullScanPending = false;
  private lastFullScan = -Infinity;
  private readonly dirty = new Set<Element>();
  /** What the answers said of the entities their candidates may name. */
  private facts = new Map<string, EntityFacts>();
  private batchTimer = false;
  private readonly stats: ScannerStats = {
    passages: 0,
    characters: 0,
    firstScanMs: 0,
    longestSliceMs: 0,
    elsewhereMs: 0,
    elsewherePassages: 0,
    firstScanDone: false,
  };
  private readonly sliceMs: number;

  constructor(
    private readonly root: () => Node,
    private readonly clock: ScannerClock,
    private readonly options: ScannerOptions,
  ) {
    this.sliceMs = options.sliceMs ?? 8;
  }

  /** Matching options for the scans from now on (the caller rescans if it wants them now). */
  setMatchOptions(match: MatchOptions): void {
    this.options.matchOptions = match;
  }

  getStats(): ScannerStats {
    return { ...this.stats };
  }

  /** Reads the whole page again (first scan, navigation, a storm of changes). */
  scanAll(): void {
    this.entries = [];
    this.facts = new Map();
    this.partial = null;
    this.dirty.clear();
    this.queue = [this.root()];
    this.reader = null;
    this.lastFullScan = this.clock.now();
    this.start();
  }

  /** Notes that `node` changed (text edited, added, or a child removed under it). */
  changed(node: Node): void {
    const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
    if (!el) return;
    this.dirty.add(blockContainer(el));
    if (!this.batchTimer) {
      this.batchTimer = true;
      this.clock.later(() => {
        this.batchTimer = false;
        this.flushChanges();
      }, BATCH_MS);
    }
  }

  /** Whether a scan is in progress, or batches of one are still away. */
  get busy(): boolean {
    return this.running || this.away > 0;
  }

  private flushChanges(): void {
    if (this.dirty.size === 0) return;
    if (this.dirty.size > STORM_ROOTS) {
      this.requestFullScan();
      return;
    }
    // Drop blocks inside other changed blocks: reading the outer one reads them too.
    const roots = [...this.dirty].filter((el) => el.isConnected);
    this.dirty.clear();
    const outer = roots.filter((el) => !roots.some((other) => other !== el && other.contains(el)));
    this.entries = this.entries.filter((entry) => entry.block.isConnected && !outer.some((root) => root.contains(entry.block)));
    this.queue.push(...outer);
    this.start();
  }

  private requestFullScan(): void {
    const wait = this.lastFullScan + STORM_INTERVAL_MS - this.clock.now();
    if (wait <= 0) {
      this.scanAll();
    } else if (!this.fullScanPending) {
      this.fullScanPending = true;
      this.clock.later(() => {
        this.fullScanPending = false;
        this.scanAll();
      }, wait);
    }
  }

  private start(): void {
    if (this.running) return;
    this.running = true;
    this.clock.schedule(() => this.slice());
  }

  private slice(): void {
    const started = this.clock.now();
    const deadline = started + this.sliceMs;
    let finished = false;
    // Most passages are a few words long, and reading the clock costs about as much as sending
    // one: the clock is read once the work since the last reading reaches CLOCK_EVERY units (a
    // unit is a step of this loop, a passage or 512 characters sent).
    let work = 0;
    for (;;) {
      if (work >= CLOCK_EVERY) {
        if (this.clock.now() >= deadline) break;
        work = 0;
      }
      work++;
      if (this.partial) {
        work += this.sendWindows();
        continue;
      }
      if (this.reader && this.readFrom < this.reader.passages.length) {
        const passage = this.reader.passages[this.readFrom]!;
        if (passage.text.length > WINDOW_CHARS) {
          this.readFrom++;
          this.partial = { passage, entry: this.newEntry(passage), offset: 0 };
        } else {
          work += this.sendBatch(this.reader.passages);
        }
        continue;
      }
      if (this.reader && this.readFrom > 0) {
        // All read so far is sent: the reader need not hold those passages any longer.
        this.reader.passages.length = 0;
        this.readFrom = 0;
      }
      if (this.reader && this.reader.done) {
        for (const shadow of this.reader.shadowRoots) this.options.onShadowRoot?.(shadow);
        this.queue.push(...this.reader.shadowRoots);
        this.reader = null;
      }
      if (!this.reader) {
        const next = this.queue.shift();
        if (!next) {
          finished = true;
          break;
        }
        if (!next.isConnected) continue;
        this.reader = new PassageReader(next, { exclude: this.options.exclude() });
        this.readFrom = 0;
      }
      this.reader.readUntil(deadline, () => this.clock.now());
      work = CLOCK_EVERY; // reading may have used the slice up
    }
    if (!finished) {
      this.recordSlice(started);
      this.clock.schedule(() => this.slice());
      return;
    }
    this.running = false;
    if (this.away === 0) this.settleAndRecord(started);
    else this.recordSlice(started);
  }

  /**
   * Settles and reports, counting the settling (and the caller's painting) as part of the slice
   * that finished the scan.
   */
  private settleAndRecord(started: number): void {
    this.settle();
    this.recordSlice(started);
    this.stats.firstScanDone = true;
    this.options.afterSettled?.();
  }

  private recordSlice(started: number): void {
    const spent = this.clock.now() - started;
    this.stats.longestSliceMs = Math.max(this.stats.longestSliceMs, spent);
    if (!this.stats.firstScanDone) this.stats.firstScanMs += spent;
  }

  /** Files a passage's entry, in reading order; it gets its candidates once matched. */
  private newEntry(passage: Passage): Entry {
    const entry: Entry = { block: passage.block, characters: passage.text.length, candidates: [] };
    this.entries.push(entry);
    return entry;
  }

  /**
   * Sends the passages from `readFrom` on, as many as make a batch (none longer than a window).
   * Returns the work done, in the units of `slice`.
   */
  private sendBatch(passages: readonly Passage[]): number {
    const pieces: Piece[] = [];
    let characters = 0;
    while (this.readFrom < passages.length) {
      const passage = passages[this.readFrom]!;
      const length = passage.text.length;
      if (length > WINDOW_CHARS || pieces.length === BATCH_PASSAGES_SENT || (pieces.length > 0 && characters + length > BATCH_CHARS_SENT)) break;
      pieces.push({ passage, entry: this.newEntry(passage), offset: 0, text: passage.text });
      characters += length;
      this.readFrom++;
    }
    return this.send(pieces, characters);
  }

  /**
   * Sends the windows of the partial passage, as many as make a batch. Windows end at white
   * space. Returns the work done, in the units of `slice`.
   */
  private sendWindows(): number {
    const partial = this.partial!;
    const text = partial.passage.text;
    const pieces: Piece[] = [];
    let characters = 0;
    do {
      const offset = partial.offset;
      let end = Math.min(text.length, offset + WINDOW_CHARS);
      if (end < text.length) {
        const space = text.slice(end, end + 200).search(/\s/);
        end = space < 0 ? end : end + space;
      }
      pieces.push({ passage: partial.passage, entry: partial.entry, offset, text: text.slice(offset, end) });
      characters += end - offset;
      partial.offset = end;
    } while (partial.offset < text.length && pieces.length < BATCH_CHARS_SENT / WINDOW_CHARS);
    if (partial.offset >= text.length) this.partial = null;
    return this.send(pieces, characters);
  }

  /** Sends pieces to be matched; returns the work done, in the units of `slice`. */
  private send(pieces: Piece[], characters: number): number {
    const texts = pieces.map((piece) => piece.text);
    this.away++;
    const firstScan = !this.stats.firstScanDone;
    this.options
      .match(texts, this.options.matchOptions)
      .catch(() => null)
      .then((matched) => this.batchBack(pieces, matched, firstScan));
    return pieces.length + (characters >> 9);
  }

  /** A batch is back (or could not be matched: it then names nothing): its candidates are filed, on the clock. */
  private batchBack(pieces: Piece[], matched: Matched | null, firstScan: boolean): void {
    const started = matched?.receivedAt ?? this.clock.now();
    if (matched && matched.found.length === pieces.length) {
      if (firstScan) {
        this.stats.elsewhereMs += matched.busyMs;
        this.stats.elsewherePassages += pieces.filter((piece) => piece.offset === 0).length;
      }
      for (const [id, facts] of Object.entries(matched.facts)) this.facts.set(id, facts);
      // Entries a later change or scan dropped are filled all the same, and never read.
      this.fileCandidates(pieces, matched.found);
      // A passage's windows may come back out of order: its candidates are kept in order of place.
      for (const piece of pieces) if (piece.offset > 0) piece.entry.candidates.sort((a, b) => a.mention.start - b.mention.start);
    }
    this.away--;
    if (!this.running && this.away === 0) this.settleAndRecord(started);
    else this.recordSlice(started);
  }

  private fileCandidates(pieces: readonly Piece[], found: readonly Candidate[][]): void {
    for (let i = 0; i < pieces.length; i++) {
      const candidates = found[i]!;
      if (candidates.length === 0) continue;
      const { passage, entry, offset } = pieces[i]!;
      this.addCandidates(entry.candidates, passage, candidates, offset);
    }
  }

  /** Adds the candidates found in a passage (at `offset` in it) to `candidates`. */
  private addCandidates(candidates: Filed[], passage: Passage, found: readonly Candidate[], offset: number): void {
    const text = passage.text;
    for (const m of found) {
      if (!(m.start >= 0 && m.start < m.end && m.end + offset <= text.length)) continue;
      const mention = offset === 0 ? m : { ...m, start: m.start + offset, end: m.end + offset };
      candidates.push({ mention, passage, text: text.slice(mention.start, mention.end) });
    }
  }

  /**
   * Decides the candidates with the whole document as context, and reports. Text a reader
   * cannot see (a collapsed menu, a hidden template) names nothing, but checking asks the page
   * for style, which can cost milliseconds on a large page: it is asked only once the page
   * names something, and then only of the passages that hold candidates.
   */
  private settle(): void {
    let mentions = this.decided((entry) => entry.rendered !== false);
    if (mentions.length > 0) {
      let hidden = false;
      for (const entry of this.entries) {
        if (entry.candidates.length === 0 || entry.rendered !== undefined) continue;
        entry.rendered = isRendered(entry.candidates[0]!.passage);
        hidden ||= !entry.rendered;
      }
      if (hidden) mentions = this.decided((entry) => entry.rendered === true);
    }
    this.stats.passages = this.entries.length;
    this.stats.characters = this.entries.reduce((sum, e) => sum + e.characters, 0);
    this.options.onSettled(mentions);
  }

  /** The mentions among the candidates of the entries `counted` keeps. */
  private decided(counted: (entry: Entry) => boolean): PageMention[] {
    const mentions: PageMention[] = [];
    if (!this.entries.some((e) => e.candidates.length > 0 && counted(e))) return mentions;
    const lists = this.entries.map((e) => (counted(e) ? e.candidates.map((c) => c.mention) : []));
    decide(lists, this.facts, () => this.options.pageDay?.() ?? today(), (list, index, mention) => {
      const candidate = this.entries[list]!.candidates[index]!;
      candidate.range ??= rangeOf(candidate.passage, candidate.mention.start, candidate.mention.end);
      if (candidate.range) mentions.push({ passage: candidate.passage, text: candidate.text, range: candidate.range, mention, type: this.facts.get(mention.entity)?.type ?? '' });
    });
    return mentions;
  }
}
