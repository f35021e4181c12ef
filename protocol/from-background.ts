/**
 * The background's answers to a page's content script: candidates to decide, whether the
 * marker is in, and what a card shows. Checked where they arrive: an answer that does not fit
 * is taken as no answer. Then the answers only the extension's own pages get.
 */
import { ALIAS_KINDS } from '../data/vocabulary';
import type { Candidate, EntityFacts } from '../lib/match/decide';
import type { CardPack, StoryPart } from '../lib/knowledge/lookup';
import { isCount, isListOf, isRecord, isWord } from '../lib/guards';
import type { Draft } from '../lib/draft/pack';
import type { PackProblem } from '../lib/knowledge/validate';

const HOWS: ReadonlySet<unknown> = new Set([...ALIAS_KINDS, 'possessive', 'fuzzy']);
const KINDS: ReadonlySet<unknown> = new Set(ALIAS_KINDS);
const isDay = (value: unknown) => value === undefined || (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value));

/** Another entity that holds the same form (a holder, in ../lib/match/decide.ts). */
function isHolder(value: unknown): boolean {
  return isRecord(value) && isWord(value.entity) && isWord(value.alias) && isDay(value.from) && isDay(value.until);
}

function isCandidate(value: unknown): boolean {
  return (
    isHolder(value) &&
    isRecord(value) &&
    isCount(value.start) &&
    isCount(value.end) &&
    HOWS.has(value.how) &&
    KINDS.has(value.kind) &&
    typeof value.ambiguous === 'boolean' &&
    typeof value.needsStory === 'boolean' &&
    (value.others === undefined || isListOf(value.others, isHolder, 64))
  );
}

function isFacts(value: unknown): boolean {
  return (
    isRecord(value) &&
    isWord(value.type) &&
    isListOf(value.stories, isWord) &&
    isListOf(value.anchorOf, isWord) &&
    isListOf(value.related, isWord)
  );
}

export interface MatchAnswer {
  found: Candidate[][];
  facts: Record<string, EntityFacts>;
  busyMs: number;
}

/** The background's answer to match-texts, if it is a well-formed one; otherwise null. */
export function parseMatchAnswer(value: unknown): MatchAnswer | null {
  const wellFormed =
    isRecord(value) &&
    typeof value.busyMs === 'number' &&
    isListOf(value.found, (texts) => isListOf(texts, isCandidate)) &&
    isRecord(value.facts) &&
    Object.values(value.facts).every(isFacts);
  return wellFormed ? (value as unknown as MatchAnswer) : null;
}

/** Whether the marker was injected into the asking frame. */
export interface MarkerAnswer {
  loaded: boolean;
}

export function parseMarkerAnswer(value: unknown): MarkerAnswer | null {
  return isRecord(value) && typeof value.loaded === 'boolean' ? { loaded: value.loaded } : null;
}

/** The entity in each story it is part of, its own story first; none when the background does not know it. */
export interface CardAnswer {
  parts: StoryPart<CardPack>[];
}

/**
 * The background's answer to describe-entity, if it has its shape; the texts inside are the
 * validated packs' and are shown as text, never as HTML.
 */
export function parseCardAnswer(value: unknown): CardAnswer | null {
  return isRecord(value) && isListOf(value.parts, isCardPart) ? (value as unknown as CardAnswer) : null;
}

/** An entity's part in one story, with the fields a card cannot do without. */
function isCardPart(value: unknown): boolean {
  if (!isRecord(value) || !isRecord(value.entity) || !isRecord(value.pack)) return false;
  const { entity, pack } = value;
  return (
    [entity.id, entity.name, entity.type, entity.description, pack.id, pack.asOf].every((field) => typeof field === 'string') &&
    Array.isArray(entity.role) &&
    isRecord(pack.story) &&
    typeof pack.story.title === 'string' &&
    Array.isArray(pack.sources)
  );
}

/**
 * The answer to draft-story, sent to the extension's own pages only (the editor): a complete
 * pack drafted from the tab's article, every name the draft considered, the article's
 * paragraphs (the editor previews what each alias would mark in them) and its address; or why
 * there is none.
 */
/** A draft, or why there is none, for the editor to say in the reader's language. */
export type DraftAnswer = (Draft & { paragraphs: string[]; url: string }) | { error: 'unreadableTab' | 'noArticle' | 'noNames' };

/** The answer to install-pack, to the extension's own pages only: as the options' import installs. */
export type InstallAnswer = { ok: true } | { ok: false; problems: PackProblem[] };
