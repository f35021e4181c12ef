import { describe, expect, it, vi } from 'vitest';
import { compileKnowledge } from '../../lib/knowledge/compile';
import { PageScanner, type PageMention, type ScannerClock } from '../../lib/page/scanner';
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
  return { clock, run, slices: () => slices };
}

function setup(html: string, tick = 0.1) {
  document.body.innerHTML = html;
  const { clock, run, slices } = fakeClock(tick);
  const settled: PageMention[][] = [];
  const scanner = new PageScanner(() => document.body, clock, {
    knowledge,
    exclude: () => null,
    sliceMs: 8,
    onSettled: (m) => settled.push(m),
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
