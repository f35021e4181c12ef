import { describe, expect, it, vi } from 'vitest';
import { compileKnowledge } from '../../lib/knowledge/compile';
import { describeTexts } from '../../lib/knowledge/describe';
import type { MatchOptions } from '../../lib/match/matcher';
import { PageScanner, type Matched, type PageMention, type ScannerClock } from '../../lib/page/scanner';
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
  /** Time passing while work of the caller's runs (painting, checking an answer). */
  const advance = (ms: number) => void (t += ms);
  return { clock, run, slices: () => slices, advance };
}

/**
 * The background as the scanner meets it: each batch matched and described as the background
 * does, through JSON, answered only when told to (or failing).
 */
function background(fails = false) {
  const held: (() => void)[] = [];
  let calls = 0;
  const match = (texts: string[], options: MatchOptions | undefined): Promise<Matched | null> => {
    calls++;
    return new Promise((resolve, reject) => {
      held.push(() => {
        if (fails) return reject(new Error('the background is gone'));
        const { candidates, facts } = describeTexts(knowledge, texts, options);
        resolve(JSON.parse(JSON.stringify({ found: candidates, facts, busyMs: 2 })) as Matched);
      });
    });
  };
  /** Answers every batch away, and lets the answers be filed. */
  const answer = async () => {
    while (held.length > 0) held.shift()!();
    for (let i = 0; i < 5; i++) await Promise.resolve();
  };
  return { match, answer, calls: () => calls };
}

function setup(html: string, tick = 0.1, fails = false) {
  document.body.innerHTML = html;
  const { clock, run, slices } = fakeClock(tick);
  const away = background(fails);
  const settled: PageMention[][] = [];
  const scanner = new PageScanner(() => document.body, clock, {
    match: away.match,
    exclude: () => null,
    sliceMs: 8,
    onSettled: (m) => settled.push(m),
  });
  /** Runs the scan to its end: slices, answers, and the slices they make, until nothing is left. */
  const finish = async () => {
    for (let i = 0; i < 10; i++) {
      run();
      await away.answer();
    }
    run();
  };
  return { scanner, run, finish, away, slices, settled, texts: () => settled.at(-1)!.map((m) => m.text) };
}

describe('PageScanner', () => {
  it('reads a long page in slices and settles once, with every mention', async () => {
    const html = Array.from({ length: 2000 }, (_, i) => `<p>Paragraph ${i} is about Iran.</p>`).join('');
    // Each reading of the clock stands for a millisecond of work: reading and sending 2,000
    // paragraphs takes several 8 ms slices.
    const { scanner, finish, slices, settled } = setup(html, 1);
    scanner.scanAll();
    await finish();
    expect(slices()).toBeGreaterThan(3);
    expect(settled).toHaveLength(1);
    expect(settled[0]).toHaveLength(2000);
    const stats = scanner.getStats();
    expect(stats.firstScanDone).toBe(true);
    expect(stats.longestSliceMs).toBeLessThan(12);
  });

  it('rescans only the block that changed', async () => {
    const { scanner, finish, settled, texts } = setup('<p id="a">Iran</p><p id="b">Nothing here.</p>');
    scanner.scanAll();
    await finish();
    expect(texts()).toEqual(['Iran']);
    const b = document.getElementById('b')!.firstChild as Text;
    b.data = 'Marco Rubio spoke.';
    scanner.changed(b);
    await finish();
    expect(settled).toHaveLength(2);
    expect(texts()).toEqual(['Iran', 'Marco Rubio']);
  });

  it('counts every passage read, with or without a mention, and forgets the changed ones', async () => {
    const { scanner, finish } = setup('<p id="a">Iran</p><p id="b">Nothing here.</p><p>Nor here.</p>');
    scanner.scanAll();
    await finish();
    expect(scanner.getStats()).toMatchObject({ passages: 3, characters: 4 + 13 + 9 });
    const b = document.getElementById('b')!.firstChild as Text;
    b.data = 'Less.';
    scanner.changed(b);
    await finish();
    expect(scanner.getStats()).toMatchObject({ passages: 3, characters: 4 + 5 + 9 });
  });

  it('forgets mentions in removed blocks and decides ambiguous words again', async () => {
    const { scanner, finish, texts } = setup('<p id="a">Iran</p><p id="b">Rubio spoke.</p>');
    scanner.scanAll();
    await finish();
    expect(texts()).toEqual(['Iran', 'Rubio']);
    document.getElementById('a')!.remove();
    scanner.changed(document.body);
    await finish();
    // With Iran gone, nothing makes the page about the story: "Rubio" alone no longer counts.
    expect(texts()).toEqual([]);
  });

  it('turns a storm of changes into one full rescan', async () => {
    const html = Array.from({ length: 500 }, (_, i) => `<p id="p${i}">Line ${i}</p>`).join('');
    const { scanner, finish, texts } = setup(html);
    scanner.scanAll();
    await finish();
    const full = vi.spyOn(scanner, 'scanAll');
    for (let i = 0; i < 500; i++) {
      const p = document.getElementById(`p${i}`)!;
      p.textContent = `Line ${i} about Iran`;
      scanner.changed(p);
    }
    await finish();
    expect(full).toHaveBeenCalledTimes(1);
    expect(texts()).toHaveLength(500);
  });
});

