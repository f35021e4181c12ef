/**
 * The first part of the content script brings the marker in once, and only through the
 * background's injection, which hands over the bundled packs too; the installed packs' records
 * are read only then (entrypoints/content/marker-loader.ts).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { markerLoader } from '../../entrypoints/content/marker-loader';
import { registerMarker, registeredMarker, type Marker, type MarkerInput } from '../../entrypoints/shared/marker-contract';

const REGISTERED = Symbol.for('backstory.marker');
const input = { hoverDelayMs: 150 } as Omit<MarkerInput, 'bundled' | 'packs'>;
const bundled = { packs: ['{"id":"a"}'], plan: '{}' };
const packs = { records: new Map<string, unknown>([['b', { installedAt: 'then', json: '{}' }]]), key: 'bundled\nb then 2', readMs: 0 };
const made: MarkerInput[] = [];
const create = (given: MarkerInput) => {
  made.push(given);
  return { uiHost: () => null } as unknown as Marker;
};

afterEach(() => {
  delete (globalThis as Record<symbol, unknown>)[REGISTERED];
  made.length = 0;
});

describe('the marker loader', () => {
  it('has no marker until asked, then asks the background once and creates the marker it injected', async () => {
    let asked = 0;
    let read = 0;
    const loader = markerLoader(
      () => input,
      async () => {
        asked++;
        registerMarker(create);
        return bundled;
      },
      async () => {
        read++;
        return packs;
      },
    );
    expect(loader.get()).toBeNull();
    // A frame that never names anything never reads the installed packs.
    expect(read).toBe(0);
    const [first, second] = await Promise.all([loader.load(), loader.load()]);
    expect(first).not.toBeNull();
    expect(second).toBe(first);
    expect(await loader.load()).toBe(first);
    expect(loader.get()).toBe(first);
    expect(asked).toBe(1);
    expect(read).toBe(1);
    // The marker gets the installed packs' records as read now and the bundled packs the
    // background handed over.
    expect(made).toEqual([{ ...input, bundled, packs }]);
  });

  it('gives null when the injection fails, throws, or leaves nothing registered', async () => {
    const failing = [async () => null, async () => Promise.reject(new Error('the frame is gone')), async () => bundled];
    for (const inject of failing) {
      const loader = markerLoader(() => input, inject, async () => packs);
      expect(await loader.load()).toBeNull();
      expect(loader.get()).toBeNull();
    }
    expect(registeredMarker()).toBeNull();
    expect(made).toEqual([]);
  });

  it('keeps the first marker registered, whatever registers later', () => {
    registerMarker(create);
    const other = () => ({}) as Marker;
    registerMarker(other);
    expect(registeredMarker()).toBe(create);
  });
});
