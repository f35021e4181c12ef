/**
 * Where the settings live: one versioned item in sync storage, so that they follow the reader
 * across their browsers (the packs stay local: they outgrow sync's quotas). Through WXT's
 * storage helper (versioning and migrations, change watching across contexts).
 *
 * Local storage holds a copy only while it waits to move to sync, and says why beside it: a
 * restored backup (written with its packs in one local step), settings sync refused (it allows
 * 8 KB an item and a limited number of writes a minute; a long list of sites can outgrow it),
 * or, saying nothing, the settings of a version before sync. That copy is the newest and wins
 * (./settings-read.ts); every load and save tries to move it, and removes it only once sync
 * holds it, so nothing is ever lost. An older version's copy that meets settings already in
 * sync (the reader's other browser moved first) joins them: the synced choices, and the sites
 * of both.
 *
 * Loads, saves and resets run one at a time across the extension's pages and its background
 * (a Web Lock), so that a load moving an old copy cannot write it over a change made meanwhile.
 * Every read goes through repairSettings, so a corrupt or outdated value is repaired field by
 * field, written back, and a notice is left for the options page to show. Pages only read the
 * settings (./settings-read.ts).
 */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, repairSettings, type Settings } from '../lib/settings';
import { SETTINGS_KEY, watchPageSettings } from './settings-read';

// Version 1 is the first; later shapes add their step to both, e.g. 2: (old) => ({ ...old, x: 1 }).
const syncedItem = storage.defineItem<unknown>(`sync:${SETTINGS_KEY}`, { version: SETTINGS_VERSION, migrations: {} });
const waitingItem = storage.defineItem<unknown>(`local:${SETTINGS_KEY}`, { version: SETTINGS_VERSION, migrations: {} });

/** Why a local copy waits: a restored backup, or settings sync refused; null for an older version's. */
type WaitingReason = 'restored' | 'refused';
const waitingReasonItem = storage.defineItem<WaitingReason | null>('local:settingsWaiting', { fallback: null });

/**
 * What happened to the settings that the reader should know, kept until they have seen it on the
 * options page, which words it in their language: a repair (the fields reset, the items left
 * out), or settings sync refused (the browser's reason). A string is an older version's notice.
 */
export type SettingsNotice = { kind: 'repaired'; reset: string[]; dropped: string[] } | { kind: 'not-synced'; why: string } | string;

const noticesItem = storage.defineItem<SettingsNotice[] | SettingsNotice | null>('local:settingsNotice', { fallback: null });

async function notices(): Promise<SettingsNotice[]> {
  const stored = await noticesItem.getValue();
  return stored === null ? [] : Array.isArray(stored) ? stored : [stored];
}

/** Adds a notice, in place of an earlier one of its kind. */
async function addNotice(notice: Exclude<SettingsNotice, string>): Promise<void> {
  const others = (await notices()).filter((n) => typeof n === 'string' || n.kind !== notice.kind);
  await noticesItem.setValue([...others, notice]);
}

async function dropNotice(kind: Exclude<SettingsNotice, string>['kind']): Promise<void> {
  const before = await notices();
  const after = before.filter((n) => typeof n === 'string' || n.kind !== kind);
  if (after.length !== before.length) await noticesItem.setValue(after.length > 0 ? after : null);
}

/** Runs settings work one at a time across the extension's contexts (where Web Locks exist). */
function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  return locks ? (locks.request('backstory-settings', work) as Promise<T>) : work();
}

export const loadSettings = (): Promise<Settings> => oneAtATime(load);

export function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  return oneAtATime(async () => {
    const current = await load();
    const { settings, reset, dropped } = repairSettings({ ...current, ...patch });
    // Whatever the reader gave that could not be kept is said, never lost in silence.
    if (reset.length > 0 || dropped.length > 0) await addNotice({ kind: 'repaired', reset, dropped });
    await keep(settings);
    return settings;
  });
}

export function resetSettings(): Promise<Settings> {
  return oneAtATime(async () => {
    const settings = { ...DEFAULT_SETTINGS, types: [...DEFAULT_SETTINGS.types], disabledSites: [] };
    await keep(settings);
    return settings;
  });
}

async function load(): Promise<Settings> {
  const [waiting, reason] = await Promise.all([waitingItem.getValue(), waitingReasonItem.getValue()]);
  // Sync storage may be switched off (an enterprise policy): the settings are then local ones.
  const synced = await syncedItem.getValue().catch(() => null);
  const { settings: chosen, reset, dropped } = repairSettings(waiting ?? synced ?? DEFAULT_SETTINGS);
  const repaired = reset.length > 0 || dropped.length > 0;
  if (repaired) await addNotice({ kind: 'repaired', reset, dropped });
  let settings = chosen;
  if (waiting != null && reason === null && synced != null) {
    const theirs = repairSettings(synced).settings;
    settings = repairSettings({ ...theirs, disabledSites: [...new Set([...theirs.disabledSites, ...chosen.disabledSites])] }).settings;
  }
  if (waiting != null || repaired) await keep(settings);
  return settings;
}

/**
 * Stores the settings in sync, then drops a local copy that waited, unless another context has
 * written a newer one since (a restore is not one of the serialised steps). If sync refuses
 * them, they wait in local storage, said in a notice when sync first refuses.
 */
async function keep(settings: Settings): Promise<void> {
  const [waiting, reason] = await Promise.all([waitingItem.getValue(), waitingReasonItem.getValue()]);
  try {
    await syncedItem.setValue(settings);
  } catch (error) {
    await waitingItem.setValue(settings);
    if (reason !== 'refused') {
      await waitingReasonItem.setValue('refused');
      await addNotice({ kind: 'not-synced', why: error instanceof Error ? error.message : String(error) });
    }
    return;
  }
  if (waiting == null && reason === null) return;
  const [now, nowReason] = await Promise.all([waitingItem.getValue(), waitingReasonItem.getValue()]);
  if (JSON.stringify(now) !== JSON.stringify(waiting) || nowReason !== reason) return;
  await waitingItem.removeValue();
  await waitingReasonItem.removeValue();
  if (reason === 'refused') await dropNotice('not-synced');
}

/**
 * The writes that make `settings` the stored settings, for a step that writes other items too
 * (a restore, with its packs, in local storage): the value, waiting to move to sync at the next
 * load, why it waits, and the version WXT keeps beside it, so that no migration runs on it.
 */
export function settingsWrites(
  settings: Settings,
): [{ item: typeof waitingItem; value: Settings }, { item: typeof waitingReasonItem; value: WaitingReason }, { key: `local:${string}`; value: { v: number } }] {
  return [
    { item: waitingItem, value: repairSettings(settings).settings },
    { item: waitingReasonItem, value: 'restored' },
    { key: `local:${SETTINGS_KEY}$`, value: { v: SETTINGS_VERSION } },
  ];
}

/** Calls `onChange` with the repaired settings whenever any context changes them; pages watch the same way. */
export const watchSettings = watchPageSettings;

export const settingsNotice = {
  get: notices,
  clear: () => noticesItem.setValue(null),
};