describe('PageScanner and the background', () => {
  it('reads on while batches are away, decides nothing until every one is back, and counts the background’s time', async () => {
    const page = Array.from({ length: 2500 }, (_, i) => `<p>Paragraph ${i}: Rubio spoke${i === 1500 ? ' in Iran' : ''}.</p>`).join('');
    const { scanner, run, away, settled, texts } = setup(page);
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
    // "Rubio" alone is kept in every batch, though only one batch names Iran: the page decides
    // with the whole page, from the facts the answers carry.
    expect(texts()).toHaveLength(2501);
    expect(scanner.busy).toBe(false);
    expect(scanner.getStats()).toMatchObject({ firstScanDone: true, elsewhereMs: 2 * away.calls(), elsewherePassages: 2500, passages: 2500 });
  });

  it('takes a batch that cannot be matched as naming nothing, and marks nothing', async () => {
    const { scanner, finish, settled } = setup('<p>Marco Rubio in Iran.</p>', 0.1, true);
    scanner.scanAll();
    await finish();
    expect(settled).toEqual([[]]);
    expect(scanner.getStats()).toMatchObject({ firstScanDone: true, elsewhereMs: 0, elsewherePassages: 0, passages: 1 });
  });

  it('sends an enormous block away a few windows at a time, and finds names across the whole of it', async () => {
    const filler = 'Plain words about the weather and nothing else at all. '.repeat(20_000); // about 1.1 MB
    // The block holds two fillers: about 2.2 MB.
    const { scanner, run, away, texts } = setup(`<pre>Iran ${filler} Marco Rubio ${filler} Iran</pre>`);
    scanner.scanAll();
    run();
    // Windows of 32 KB, two to a message of at most 64 KB.
    expect(away.calls()).toBeGreaterThan(30);
    expect(away.calls()).toBeLessThan(40);
    await away.answer();
    run();
    expect(texts()).toEqual(['Iran', 'Marco Rubio', 'Iran']);
    expect(scanner.getStats()).toMatchObject({ passages: 1, elsewherePassages: 1 });
  });

  it('drops an answer for a block that changed while it was away', async () => {
    const { scanner, run, finish, away, texts } = setup('<p id="a">Iran</p><p id="b">Marco Rubio spoke.</p>');
    scanner.scanAll();
    run();
    const b = document.getElementById('b')!.firstChild as Text;
    b.data = 'Nobody spoke.';
    scanner.changed(b);
    run(); // the changed block is read again and sent, while the first answer is still away
    await away.answer();
    await finish();
    expect(texts()).toEqual(['Iran']);
  });

  it('decides titles by the page’s day', async () => {
    const titled = compileKnowledge([
      pack([
        entity('first', [{ text: 'the chair', kind: 'title', until: '2025-12-31' }, { text: 'Ann First' }]),
        entity('second', [{ text: 'the chair', kind: 'title', from: '2026-01-01' }, { text: 'Bo Second' }]),
      ]),
    ]);
    document.body.innerHTML = '<p>The chair spoke.</p>';
    const decided: string[][] = [];
    for (const day of ['2025-06-01', '2026-06-01']) {
      const { clock, run } = fakeClock(0.1);
      const scanner = new PageScanner(() => document.body, clock, {
        match: async (texts) => JSON.parse(JSON.stringify({ ...describeTexts(titled, texts), found: describeTexts(titled, texts).candidates, busyMs: 0 })) as Matched,
        pageDay: () => day,
        exclude: () => null,
        onSettled: (m) => decided.push(m.map((x) => x.mention.entity)),
      });
      scanner.scanAll();
      run();
      for (let i = 0; i < 5; i++) await Promise.resolve();
      run();
    }
    expect(decided).toEqual([['first'], ['second']]);
  });
});

describe('PageScanner counting the page’s time', () => {
  it('counts the painting of a settle in the slice that settled, before afterSettled reads the stats', async () => {
    document.body.innerHTML = '<p>Iran</p><p>Marco Rubio</p>';
    const { clock, run, advance } = fakeClock(0);
    const seen: { done: boolean; scanMs: number }[] = [];
    const scanner: PageScanner = new PageScanner(() => document.body, clock, {
      match: async (texts) => ({ found: describeTexts(knowledge, texts).candidates, facts: describeTexts(knowledge, texts).facts, busyMs: 1 }),
      exclude: () => null,
      onSettled: () => advance(5), // painting takes 5 ms
      afterSettled: () => {
        const stats = scanner.getStats();
        seen.push({ done: stats.firstScanDone, scanMs: stats.firstScanMs });
      },
    });
    scanner.scanAll();
    run();
    for (let i = 0; i < 5; i++) await Promise.resolve();
    expect(seen).toEqual([{ done: true, scanMs: 5 }]);
    expect(scanner.getStats().longestSliceMs).toBe(5);
  });

  it('counts an answer from when it arrived, so that checking it counts', async () => {
    document.body.innerHTML = '<p>Iran</p><p>Marco Rubio</p>';
    const { clock, run, advance } = fakeClock(0);
    const held: (() => void)[] = [];
    const scanner = new PageScanner(() => document.body, clock, {
      exclude: () => null,
      onSettled: () => {},
      match: (texts) =>
        new Promise((resolve) =>
          held.push(() => {
            const receivedAt = clock.now();
            advance(3); // checking the answer
            const { candidates, facts } = describeTexts(knowledge, texts);
            resolve({ found: candidates, facts, busyMs: 1, receivedAt });
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
