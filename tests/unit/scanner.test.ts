import { describe, expect, it, vi } from 'vitest';
import { compileKnowledge } from '../../lib/knowledge/compile';
import { anyStandsAlone, boundMatcher, findCandidatesInTexts, type MatchOptions } from '../../lib/match/matcher';
import { decodeMentions, encodeMentions } from '../../lib/match/wire';
import { PageScanner, type MatchedElsewhere, type PageMention, type ScannerClock, type ScannerOptions } from '../../lib/page/scanner';
import { entity, pack } from './pack-fixture';

// happy-dom has no StaticRange; the scanner only needs one to hold its four fields.
if (typeof globalThis.StaticRange === 'undefined') {
  (globalThis as { StaticRange?: unknown }).StaticRange = class {
    constructor(init: StaticRangeInit) {
      Object.assign(this, init);
    }
  };
}

const knowledge = compileKnowledge([
  pack([entity('iran', [{ text: 'Iran' }]), entity('rubio', [{ text: 'Marco Rubio' }, { text: 'Rubio', ambiguous: true }])]),
]);

/** A clock where every reading costs `tick` milliseconds, and nothing runs until asked. */
function fakeClock(tick: number) {
  let t = 0;
  let slices = 0;
  const queue: (() => void)[] = [];
  const timers: { at: number; work: () => void }[] = [];
  const clock: ScannerClock = {
    now: () => (t += tick),
    schedule: (work) => {
      slices++;
      queue.push(work);
    },
    later: (work, ms) => timers.push({ at: t + ms, work }),
  };
  const run = () => {
    for (let guard = 0; guard < 100_000 && (queue.length || timers.length); guard++) {
      const next = queue.shift();
      if (next) {
        next();
        continue;
      }
      timers.sort((a, b) => a.at - b.at);
      const timer = timers.shift()!;
      t = Math.max(t, timer.at);
      timer.work();
    }
  };
  /** Time passing while work of the caller's runs (painting, decoding). */
  const advance = (ms: number) => void (t += ms);
  return { clock, run, slices: () => slices, advance };
}

function setup(html: string, tick = 0.1, matchElsewhere?: ScannerOptions['matchElsewhere']) {
  document.body.innerHTML = html;
  const { clock, run, slices } = fakeClock(tick);
  const settled: PageMention[][] = [];
  const scanner = new PageScanner(() => document.body, clock, {
    matcher: () => boundMatcher(knowledge),
    exclude: () => null,
    sliceMs: 8,
    onSettled: (m) => settled.push(m),
    matchElsewhere,
  });
  return { scanner, run, slices, settled, texts: () => settled.at(-1)!.map((m) => m.text) };
}

describe('PageScanner', () => {
  it('reads a long page in slices and settles once, with every mention', () => {
    const html = Array.from({ length: 2000 }, (_, i) => `<p>Paragraph ${i} is about Iran.</p>`).join('');
    // Each reading of the clock stands for a millisecond of work; the scanner reads it after
    // every batch of 64 passages matched or 128 nodes read, so 2,000 paragraphs take several
    // 8 ms slices.
    const { scanner, run, slices, settled } = setup(html, 1);
    scanner.scanAll();
    run();
    expect(slices()).toBeGreaterThan(5);
    expect(settled).toHaveLength(1);
    expect(settled[0]).toHaveLength(2000);
    const stats = scanner.getStats();
    expect(stats.firstScanDone).toBe(true);
    expect(stats.longestSliceMs).toBeLessThan(12);
  });

  it('rescans only the block that changed', () => {
    const { scanner, run, settled, texts } = setup('<p id="a">Iran</p><p id="b">Nothing here.</p>');
    scanner.scanAll();
    run();
    expect(texts()).toEqual(['Iran']);
    const b = document.getElementById('b')!.firstChild as Text;
    b.data = 'Marco Rubio spoke.';
    scanner.changed(b);
    run();
    expect(settled).toHaveLength(2);
    expect(texts()).toEqual(['Iran', 'Marco Rubio']);
  });

  it('counts every passage read, with or without a mention, and forgets the changed ones', () => {
    const { scanner, run } = setup('<p id="a">Iran</p><p id="b">Nothing here.</p><p>Nor here.</p>');
    scanner.scanAll();
    run();
    expect(scanner.getStats()).toMatchObject({ passages: 3, characters: 4 + 13 + 9 });
    const b = document.getElementById('b')!.firstChild as Text;
    b.data = 'Less.';
    scanner.changed(b);
    run();
    expect(scanner.getStats()).toMatchObject({ passages: 3, characters: 4 + 5 + 9 });
  });

  it('forgets mentions in removed blocks and decides ambiguous words again', () => {
    const { scanner, run, texts } = setup('<p id="a">Iran</p><p id="b">Rubio spoke.</p>');
    scanner.scanAll();
    run();
    expect(texts()).toEqual(['Iran', 'Rubio']);
    document.getElementById('a')!.remove();
    scanner.changed(document.body);
    run();
    // With Iran gone, nothing makes the page about the story: "Rubio" alone no longer counts.
    expect(texts()).toEqual([]);
  });

  it('turns a storm of changes into one full rescan', () => {
    const html = Array.from({ length: 500 }, (_, i) => `<p id="p${i}">Line ${i}</p>`).join('');
    const { scanner, run, texts } = setup(html);
    scanner.scanAll();
    run();
    const full = vi.spyOn(scanner, 'scanAll');
    for (let i = 0; i < 500; i++) {
      const p = document.getElementById(`p${i}`)!;
      p.textContent = `Line ${i} about Iran`;
      scanner.changed(p);
    }
    run();
    expect(full).toHaveBeenCalledTimes(1);
    expect(texts()).toHaveLength(500);
  });
});

