/**
 * Brings the marker (entrypoints/marker) into this frame when it first has something to mark:
 * the background injects it and it registers itself (see protocol/marker-contract.ts).
 * Loaded once per frame; if it cannot be (the background is gone, the frame went away), the
 * frame marks nothing and the page is as it was.
 */
import { browser } from 'wxt/browser';
import { parseMarkerAnswer } from '../../protocol/from-background';
import type { LoadMarker } from '../../protocol/to-background';
import { registeredMarker, type Marker, type MarkerInput } from '../../protocol/marker-contract';

export interface MarkerLoader {
  /** The frame's marker, if it is loaded. */
  get(): Marker | null;
  /** Loads it, once; null if it cannot be. */
  load(): Promise<Marker | null>;
}

/** Has the marker injected into this frame; whether it ran. */
export type Inject = () => Promise<boolean>;

export function markerLoader(input: () => MarkerInput, inject: Inject = askToInject): MarkerLoader {
  let marker: Marker | null = null;
  let loading: Promise<Marker | null> | null = null;
  return {
    get: () => marker,
    load: () =>
      (loading ??= (async () => {
        const loaded = await inject().catch(() => false);
        const create = registeredMarker();
        marker = loaded && create ? create(input()) : null;
        return marker;
      })()),
  };
}

async function askToInject(): Promise<boolean> {
  const message: LoadMarker = { type: 'backstory:load-marker' };
  return parseMarkerAnswer(await browser.runtime.sendMessage(message))?.loaded ?? false;
}
