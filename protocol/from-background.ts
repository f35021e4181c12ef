/**
 * The background's answers to a page's content script: candidates to decide, whether the
 * marker is in, and what a card shows. Checked where they arrive: an answer that does not fit
 * is taken as no answer.
 */
import * as v from 'valibot';
import { ALIAS_KINDS } from '../data/vocabulary';
import type { Candidate, EntityFacts } from '../lib/match/decide';
import type { CardPack, StoryPart } from '../lib/knowledge/lookup';

const Count = v.pipe(v.number(), v.integer(), v.minValue(0));
const Word = v.pipe(v.string(), v.maxLength(256));
const Day = v.optional(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/)));

const HolderSchema = v.object({ entity: Word, alias: v.pipe(v.string(), v.maxLength(256)), from: Day, until: Day });

const CandidateSchema = v.object({
  ...HolderSchema.entries,
  start: Count,
  end: Count,
  how: v.picklist([...ALIAS_KINDS, 'possessive', 'fuzzy']),
  kind: v.picklist(ALIAS_KINDS),
  ambiguous: v.boolean(),
  needsStory: v.boolean(),
  others: v.optional(v.pipe(v.array(HolderSchema), v.maxLength(64))),
});

const FactsSchema = v.object({
  type: Word,
  stories: v.array(Word),
  anchorOf: v.array(Word),
  related: v.array(Word),
});

const MatchAnswerSchema = v.object({
  /** For each text, its candidates. */
  found: v.array(v.array(CandidateSchema)),
  /** The facts of every entity the candidates may name, by id. */
  facts: v.record(Word, FactsSchema),
  /** The background's time for this batch, in milliseconds. */
  busyMs: v.number(),
});

export interface MatchAnswer {
  found: Candidate[][];
  facts: Record<string, EntityFacts>;
  busyMs: number;
}

/** The background's answer to match-texts, if it is a well-formed one; otherwise null. */
export function parseMatchAnswer(value: unknown): MatchAnswer | null {
  const result = v.safeParse(MatchAnswerSchema, value);
  return result.success ? (result.output as MatchAnswer) : null;
}

/** Whether the marker was injected into the asking frame. */
export interface MarkerAnswer {
  loaded: boolean;
}

export function parseMarkerAnswer(value: unknown): MarkerAnswer | null {
  const result = v.safeParse(v.object({ loaded: v.boolean() }), value);
  return result.success ? result.output : null;
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
  const result = v.safeParse(
    v.object({
      parts: v.array(
        v.object({
          entity: v.looseObject({ id: v.string(), name: v.string(), type: v.string(), description: v.string(), role: v.array(v.unknown()) }),
          pack: v.looseObject({ id: v.string(), asOf: v.string(), story: v.looseObject({ title: v.string() }), sources: v.array(v.unknown()) }),
        }),
      ),
    }),
    value,
  );
  return result.success ? (value as CardAnswer) : null;
}
