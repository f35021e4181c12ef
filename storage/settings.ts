/**
 * Where the settings live: one versioned item in sync storage, so that they follow the reader
 * across their browsers (the packs stay local: they outgrow sync's quotas). Through WXT's
 * storage helper (versioning and migrations, change watching across contexts).
 *
 * Local storage holds a copy only while it waits to move to sync: the settings of a version
 * before sync, a restored backup (written with its packs in one local step), or settings sync
 * refused (sync allows 8 KB an item and a limited number of writes a minute; a long list of
 * sites can outgrow it). That copy is the newest and wins (./settings-read.ts); every load and
 * save tries to move it, and removes it only once sync holds it, so nothing is ever lost.
 *
 * Every read goes through repairSettings, so a corrupt or outdated value is repaired field by
 * field, written back, and a notice is left for the options page to show. Shared by the
 * contexts that write settings; pages only read them (./settings-read.ts).
 */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, repairSettings, type Settings } from '../lib/settings';
import { SETTINGS_KEY, watchPageSettings } from './settings-read';

// Version 1 is the first; later shapes add their step to both, e.g. 2: (old) => ({ ...old, x: 1 }).
const syncedItem = storage.defineItem<unknown>(`sync:${SETTINGS_KEY}`, { version: SETTINGS_VERSION, migrations: {} });
const waitingItem = storage.defineItem<unknown>(`local:${SETTINGS_KEY}`, { version: SETTINGS_VERSION, migrations: {} });

/**
 * What happened to the settings that the reader should know, kept until they have seen it on the
 * options page, which words it in their language: a repair (the fields reset, the items left
 * out), or settings sync refused (the browser's reason). A string is an older version's notice.
 */
export type SettingsNotice = { kind: 'repaired'; reset: string[]; dropped: string[] } | { kind: 'not-synced'; why: string } | string;

const noticeItem = storage.defineItem<SettingsNotice | null>('local:settingsNotice', { fallback: null });

export async function loadSettings(): Promise<Settings> {
  const waiting = await waitingItem.getValue();
  const { settings, reset, dropped } = repairSettings(waiting ?? (await syncedItem.getValue()) ?? DEFAULT_SETTINGS);
  const repaired = reset.length > 0 || dropped.length > 0;
  if (repaired) await noticeItem.setValue({ kind: 'repaired', reset, dropped });
  if (waiting != null || repaired) await keep(settings, waiting);
  return settings;
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const current = await loadSettings();
  const { settings, reset, dropped } = repairSettings({ ...current, ...patch });
  // Whatever the reader gave that could not be kept is said, never lost in silence.
  if (reset.length > 0 || dropped.length > 0) await noticeItem.setValue({ kind: 'repaired', reset, dropped });
  await keep(settings, await waitingItem.getValue());
  return settings;
}

export async function resetSettings(): Promise<Settings> {
  const settings = { ...DEFAULT_SETTINGS, types: [...DEFAULT_SETTINGS.types], disabledSites: [] };
  await keep(settings, await waitingItem.getValue());
  return settings;
}

/**
 * Stores the settings in sync and then drops the local copy `waiting` (as it was read), unless
 * another context has written a newer one since. If sync refuses them, they wait in local
 * storage, said in a notice the first time (when none was waiting before).
 */
async function keep(settings: Settings, waiting: unknown): Promise<void> {
  try {
    await syncedItem.setValue(settings);
  } catch (error) {
    await waitingItem.setValue(settings);
    if (waiting == null) await noticeItem.setValue({ kind: 'not-synced', why: error instanceof Error ? error.message : String(error) });
    return;
  }
  if (waiting == null) return;
  const now = await waitingItem.getValue();
  if (JSON.stringify(now) === JSON.stringify(waiting) || JSON.stringify(now) === JSON.stringify(settings)) await waitingItem.removeValue();
}

/**
 * The writes that make `settings` the stored settings, for a step that writes other items too
 * (a restore, with its packs, in local storage): the value, waiting to move to sync at the next
 * load, and the version WXT keeps beside it, so that no migration runs on it.
 */
export function settingsWrites(settings: Settings): [{ item: typeof waitingItem; value: Settings }, { key: `local:${string}`; value: { v: number } }] {
  return [
    { item: waitingItem, value: repairSettings(settings).settings },
    { key: `local:${SETTINGS_KEY}$`, value: { v: SETTINGS_VERSION } },
  ];
}

/** Calls `onChange` with the repaired settings whenever any context changes them; pages watch the same way. */
export const watchSettings = watchPageSettings;

export const settingsNotice = {
  get: () => noticeItem.getValue(),
  clear: () => noticeItem.setValue(null),
};
