/**
 * Keeps a page's mentions up to date while never holding the main thread for long.
 *
 * - The first scan reads the page in slices of a few milliseconds (lib/page/text-map.ts keeps
 *   its place between them), matching the passages read in batches (see BATCH_PASSAGES).
 * - Later changes are rescanned where they happened: the caller reports changed nodes, which
 *   become the blocks around them; their old passages are dropped and the blocks read again.
 *   A storm of changes (a live ticker, a re-render) becomes one full rescan, at most once a
 *   second.
 * - Open shadow roots met while reading are read in turn.
 * - Batches can be matched elsewhere (`matchElsewhere`: the caller sends them to the
 *   extension's background), so that matching costs the page's main thread nothing: reading
 *   goes on while a batch is away, and its candidates are filed when it comes back. If that
 *   ever fails, the batch and all after it are matched here.
 *
 * Candidates are kept per passage; deciding the ambiguous ones needs the whole document, so
 * that step runs over all kept candidates whenever a scan settles (it is cheap: no text is
 * read again). Pure DOM and knowledge: painting and messaging are the caller's.
 */
import { today } from '../dates';
import { BATCH_PASSAGES, WINDOW_CHARS } from '../match/batch';
import type { BoundMatcher, MatchOptions, Mention } from '../match/matcher';
import { PassageReader, blockContainer, isRendered, rangeOf, type Passage } from './text-map';

/** A mention on the page: where it is in its passage and in the DOM. */
export interface PageMention {
  mention: Mention;
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
   * Matching with the page's knowledge, asked for only once there is something to decide or to
   * match here (a page that names nothing never needs it, and the content script loads it only
   * then: see entrypoints/content/marker-loader.ts). By then `matchElsewhere` has waited for it.
   */
  matcher(): BoundMatcher;
  match?: MatchOptions;
  /**
   * The day the page is of (YYYY-MM-DD): its own date, or today's when it gives none. It decides
   * which holder a title names (see resolveHolders in lib/match/matcher.ts). Default: today.
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
  /**
   * Matches a batch of texts in another context, as findCandidatesInTexts would with the same
   * knowledge, with the time that took there; null when it cannot. `onePassage`: the texts are
   * every window of one passage, in order (see anyStandsAlone).
   */
  matchElsewhere?(texts: string[], match: MatchOptions | undefined, onePassage: boolean): Promise<MatchedElsewhere | null>;
}

export interface MatchedElsewhere {
  found: Mention[][];
  busyMs: number;
  /**
   * Candidates of the batch that `found` leaves out because each would be kept only beside a
   * sure mention elsewhere in the document (an ambiguous word, a misspelling near two names),
   * read back only if the scan finds such a mention: most pages that hold such words name
   * nothing of the story, and so never need the knowledge to read these back. Called once the
   * scanner has the matcher (that is, the knowledge); null if they cannot be read.
   */
  unsure?(): Mention[][] | null;
  /**
   * When the answer reached this thread (a `clock.now()` time), if before this result was made
   * from it: checking and decoding it is then counted as part of the task that files it.
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
  /** Time other contexts spent matching the first full scan's batches (see `matchElsewhere`). */
  elsewhereMs: number;
  /** Passages of the first full scan that were matched elsewhere. */
  elsewherePassages: number;
  firstScanDone: boolean;
}

/**
 * What is kept of a passage once matched: its block (to drop it when the block changes), its
 * length (for the stats) and its candidates, which hold the passage itself. A passage without
 * candidates, most of any page, is let go with its text and its node list.
 */
interface Entry {
  block: Element;
  characters: number;
  candidates: PageMention[];
  /** Whether the passage is rendered, once a candidate in it made the scanner ask. */
  rendered?: boolean;
}

/** What is matched at once: a whole passage, or a window of a long one (at `offset` in it). */
interface Piece {
  passage: Passage;
  entry: Entry;
  offset: number;
  text: string;
}

/** More changed blocks than this in one batch, and the page is read again whole. */
const STORM_ROOTS = 400;
const STORM_INTERVAL_MS = 1000;
/** Changes are gathered for this long before they are read. */
const BATCH_MS = 60;
/**
 * Passages are matched in batches of at most BATCH_PASSAGES (lib/match/matcher.ts) and this many
 * characters: the matcher searches a batch's texts together (lib/match/gate.ts), so a page of
 * many short passages costs a few searches rather than a few per passage, while a batch stays a
 * small part of a slice.
 */
