/**
 * The reader's settings: their shape, defaults, and the repair of whatever is found in
 * storage. Stored values can be corrupt (a bad sync, a hand edit, an older version's shape):
 * every field is checked on its own, so one bad field is reset to its default and the others
 * are kept. Pure: the storage wiring is in entrypoints/shared/settings-store.ts.
 */
import * as v from 'valibot';
import type { EntityType } from '../data/schema';
import { ENTITY_TYPES } from '../data/vocabulary';
import type { HighlightStyle } from './page/highlights';

export const SETTINGS_VERSION = 1;

export const HIGHLIGHT_STYLES = ['underline', 'background', 'none'] as const satisfies readonly HighlightStyle[];
const DENSITIES = ['all', 'first'] as const;
export const HOVER_DELAY_LIMITS = { min: 0, max: 2000 } as const;

export interface Settings {
  /** Backstory on or off everywhere. */
  enabled: boolean;
  /** Host names where Backstory is off ("www.example.com"). */
  disabledSites: string[];
  highlightStyle: HighlightStyle;
  /** Mark every mention, or only the first of each entity. */
  density: (typeof DENSITIES)[number];
  /** Entity types that are marked. */
  types: EntityType[];
  /** Milliseconds the pointer rests on a mention before its card opens. */
  hoverDelayMs: number;
  /** Catch misspellings of long names. */
  fuzzy: boolean;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
  disabledSites: [],
  highlightStyle: 'underline',
  density: 'all',
  types: [...ENTITY_TYPES],
  hoverDelayMs: 150,
  fuzzy: true,
});

const HOST = v.pipe(v.string(), v.trim(), v.toLowerCase(), v.regex(/^[a-z0-9.-]+(?::\d+)?$/), v.maxLength(253));

const FIELDS: { [K in keyof Settings]: v.GenericSchema<unknown, Settings[K]> } = {
  enabled: v.boolean(),
  disabledSites: v.pipe(
    v.array(HOST),
    v.transform((sites) => [...new Set(sites)]),
  ),
  highlightStyle: v.picklist(HIGHLIGHT_STYLES),
  density: v.picklist(DENSITIES),
  types: v.pipe(
    v.array(v.picklist(ENTITY_TYPES)),
    v.transform((types) => [...new Set(types)]),
  ),
  hoverDelayMs: v.pipe(v.number(), v.integer(), v.minValue(HOVER_DELAY_LIMITS.min), v.maxValue(HOVER_DELAY_LIMITS.max)),
  fuzzy: v.boolean(),
};

export interface Repair {
  settings: Settings;
  /** Fields that were missing or unreadable and were reset to their defaults. */
  reset: (keyof Settings)[];
}

/** Settings from whatever storage held: valid fields kept, the rest reset to defaults. */
export function repairSettings(raw: unknown): Repair {
  const settings: Settings = { ...DEFAULT_SETTINGS, types: [...DEFAULT_SETTINGS.types], disabledSites: [] };
  const keys = Object.keys(FIELDS) as (keyof Settings)[];
  if (raw === undefined || raw === null) return { settings, reset: [] };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { settings, reset: keys };
  const source = raw as Record<string, unknown>;
  const reset: (keyof Settings)[] = [];
  for (const key of keys) {
    // A field missing altogether is one a newer version added: its default, nothing lost.
    if (!(key in source)) continue;
    const parsed = v.safeParse(FIELDS[key], source[key]);
    if (parsed.success) (settings as unknown as Record<string, unknown>)[key] = parsed.output;
    else reset.push(key);
  }
  return { settings, reset };
}

/** The host name as settings store it, or null for pages that have none (file:, about:). */
export function siteOf(url: string): string | null {
  try {
    const host = new URL(url).host.toLowerCase();
    return host === '' ? null : host;
  } catch {
    return null;
  }
}

/** Whether Backstory runs on a page of this site. */
export function isActiveOn(settings: Settings, site: string | null): boolean {
  return settings.enabled && (site === null || !settings.disabledSites.includes(site));
}
