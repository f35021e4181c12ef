/**
 * Packs read back from storage. They were fully validated when installed, but storage can be
 * damaged afterwards (a hand edit, a bug, a bad sync). They are read often: by the background
 * each time it starts and makes its knowledge (in Chrome an idle service worker is stopped, so
 * it starts often), by the popup each time it opens, and by the options page. A full validation
 * of a large pack at each of those reads would keep the reader waiting, so a stored pack gets a
 * quick check of exactly what the matcher and the views read instead; one that fails is left
 * out, and kept in storage for the options page to show and for the reader to export or remove.
 * Nothing is deleted here. Pages never read packs.
 */
import type { Pack } from '../../data/schema';
import { ENTITY_TYPES, SCHEMA_VERSIONS } from '../../data/vocabulary';
import { isListOf, isRecord } from '../guards';
import { newestOf } from './revisions';
import { upgradePack } from './upgrade';

/** What is stored for each installed pack. */
export interface StoredPack {
  /** When it was installed (ISO date and time); installed packs are listed in this order. */
  installedAt: string;
  /**
   * The pack as JSON text: storage hands a context one string per pack, not a tree of objects
   * to rebuild, and the context parses it itself (readRecord), so that text which is no longer
   * JSON is caught there and the pack is checked (storedPackProblem) before anything uses it.
   */
  json: string;
}

export function storedPack(pack: Pack, installedAt: Date = new Date()): StoredPack {
  return { installedAt: installedAt.toISOString(), json: JSON.stringify(pack) };
}

export interface InstalledPacks {
  /** The packs that can be used, in the order they were installed. */
  packs: Pack[];
  /** Stored packs that could not be read, with why; they stay in storage untouched. */
  broken: { id: string; reason: string }[];
}

/** Sorts stored values into usable packs and broken ones; `key` is each value's pack id. */
export function readStoredPacks(stored: ReadonlyMap<string, unknown>): InstalledPacks {
  const usable: { installedAt: string; pack: Pack }[] = [];
  const broken: InstalledPacks['broken'] = [];
  for (const [id, value] of stored) {
    const read = readRecord(value);
    const reason = typeof read === 'string' ? read : storedPackProblem(read.pack, id);
    if (reason !== null) broken.push({ id, reason });
    else usable.push(read as { installedAt: string; pack: Pack });
  }
  usable.sort((a, b) => (a.installedAt < b.installedAt ? -1 : a.installedAt > b.installedAt ? 1 : 0));
  return { packs: usable.map((s) => s.pack), broken };
}

/** The record's install time and parsed pack, or why it cannot be read. */
function readRecord(value: unknown): { installedAt: string; pack: unknown } | string {
  if (!isRecord(value) || !isString(value.installedAt) || !isString(value.json)) return 'the stored value is not a pack record';
  try {
    // A pack installed under an earlier version of the format is read in the current one.
    return { installedAt: value.installedAt, pack: upgradePack(JSON.parse(value.json) as unknown).value };
  } catch {
    return 'its stored text is not JSON';
  }
}

/**
 * The packs a context works with: the bundled ones first, then the installed ones. Of two packs
 * with one id, the higher revision is used, in the first one's place: an installed newer
 * revision of a bundled story replaces it, and an installed copy that is not newer than what
 * Backstory now ships is left out.
 */
export function combinePacks(bundled: readonly Pack[], installed: readonly Pack[]): Pack[] {
  return newestOf([...bundled, ...installed]);
}

const TYPES = new Set<string>(ENTITY_TYPES);

const isString = (v: unknown): v is string => typeof v === 'string';
const hasText = (v: unknown): boolean => isRecord(v) && isString(v.text);
const isDated = (v: unknown): boolean => hasText(v) && isString((v as Record<string, unknown>).date);

/** Why a stored pack cannot be used as the pack `id`, or null when it can. */
export function storedPackProblem(pack: unknown, id: string): string | null {
  if (!isRecord(pack)) return 'the stored record holds no pack';
  if (!(SCHEMA_VERSIONS as readonly unknown[]).includes(pack.schemaVersion)) return `the pack's schema version is not one of ${SCHEMA_VERSIONS.join(', ')}`;
  if (pack.id !== id) return 'the pack inside has another id';
  if (!isString(pack.asOf) || !isString(pack.language)) return 'its date or language is missing';
  if (!isRecord(pack.article) || !isString(pack.article.title) || !isString(pack.article.name)) return 'its article is missing';
  if (!isListOf(pack.sources, (s) => isRecord(s) && isString(s.id) && isString(s.publisher) && isString(s.date) && isString(s.url))) {
    return 'its sources are damaged';
  }
  if (!isListOf(pack.stanceLabels, (l) => isRecord(l) && isString(l.id) && isString(l.label) && isString(l.tone))) {
    return 'its stance labels are damaged';
  }
  const story = pack.story;
  if (
    !isRecord(story) ||
    !isString(story.title) ||
    !hasText(story.summary) ||
    !isListOf(story.background, hasText) ||
    !isListOf(story.impact, hasText) ||
    !isListOf(story.next, hasText) ||
    !(story.corrections === undefined || isListOf(story.corrections, hasText)) ||
    !(story.since === undefined || isListOf(story.since, isDated)) ||
    !(story.anchors === undefined || isListOf(story.anchors, isString)) ||
    !isListOf(story.reactions, (r) => isRecord(r) && isString(r.actor) && isString(r.stance) && isString(r.summary))
  ) {
    return 'its story is damaged';
  }
  if (!Array.isArray(pack.entities) || pack.entities.length === 0) return 'it has no entities';
  for (let i = 0; i < pack.entities.length; i++) {
    if (!usableEntity(pack.entities[i])) return `its entity number ${i + 1} is damaged`;
  }
  return null;
}

function usableEntity(e: unknown): boolean {
  return (
    isRecord(e) &&
    isString(e.id) &&
    isString(e.name) &&
    isString(e.type) &&
    TYPES.has(e.type) &&
    isString(e.description) &&
    isListOf(e.role, hasText) &&
    (e.role as unknown[]).length > 0 &&
    Array.isArray(e.aliases) &&
    e.aliases.length > 0 &&
    e.aliases.every((a) => hasText(a)) &&
    isListOf(e.facts, isDated) &&
    isListOf(e.related, isString) &&
    (e.confusables === undefined || isListOf(e.confusables, isString)) &&
    (e.stance === undefined || (isRecord(e.stance) && isString(e.stance.label) && isString(e.stance.summary)))
  );
}