describe('PageScanner on an enormous block', () => {
  it('matches one huge passage a window at a time, finding names across the whole of it', () => {
    const filler = 'Plain words about the weather and nothing else at all. '.repeat(20_000); // about 1.1 MB
    // Each reading of the clock costs 2 ms here: a slice of 8 ms holds only a few windows.
    const { scanner, run, slices, texts } = setup(`<pre>Iran ${filler} Marco Rubio ${filler} Iran</pre>`, 2);
    scanner.scanAll();
    run();
    expect(slices()).toBeGreaterThan(10);
    expect(texts()).toEqual(['Iran', 'Marco Rubio', 'Iran']);
  });
});

/**
 * Another context that matches as the background does (through the wire format, as JSON) and
 * answers only when told to; or one that fails.
 */
function elsewhere(fails = false, { holdUnsure = false } = {}) {
  const held: (() => void)[] = [];
  let calls = 0;
  let unsureRead = 0;
  const onePassages: boolean[] = [];
  const matchElsewhere = (texts: string[], match: MatchOptions | undefined, onePassage: boolean): Promise<MatchedElsewhere | null> => {
    calls++;
    onePassages.push(onePassage);
    return new Promise((resolve, reject) => {
      held.push(() => {
        if (fails) return reject(new Error('the background is gone'));
        const candidates = findCandidatesInTexts(knowledge, texts, match);
        const wire = JSON.parse(JSON.stringify(encodeMentions(knowledge, candidates)));
        const read = () => decodeMentions(knowledge, wire, texts.map((t) => t.length));
        if (holdUnsure && !anyStandsAlone(knowledge, texts, candidates, onePassage)) {
          // As the page's first part answers before its marker is loaded (match-in-background.ts).
          const unsure = () => {
            unsureRead++;
            return read();
          };
          return resolve({ found: texts.map(() => []), busyMs: 2, unsure });
        }
        resolve({ found: read()!, busyMs: 2 });
      });
    });
  };
  /** Answers every batch away, and lets the answers be filed. */
  const answer = async () => {
    while (held.length > 0) held.shift()!();
    for (let i = 0; i < 5; i++) await Promise.resolve();
  };
  return { matchElsewhere, answer, calls: () => calls, unsureRead: () => unsureRead, onePassages };
}

