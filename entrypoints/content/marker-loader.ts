/**
 * Brings the marker (entrypoints/marker) into this frame when the page first turns out to name
 * something: the background injects it, it registers itself (see
 * entrypoints/shared/marker-contract.ts), and the background's answer hands over the bundled
 * packs; the installed packs' records are read from storage meanwhile. The marker makes its
 * knowledge from both. Loaded once per frame; if it cannot be (the background is gone, the
 * frame went away), the frame marks nothing and the page is as it was.
 */
import { browser } from 'wxt/browser';
import type { BundledTexts } from '../../lib/knowledge/bundled';
import { parseLoadMarkerReply, type LoadMarker } from '../../lib/messages';
import { registeredMarker, type Marker, type MarkerInput } from '../shared/marker-contract';
import { readPagePacks, type PagePacks } from '../shared/page-packs';

export interface MarkerLoader {
  /** The frame's marker, if it is loaded. */
  get(): Marker | null;
  /** Loads it, once; null if it cannot be. */
  load(): Promise<Marker | null>;
}

/** Has the marker injected; the bundled packs' text once it has run, or null. */
export type Inject = () => Promise<BundledTexts | null>;

export function markerLoader(
  input: () => Omit<MarkerInput, 'bundled' | 'packs'>,
  inject: Inject = askToInject,
  readPacks: () => Promise<PagePacks> = readPagePacks,
): MarkerLoader {
  let marker: Marker | null = null;
  let loading: Promise<Marker | null> | null = null;
  return {
    get: () => marker,
    load: () =>
      (loading ??= (async () => {
        const [bundled, packs] = await Promise.all([inject().catch(() => null), readPacks()]);
        const create = registeredMarker();
        marker = bundled && create ? create({ ...input(), bundled, packs }) : null;
        return marker;
      })()),
  };
}

async function askToInject(): Promise<BundledTexts | null> {
  const message: LoadMarker = { type: 'backstory:load-marker' };
  const reply = parseLoadMarkerReply(await browser.runtime.sendMessage(message));
  return reply?.loaded ? reply.bundled : null;
}
