/**
 * Where the settings live: one versioned item in extension storage, through WXT's storage
 * helper (versioning and migrations, change watching across contexts). Every read goes through
 * repairSettings, so a corrupt or outdated value is repaired field by field, written back, and
 * a notice is left for the options page to show. Shared by the contexts that write settings;
 * pages only read them (./settings-read.ts).
 */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, repairSettings, type Settings } from '../lib/settings';
import { SETTINGS_KEY, watchPageSettings } from './settings-read';

const settingsItem = storage.defineItem<unknown>(`local:${SETTINGS_KEY}`, {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  // Version 1 is the first; later shapes add their step here, e.g. 2: (old) => ({ ...old, x: 1 }).
  migrations: {},
});

/** Why the settings were last repaired, until the reader has seen it on the options page. */
const noticeItem = storage.defineItem<string | null>('local:settingsNotice', { fallback: null });

export async function loadSettings(): Promise<Settings> {
  const raw = await settingsItem.getValue();
  const { settings, reset, dropped } = repairSettings(raw);
  if (reset.length > 0 || dropped.length > 0) {
    await settingsItem.setValue(settings);
    await noticeItem.setValue(repairNotice(reset, dropped));
  }
  return settings;
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const current = await loadSettings();
  const { settings, reset, dropped } = repairSettings({ ...current, ...patch });
  await settingsItem.setValue(settings);
  // Whatever the reader gave that could not be kept is said, never lost in silence.
  if (reset.length > 0 || dropped.length > 0) await noticeItem.setValue(repairNotice(reset, dropped));
  return settings;
}

/** What a repair did, in the reader's words. */
function repairNotice(reset: readonly string[], dropped: readonly string[]): string {
  const parts: string[] = [];
  if (reset.length > 0) parts.push(`Some settings could not be read and were reset to their defaults: ${reset.join(', ')}.`);
  if (dropped.length > 0) parts.push(`Some items could not be read and were left out: ${dropped.join('; ')}.`);
  return `${parts.join(' ')} Everything else was kept.`;
}

/**
 * The writes that make `settings` the stored settings, for a step that writes other items too
 * (a restore): the value, and the version WXT keeps beside it, so that no migration runs on it.
 */
export function settingsWrites(settings: Settings): [{ item: typeof settingsItem; value: Settings }, { key: `local:${string}`; value: { v: number } }] {
  return [
    { item: settingsItem, value: repairSettings(settings).settings },
    { key: `local:${SETTINGS_KEY}$`, value: { v: SETTINGS_VERSION } },
  ];
}

export async function resetSettings(): Promise<Settings> {
  await settingsItem.setValue({ ...DEFAULT_SETTINGS });
  return { ...DEFAULT_SETTINGS, types: [...DEFAULT_SETTINGS.types], disabledSites: [] };
}

/** Calls `onChange` with the repaired settings whenever any context changes them; pages watch the same way. */
export const watchSettings = watchPageSettings;

export const settingsNotice = {
  get: () => noticeItem.getValue(),
  clear: () => noticeItem.setValue(null),
};