describe('PageScanner matching elsewhere', () => {
  // Long enough for several batches of those sent away.
  const page = Array.from({ length: 2500 }, (_, i) => `<p>Paragraph ${i}: Rubio spoke${i === 1500 ? ' in Iran' : ''}.</p>`).join('');

  it('finds what matching here finds, and settles once every batch is back', async () => {
    const here = setup(page);
    here.scanner.scanAll();
    here.run();
    const expected = here.texts();
    expect(expected).toHaveLength(2501);

    const away = elsewhere();
    const { scanner, run, settled, texts } = setup(page, 0.1, away.matchElsewhere);
    scanner.scanAll();
    run();
    // Everything is read and sent; nothing is decided until the answers are in.
    expect(away.calls()).toBeGreaterThan(1);
    expect(settled).toHaveLength(0);
    expect(scanner.busy).toBe(true);
    expect(scanner.getStats().firstScanDone).toBe(false);
    await away.answer();
    run();
    expect(settled).toHaveLength(1);
    expect(texts()).toEqual(expected);
    expect(scanner.busy).toBe(false);
    expect(scanner.getStats()).toMatchObject({ firstScanDone: true, elsewhereMs: 2 * away.calls(), elsewherePassages: 2500, passages: 2500 });
  });

  it('reads back the words that need a sure mention once one is found, whichever batch brings it', async () => {
    const here = setup(page);
    here.scanner.scanAll();
    here.run();
    const expected = here.texts();

    const away = elsewhere(false, { holdUnsure: true });
    const { scanner, run, texts } = setup(page, 0.1, away.matchElsewhere);
    scanner.scanAll();
    run();
    await away.answer();
    run();
    // "Rubio" alone stands only beside a sure mention: the first and last batches hold nothing
    // else, the middle one holds "Iran".
    expect(away.unsureRead()).toBe(2);
    expect(texts()).toEqual(expected);
  });

  it('matches here, from then on, once matching elsewhere fails', async () => {
    const away = elsewhere(true);
    const { scanner, run, texts } = setup(page, 0.1, away.matchElsewhere);
    scanner.scanAll();
    run();
    const sent = away.calls();
    await away.answer();
    run();
    expect(texts()).toHaveLength(2501);
    expect(scanner.getStats()).toMatchObject({ elsewhereMs: 0, elsewherePassages: 0 });
    // A change afterwards is matched here too.
    const p = document.querySelector('p')!;
    p.textContent = 'Marco Rubio in Tehran.';
    scanner.changed(p);
    run();
    expect(away.calls()).toBe(sent);
    expect(texts()).toContain('Marco Rubio');
  });

  it('sends an enormous block away a few windows at a time, and finds names across the whole of it', async () => {
    const filler = 'Plain words about the weather and nothing else at all. '.repeat(20_000); // about 1.1 MB
    const away = elsewhere(); // the block holds two fillers: about 2.2 MB
    const { scanner, run, texts } = setup(`<pre>Iran ${filler} Marco Rubio ${filler} Iran</pre>`, 0.1, away.matchElsewhere);
    scanner.scanAll();
    run();
    // Windows of 32 KB, two to a message of at most 64 KB.
    expect(away.calls()).toBeGreaterThan(30);
    expect(away.calls()).toBeLessThan(40);
    await away.answer();
    run();
    expect(texts()).toEqual(['Iran', 'Marco Rubio', 'Iran']);
    expect(scanner.getStats()).toMatchObject({ passages: 1, elsewherePassages: 1 });
    // No message holds the whole block.
    expect(away.onePassages.every((one) => !one)).toBe(true);
  });

  it('sends a block of two windows in one message that says so, and a word there that needs support loads nothing', async () => {
    const filler = 'Plain words about the weather and nothing else at all. '.repeat(700); // about 38 KB
    const away = elsewhere(false, { holdUnsure: true });
    const { scanner, run, settled, asked } = countingScanner(`<p>Rubio spoke. ${filler}</p><p>A short one.</p>`, away.matchElsewhere);
    scanner.scanAll();
    run();
    await away.answer();
    run();
    // The long block's two windows came in one message, judged whole: "Rubio" has no support
    // in it, so nothing is read back and the matcher is never needed.
    expect(away.onePassages).toEqual([true, false]);
    expect(settled).toEqual([[]]);
    expect(away.unsureRead()).toBe(0);
    expect(asked()).toBe(0);
  });

  it('drops an answer for a block that changed while it was away', async () => {
    const away = elsewhere();
    const { scanner, run, texts } = setup('<p id="a">Iran</p><p id="b">Marco Rubio spoke.</p>', 0.1, away.matchElsewhere);
    scanner.scanAll();
    run();
    const b = document.getElementById('b')!.firstChild as Text;
    b.data = 'Nobody spoke.';
    scanner.changed(b);
    run(); // the changed block is read again and sent, while the first answer is still away
    await away.answer();
    run();
    expect(texts()).toEqual(['Iran']);
  });
});

