/**
 * When a reloaded or updated extension starts a new copy of this content script in a page, the
 * old copy, cut off from its extension, must stop. WXT's new copy announces itself with a DOM
 * event, which invalidates WXT's context in the old one. Any page script can dispatch that event
 * too (its name is made from the public extension id), so a copy stops only when its extension
 * is really gone.
 */
import { browser } from 'wxt/browser';

/** The started event's name for the content script `entrypoint`, as WXT's ContentScriptContext makes it. */
export function startedEventName(entrypoint: string): string {
  return `${browser.runtime.id}:${entrypoint}:wxt:content-script-started`;
}

export function whenOrphaned(entrypoint: string, stop: () => void): void {
  const name = startedEventName(entrypoint);
  const check = () => {
    if (browser.runtime?.id) return;
    document.removeEventListener(name, check);
    stop();
  };
  document.addEventListener(name, check);
}
