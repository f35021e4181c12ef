import type { Settings } from '../../lib/settings';

/** What a section of the options that edits settings is given: the settings and a way to change them. */
export interface SettingsProps {
  settings: Settings;
  save: (patch: Partial<Settings>) => void;
}