describe('PageScanner counting the page’s time', () => {
  it('counts the painting of a settle in the slice that settled, before afterSettled reads the stats', () => {
    document.body.innerHTML = '<p>Iran</p><p>Marco Rubio</p>';
    const { clock, run, advance } = fakeClock(0);
    const seen: { done: boolean; scanMs: number }[] = [];
    const scanner: PageScanner = new PageScanner(() => document.body, clock, {
      matcher: () => boundMatcher(knowledge),
      exclude: () => null,
      onSettled: () => advance(5), // painting takes 5 ms
      afterSettled: () => {
        const stats = scanner.getStats();
        seen.push({ done: stats.firstScanDone, scanMs: stats.firstScanMs });
      },
    });
    scanner.scanAll();
    run();
    expect(seen).toEqual([{ done: true, scanMs: 5 }]);
    expect(scanner.getStats().longestSliceMs).toBe(5);
  });

  it('counts an answer from elsewhere from when it arrived, so that checking and decoding it count', async () => {
    document.body.innerHTML = '<p>Iran</p><p>Marco Rubio</p>';
    const { clock, run, advance } = fakeClock(0);
    const held: (() => void)[] = [];
    const scanner = new PageScanner(() => document.body, clock, {
      matcher: () => boundMatcher(knowledge),
      exclude: () => null,
      onSettled: () => {},
      matchElsewhere: (texts) =>
        new Promise((resolve) =>
          held.push(() => {
            const receivedAt = clock.now();
            advance(3); // checking and decoding the answer
            resolve({ found: findCandidatesInTexts(knowledge, texts), busyMs: 1, receivedAt });
          }),
        ),
    });
    scanner.scanAll();
    run();
    expect(held).toHaveLength(1);
    held.shift()!();
    for (let i = 0; i < 5; i++) await Promise.resolve();
    run();
    expect(scanner.getStats()).toMatchObject({ firstScanDone: true, firstScanMs: 3, longestSliceMs: 3 });
  });
});

/** A scanner over `html` that counts how often it asks for the matcher. */
function countingScanner(html: string, matchElsewhere: ScannerOptions['matchElsewhere']) {
  document.body.innerHTML = html;
  const { clock, run } = fakeClock(0.1);
  const settled: PageMention[][] = [];
  let asked = 0;
  const scanner = new PageScanner(() => document.body, clock, {
    matcher: () => {
      asked++;
      return boundMatcher(knowledge);
    },
    exclude: () => null,
    onSettled: (m) => settled.push(m),
    matchElsewhere,
  });
  return { scanner, run, settled, asked: () => asked };
}

describe('PageScanner and the matcher', () => {
  it('never asks for the matcher on a page where the other context finds nothing', async () => {
    const { scanner, run, settled, asked } = countingScanner(
      '<p>Nothing of the story here.</p><p>Nor here, nor in this <b>line</b>.</p>',
      async (texts) => ({ found: texts.map(() => []), busyMs: 1 }),
    );
    scanner.scanAll();
    run();
    for (let i = 0; i < 5; i++) await Promise.resolve();
    run();
    expect(settled).toEqual([[]]);
    expect(asked()).toBe(0);
  });

  it('never reads back, nor asks for the matcher, when no word of the page stands on its own', async () => {
    const away = elsewhere(false, { holdUnsure: true });
    const { scanner, run, settled, asked } = countingScanner('<p>Rubio spoke.</p><p>So did Rubio, twice.</p>', away.matchElsewhere);
    scanner.scanAll();
    run();
    await away.answer();
    run();
    expect(settled).toEqual([[]]);
    expect(away.unsureRead()).toBe(0);
    expect(asked()).toBe(0);

    // A sure mention added later brings the earlier words back too.
    const added = document.createElement('p');
    added.textContent = 'Iran answered.';
    document.body.append(added);
    scanner.changed(added);
    run();
    await away.answer();
    run();
    expect(away.unsureRead()).toBe(1);
    expect(settled.at(-1)!.map((m) => m.text)).toEqual(['Rubio', 'Rubio', 'Iran']);
  });
});