const BATCH_CHARS = 16_384;
/**
 * Batches matched elsewhere are larger: sending one costs the page a part that does not grow
 * with its size (0.1-0.4 ms for a small one in Chromium), which many small ones would repeat.
 * The other side matches them BATCH_PASSAGES at a time.
 */
const AWAY_BATCH_PASSAGES = 1024;
const AWAY_BATCH_CHARS = 65_536;
/** How much work may pass between two readings of the clock (see `slice`). */
const CLOCK_EVERY = 16;

export class PageScanner {
  private entries: Entry[] = [];
  private queue: Node[] = [];
  private reader: PassageReader | null = null;
  private readFrom = 0; // passages of the current reader already matched
  /** A long passage part-way through matching, and where its next window starts. */
  private partial: { passage: Passage; entry: Entry; offset: number } | null = null;
  private running = false;
  /** Batches sent to be matched elsewhere and not back yet. */
  private away = 0;
  /** Set once matching elsewhere failed: from then on every batch is matched here. */
  private matchHere: boolean;
  private fullScanPending = false;
  private lastFullScan = -Infinity;
  private readonly dirty = new Set<Element>();
  /** Batches whose candidates all wait for a sure mention (see MatchedElsewhere's `unsure`). */
  private unsure: { pieces: Piece[]; read(): Mention[][] | null }[] = [];
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
    this.matchHere = !options.matchElsewhere;
  }

  /** Matching options for the scans from now on (the caller rescans if it wants them now). */
  setMatchOptions(match: MatchOptions): void {
    this.options.match = match;
  }

  getStats(): ScannerStats {
    return { ...this.stats };
  }

  /** Reads the whole page again (first scan, navigation, a storm of changes). */
  scanAll(): void {
    this.entries = [];
    this.unsure = [];
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
    const kept = new Set(this.entries);
    this.unsure = this.unsure.filter((batch) => batch.pieces.some((piece) => kept.has(piece.entry)));
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
    // Most passages are a few words long, and reading the clock costs about as much as matching
    // one: the clock is read once the work since the last reading reaches CLOCK_EVERY units
    // (a unit is a step of this loop, a passage or 128 characters matched).
    let work = 0;
    for (;;) {
      if (work >= CLOCK_EVERY) {
        if (this.clock.now() >= deadline) break;
        work = 0;
      }
      work++;
      if (this.partial) {
        work += this.matchWindows();
        continue;
      }
      if (this.reader && this.readFrom < this.reader.passages.length) {
        const passage = this.reader.passages[this.readFrom]!;
        if (passage.text.length > WINDOW_CHARS) {
          this.readFrom++;
          this.partial = { passage, entry: this.newEntry(passage), offset: 0 };
        } else {
          work += this.matchBatch(this.reader.passages);
        }
        continue;
      }
      if (this.reader && this.readFrom > 0) {
        // All read so far is matched: the reader need not hold those passages any longer.
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
   * Matches the passages from `readFrom` on, as many as make a batch (none longer than a
   * window). Returns the work done, in the units of `slice`.
   */
  private matchBatch(passages: readonly Passage[]): number {
    const pieces: Piece[] = [];
    let characters = 0;
    const [mostPassages, mostChars] = this.matchHere ? [BATCH_PASSAGES, BATCH_CHARS] : [AWAY_BATCH_PASSAGES, AWAY_BATCH_CHARS];
    while (this.readFrom < passages.length) {
      const passage = passages[this.readFrom]!;
      const length = passage.text.length;
      if (length > WINDOW_CHARS || pieces.length === mostPassages || (pieces.length > 0 && characters + length > mostChars)) break;
      pieces.push({ passage, entry: this.newEntry(passage), offset: 0, text: passage.text });
      characters += length;
      this.readFrom++;
    }
    return this.match(pieces, characters);
  }

  /**
   * Matches the next window of the partial passage, or as many as make a batch to send away.
   * Windows end at white space. Returns the work done, in the units of `slice`.
   */
  private matchWindows(): number {
    const partial = this.partial!;
    const text = partial.passage.text;
    const fromStart = partial.offset === 0;
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
    } while (!this.matchHere && partial.offset < text.length && pieces.length < AWAY_BATCH_CHARS / WINDOW_CHARS);
    const toEnd = partial.offset >= text.length;
    if (toEnd) this.partial = null;
    return this.match(pieces, characters, fromStart && toEnd);
  }

  /**
   * Matches pieces here, or sends them away; returns the work done, in the units of `slice`.
   * `onePassage`: the pieces are every window of one passage.
   */
  private match(pieces: Piece[], characters: number, onePassage = false): number {
    const texts = pieces.map((piece) => piece.text);
    if (this.matchHere) {
      this.fileCandidates(pieces, this.options.matcher().findInTexts(texts, this.options.match));
      return pieces.length + (characters >> 7);
    }
    this.away++;
    const firstScan = !this.stats.firstScanDone;
    this.options.matchElsewhere!(texts, this.options.match, onePassage)
      .catch(() => null)
      .then((matched) => this.batchBack(pieces, texts, matched, firstScan));
    // Sending costs about what the gate's first search of the batch would.
    return pieces.length + (characters >> 9);
  }

  /** A batch is back from matching elsewhere (or that failed): its candidates are filed, on the clock. */
  private batchBack(pieces: Piece[], texts: string[], matched: MatchedElsewhere | null, firstScan: boolean): void {
    const started = matched?.receivedAt ?? this.clock.now();
    let found = matched?.found ?? null;
    if (!found) {
      this.matchHere = true;
      found = this.options.matcher().findInTexts(texts, this.options.match);
    } else if (firstScan) {
      this.stats.elsewhereMs += matched!.busyMs;
      this.stats.elsewherePassages += pieces.filter((piece) => piece.offset === 0).length;
    }
    if (matched?.unsure) this.unsure.push({ pieces, read: matched.unsure });
    // Entries a later change or scan dropped are filled all the same, and never read.
    this.fileCandidates(pieces, found);
    this.away--;
    if (!this.running && this.away === 0) this.settleAndRecord(started);
    else this.recordSlice(started);
  }

  private fileCandidates(pieces: readonly Piece[], found: readonly Mention[][]): void {
    for (let i = 0; i < pieces.length; i++) {
      const mentions = found[i]!;
      if (mentions.length === 0) continue;
      const { passage, entry, offset } = pieces[i]!;
      // Text a reader cannot see (a collapsed menu, a hidden template) is not reported. Only
      // passages with a candidate are checked: the check asks for style, the match does not.
      entry.rendered ??= isRendered(passage);
      if (entry.rendered) this.addCandidates(entry.candidates, passage, mentions, offset);
    }
  }

  /** Adds the mentions `found` in a passage (at `offset` in it) to `candidates`, with their DOM ranges. */
  private addCandidates(candidates: PageMention[], passage: Passage, found: readonly Mention[], offset: number): void {
    const text = passage.text;
    for (const m of found) {
      const mention = offset === 0 ? m : { ...m, start: m.start + offset, end: m.end + offset };
      const range = rangeOf(passage, mention.start, mention.end);
      if (range) candidates.push({ mention, passage, range, text: text.slice(mention.start, mention.end) });
    }
  }

  /**
   * The document has candidates that stand on their own, so those that need one are read back
   * and filed too. Only a sure mention made the matcher's knowledge, so it is there to read them.
   */
  private fileUnsure(): void {
    const kept = new Set(this.entries);
    for (const { pieces, read } of this.unsure) {
      const found = read();
      if (!found) continue;
      // Entries a later change dropped are not filled: they are not read again.
      const live = pieces.map((piece) => kept.has(piece.entry));
      this.fileCandidates(
        pieces.filter((_, i) => live[i]),
        found.filter((_, i) => live[i]),
      );
      // A passage's windows may come back out of order: its candidates are kept in order of place.
      for (const piece of pieces) if (piece.offset > 0) piece.entry.candidates.sort((a, b) => a.mention.start - b.mention.start);
    }
    this.unsure = [];
  }

  /** Decides the ambiguous candidates with the whole document as context, and reports. */
  private settle(): void {
    const mentions: PageMention[] = [];
    if (this.entries.some((e) => e.candidates.length > 0)) {
      if (this.unsure.length > 0) this.fileUnsure();
      const lists: Mention[][] = this.entries.map((e) => e.candidates.map((c) => c.mention));
      this.options.matcher().resolve(
        lists,
        (list, index, mention) => {
          const candidate = this.entries[list]!.candidates[index]!;
          mentions.push(mention === candidate.mention ? candidate : { ...candidate, mention });
        },
        this.options.pageDay?.() ?? today(),
      );
    }
    this.stats.passages = this.entries.length;
    this.stats.characters = this.entries.reduce((sum, e) => sum + e.characters, 0);
    this.options.onSettled(mentions);
  }
}
