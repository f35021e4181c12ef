/**
 * Runs the marker (entrypoints/marker) in one frame of a tab, in the extension's isolated world
 * where that frame's content script runs; resolves once it has run. Frames of about:blank and
 * srcdoc pages are included, as the content script's are. False if the frame is gone.
 */
import { browser } from 'wxt/browser';
import { MARKER_FILE } from '../protocol/marker-contract';

export async function injectMarker(tabId: number, frameId: number): Promise<boolean> {
  try {
    if (import.meta.env.MANIFEST_VERSION === 3) {
      await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [MARKER_FILE] });
    } else {
      await browser.tabs.executeScript(tabId, { file: MARKER_FILE, frameId, matchAboutBlank: true, runAt: 'document_start' });
    }
    return true;
  } catch {
    return false;
  }
}
