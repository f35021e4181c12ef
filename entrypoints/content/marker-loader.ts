/**
 * Brings the marker (entrypoints/marker) into this frame when the page first turns out to name
 * something: the background injects it, and it registers itself (see
 * entrypoints/shared/marker-contract.ts). Loaded once per frame; if it cannot be (the
 * background is gone, the frame went away), the frame marks nothing and the page is as it was.
 */
import { browser } from 'wxt/browser';
import { parseLoadMarkerReply, type LoadMarker } from '../../lib/messages';
import { registeredMarker, type Marker, type MarkerInput } from '../shared/marker-contract';

export interface MarkerLoader {
  /** The frame's marker, if it is loaded. */
  get(): Marker | null;
  /** Loads it, once; null if it cannot be. */
  load(): Promise<Marker | null>;
}

export function markerLoader(input: () => MarkerInput, inject: () => Promise<boolean> = askToInject): MarkerLoader {
  let marker: Marker | null = null;
  let loading: Promise<Marker | null> | null = null;
  return {
    get: () => marker,
    load: () =>
      (loading ??= (async () => {
        const create = registeredMarker() ?? ((await inject().catch(() => false)) ? registeredMarker() : null);
        marker = create ? create(input()) : null;
        return marker;
      })()),
  };
}

async function askToInject(): Promise<boolean> {
  const message: LoadMarker = { type: 'backstory:load-marker' };
  return parseLoadMarkerReply(await browser.runtime.sendMessage(message))?.loaded === true;
}
