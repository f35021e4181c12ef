/**
 * The first part of the content script brings the marker in once, and only through the
 * background's injection (entrypoints/content/marker-loader.ts).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { markerLoader } from '../../entrypoints/content/marker-loader';
import { registerMarker, registeredMarker, type Marker, type MarkerInput } from '../../protocol/marker-contract';

const REGISTERED = Symbol.for('backstory.marker');
const input = { hoverDelayMs: 150 } as MarkerInput;
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
    const loader = markerLoader(
      () => input,
      async () => {
        asked++;
        registerMarker(create);
        return true;
      },
    );
    expect(loader.get()).toBeNull();
    const [first, second] = await Promise.all([loader.load(), loader.load()]);
    expect(first).not.toBeNull();
    expect(second).toBe(first);
    expect(await loader.load()).toBe(first);
    expect(loader.get()).toBe(first);
    expect(asked).toBe(1);
    expect(made).toEqual([input]);
  });

  it('gives null when the injection fails, throws, or leaves nothing registered', async () => {
    const failing = [async () => false, async () => Promise.reject(new Error('the frame is gone')), async () => true];
    for (const inject of failing) {
      const loader = markerLoader(() => input, inject);
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
