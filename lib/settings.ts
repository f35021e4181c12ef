/**
 * The reader's settings: their shape, defaults, and the repair of whatever is found in
 * storage. Stored values can be corrupt (a bad sync, a hand edit, an older version's shape):
 * every field is checked on its own, so one bad field is reset to its default and the others
 * are kept. Pure: the storage wiring is in storage/settings.ts.
 */
import * as v from 'valibot';
import type { EntityType } from '../data/schema';
import { ENTITY_TYPES } from '../data/vocabulary';
import { isRecord } from './guards';

export const SETTINGS_VERSION = 1;

/** How marks are drawn (lib/page/highlights.ts paints them). */
export const HIGHLIGHT_STYLES = ['underline', 'background', 'none'] as const;
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];
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

/**
 * A site as settings store it: a host name as a browser writes it in an address (letters,
 * digits, hyphens, underscores and dots; a bracketed IPv6 literal such as "[::1]"), with its
 * port if any; "example.com." and "example.com" are one site.
 */
const HOST = v.pipe(
  v.string(),
  v.maxLength(300),
  v.trim(),
  v.toLowerCase(),
  v.transform(normalHost),
  v.regex(/^(?:\[[0-9a-f:.]+\]|[a-z0-9_-]+(?:\.[a-z0-9_-]+)*)(?::\d{1,5})?$/),
  v.maxLength(260),
);

/** A host without the dot that may end a fully written name: "example.com.:8080" -> "example.com:8080". */
function normalHost(host: string): string {
  return host.replace(/\.(?=:\d+$|$)/, '');
}

/** Fields that are one value each. */
const FIELDS: { [K in Exclude<keyof Settings, ListField>]: v.GenericSchema<unknown, Settings[K]> } = {
  enabled: v.boolean(),
  highlightStyle: v.picklist(HIGHLIGHT_STYLES),
  density: v.picklist(DENSITIES),
  hoverDelayMs: v.pipe(v.number(), v.integer(), v.minValue(HOVER_DELAY_LIMITS.min), v.maxValue(HOVER_DELAY_LIMITS.max)),
  fuzzy: v.boolean(),
};

type ListField = 'disabledSites' | 'types';

/** Fields that are lists, repaired item by item: one bad item costs only itself. */
const LISTS: { [K in ListField]: v.GenericSchema<unknown, Settings[K][number]> } = {
  disabledSites: HOST,
  types: v.picklist(ENTITY_TYPES),
};

/** Items a list may hold; past this the list is not read. */
const MAX_LIST = 10_000;

export interface Repair {
  settings: Settings;
  /** Fields that were missing or unreadable and were reset to their defaults. */
  reset: (keyof Settings)[];
  /** Items of a list that could not be read and were left out, as "field: item". */
  dropped: string[];
}

/** Settings from whatever storage held: valid fields and items kept, the rest reset or left out. */
export function repairSettings(raw: unknown): Repair {
  const settings: Settings = { ...DEFAULT_SETTINGS, types: [...DEFAULT_SETTINGS.types], disabledSites: [] };
  const keys = [...Object.keys(FIELDS), ...Object.keys(LISTS)] as (keyof Settings)[];
  if (raw === undefined || raw === null) return { settings, reset: [], dropped: [] };
  if (!isRecord(raw)) return { settings, reset: keys, dropped: [] };
  const reset: (keyof Settings)[] = [];
  const dropped: string[] = [];
  const target = settings as unknown as Record<string, unknown>;
  for (const key of Object.keys(FIELDS) as (keyof typeof FIELDS)[]) {
    // A field missing altogether is one a newer version added: its default, nothing lost.
    if (!(key in raw)) continue;
    const parsed = v.safeParse(FIELDS[key], raw[key]);
    if (parsed.success) target[key] = parsed.output;
    else reset.push(key);
  }
  for (const key of Object.keys(LISTS) as ListField[]) {
    if (!(key in raw)) continue;
    const items = raw[key];
    if (!Array.isArray(items) || items.length > MAX_LIST) {
      reset.push(key);
      continue;
    }
    const kept = new Set<unknown>();
    for (const item of items) {
      const parsed = v.safeParse(LISTS[key], item);
      if (parsed.success) kept.add(parsed.output);
      else dropped.push(`${key}: ${describe(item)}`);
    }
    target[key] = [...kept];
  }
  return { settings, reset, dropped };
}

/** An unreadable item, short enough to show. */
function describe(item: unknown): string {
  const text = typeof item === 'string' ? `"${item}"` : JSON.stringify(item) ?? String(item);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** The host name as settings store it, or null for pages that have none (file:, about:). */
export function siteOf(url: string): string | null {
  try {
    const host = normalHost(new URL(url).host.toLowerCase());
    return host === '' ? null : host;
  } catch {
    return null;
  }
}

/** Whether Backstory runs on a page of this site. */
export function isActiveOn(settings: Settings, site: string | null): boolean {
  return settings.enabled && (site === null || !settings.disabledSites.includes(site));
}
