import type { Browser } from 'webextension-polyfill';

/** The extension API of an extension page: `browser` in Firefox, promise-based `chrome` in Chromium. */
type Scope = { browser?: Browser; chrome?: Browser };

/**
 * Functions that tests run inside a page with `page.evaluate`. Each is self-contained (it is
 * serialised into the page), reads what a person would see, and changes nothing.
 */

export interface PaintedMention {
  name: string;
  text: string;
}

/** Every range Backstory painted, with the highlight name and the words it covers. */
export function paintedMentions(): PaintedMention[] {
  const out: { name: string; text: string }[] = [];
  CSS.highlights.forEach((highlight, name) => {
    if (!name.startsWith('backstory-')) return;
    highlight.forEach((r) => {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      out.push({ name, text: range.toString() });
    });
  });
  return out;
}

/** The centre of the first occurrence of `text` inside the element matching `selector`. */
export function centreOf({ selector, text }: { selector: string; text: string }): { x: number; y: number } | null {
  const root = document.querySelector(selector);
  if (!root) return null;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const at = node.data.indexOf(text);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + text.length);
    const rect = range.getClientRects()[0];
    if (!rect) return null;
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }
  return null;
}

export interface CardState {
  open: boolean;
  role: string | null;
  entity: string | null;
  text: string;
  rect: { left: number; top: number; right: number; bottom: number } | null;
}

/** What the hover card shows, read through our open shadow root. */
export function cardState(): CardState {
  const host = document.querySelector('backstory-ui');
  const card = host?.shadowRoot?.querySelector<HTMLElement>('.bs-tooltip') ?? null;
  if (!card) return { open: false, role: null, entity: null, text: '', rect: null };
  const r = card.getBoundingClientRect();
  return {
    open: true,
    role: card.getAttribute('role'),
    entity: card.getAttribute('data-entity'),
    // Without the isolates that set names and titles apart inside the interface's sentences.
    text: card.innerText.replace(/[\u2066-\u2069]/g, ''),
    rect: { left: r.left, top: r.top, right: r.right, bottom: r.bottom },
  };
}

/** The ids of the tabs other than this (extension) page's own, newest last. */
export async function otherTabIds(): Promise<number[]> {
  const scope = globalThis as unknown as Scope;
  const api = (scope.browser ?? scope.chrome)!;
  const self = await api.tabs.getCurrent();
  const tabs = await api.tabs.query({});
  return tabs
    .map((t) => t.id)
    .filter((id): id is number => typeof id === 'number' && id !== self?.id)
    .sort((a, b) => a - b);
}

/** The id of the tab whose address holds `part`, asked from an extension page. */
export async function tabIdOf(part: string): Promise<number | null> {
  const scope = globalThis as unknown as Scope;
  const tabs = await (scope.browser ?? scope.chrome)!.tabs.query({});
  return tabs.find((t) => t.url?.includes(part))?.id ?? null;
}

/** Sends a message to the background from an extension page and returns the answer. */
export async function askBackground(message: unknown): Promise<unknown> {
  const scope = globalThis as unknown as Scope;
  const api = (scope.browser ?? scope.chrome)!;
  return api.runtime.sendMessage(message);
}

/** Sends a message from an extension page to a tab's top-frame content script. */
export async function sendToTab({ tabId, message }: { tabId: number; message: unknown }): Promise<unknown> {
  const scope = globalThis as unknown as Scope;
  const api = (scope.browser ?? scope.chrome)!;
  return api.tabs.sendMessage(tabId, message, { frameId: 0 });
}

/** Writes raw values into the extension's local storage (settings, as a user or a bug might). */
export async function writeStorage(values: Record<string, unknown>): Promise<void> {
  const scope = globalThis as unknown as Scope;
  await (scope.browser ?? scope.chrome)!.storage.local.set(values);
}

/** The toolbar badge text of a tab. */
export async function badgeText(tabId: number): Promise<string> {
  const scope = globalThis as unknown as Scope;
  const api = (scope.browser ?? scope.chrome)!;
  const action = api.action ?? api.browserAction;
  return action.getBadgeText({ tabId });
}

/** Everything in the extension's local storage (settings, installed packs), as stored. */
export async function readStorage(): Promise<Record<string, unknown>> {
  const scope = globalThis as unknown as Scope;
  return (scope.browser ?? scope.chrome)!.storage.local.get(null);
}

/** Everything in the extension's sync storage (the settings, as stored). */
export async function readSyncStorage(): Promise<Record<string, unknown>> {
  const scope = globalThis as unknown as Scope;
  return (scope.browser ?? scope.chrome)!.storage.sync.get(null);
}

/** Empties the extension's sync storage (the settings synced from any browser). */
export async function clearSyncStorage(): Promise<void> {
  const scope = globalThis as unknown as Scope;
  await (scope.browser ?? scope.chrome)!.storage.sync.clear();
}

/** The settings as they stand: a local copy waiting to move to sync, else sync's. */
export async function readSettings(): Promise<Record<string, unknown> | undefined> {
  const scope = globalThis as unknown as Scope;
  const api = (scope.browser ?? scope.chrome)!;
  const [local, sync] = await Promise.all([api.storage.local.get('settings'), api.storage.sync.get('settings')]);
  return (local.settings ?? sync.settings) as Record<string, unknown> | undefined;
}

/** Empties the extension's storage: no installed packs, default settings. */
export async function clearStorage(): Promise<void> {
  const scope = globalThis as unknown as Scope;
  const api = (scope.browser ?? scope.chrome)!;
  await Promise.all([api.storage.local.clear(), api.storage.sync.clear()]);
}

/**
 * Opens `url` in a window of its own from an extension page and returns its tab's id: the
 * driver's own new tabs cannot be told apart by id when several open at once, and Firefox
 * hides a window's background tabs (Backstory waits for a hidden tab to be shown).
 */
export async function openWindow(url: string): Promise<number> {
  const scope = globalThis as unknown as Scope;
  const api = (scope.browser ?? scope.chrome)!;
  const created = await api.windows.create({ url });
  const id = created?.tabs?.[0]?.id;
  if (typeof id !== 'number') throw new Error('the new window has no tab');
  return id;
}
