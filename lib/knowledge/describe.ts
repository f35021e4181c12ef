/**
 * What the knowledge tells a page of the candidates found in its text: each described by the
 * entity it names and how (lib/match/decide.ts, `Candidate`), and the few facts of each entity
 * that deciding reads. A page decides and paints from these alone: it keeps no knowledge.
 */
import { decide, type Candidate, type EntityFacts, type Holder } from '../match/decide';
import { findCandidatesInTexts, type MatchOptions, type Mention } from '../match/matcher';
import { today } from '../dates';
import type { AliasRule } from '../match/model';
import type { Knowledge } from './compile';
import type { Entity } from '../../data/schema';
import type { CardPack, StoryPart } from './lookup';

export interface Described {
  /** For each text, its candidates. */
  candidates: Candidate[][];
  /** The facts of every entity the candidates may name, by id. */
  facts: Record<string, EntityFacts>;
}

export function describe(knowledge: Knowledge, found: readonly (readonly Mention[])[]): Described {
  const facts: Record<string, EntityFacts> = {};
  const idOf = (rule: AliasRule): string => {
    const id = knowledge.entities[rule.entity]!.entity.id;
    facts[id] ??= factsOf(knowledge, rule.entity);
    return id;
  };
  // Every object of one kind is made with the same fields in the same order: the page and the
  // background read many of them, and objects of one shape are read fastest.
  const holder = (rule: AliasRule): Holder => ({ entity: idOf(rule), alias: rule.text, from: rule.from ?? undefined, until: rule.until ?? undefined });
  const candidates = found.map((list) =>
    list.map(
      (m): Candidate => ({
        entity: idOf(m.rule),
        alias: m.rule.text,
        from: m.rule.from ?? undefined,
        until: m.rule.until ?? undefined,
        start: m.start,
        end: m.end,
        how: m.how,
        kind: m.rule.kind,
        ambiguous: m.rule.ambiguous,
        needsStory: m.rule.needsStory,
        others: m.rivals ? m.rivals.map(holder) : undefined,
      }),
    ),
  );
  return { candidates, facts };
}

function factsOf(knowledge: Knowledge, index: number): EntityFacts {
  const known = knowledge.entities[index]!;
  return {
    type: known.entity.type,
    stories: known.parts.map((part) => part.pack.id),
    anchorOf: known.anchorIn.map((pack) => pack.id),
    related: [...knowledge.relatedTo[index]!].map((other) => knowledge.entities[other]!.entity.id),
  };
}

/** The candidates found in each of `texts`, described: the background's answer to a page's batch. */
export function describeTexts(knowledge: Knowledge, texts: readonly string[], options: MatchOptions = {}): Described {
  return describe(knowledge, findCandidatesInTexts(knowledge, texts, options));
}

/**
 * The mentions in each passage of one document of the day `day` (its own date, or today): the
 * candidates found, described and decided, as a page does with the background's answers.
 */
export function findMentions(knowledge: Knowledge, passages: readonly string[], options: MatchOptions = {}, day: string = today()): Candidate[][] {
  const { candidates, facts } = describeTexts(knowledge, passages, options);
  const kept: Candidate[][] = candidates.map(() => []);
  decide(candidates, new Map(Object.entries(facts)), () => day, (list, _index, mention) => kept[list]!.push(mention));
  return kept;
}

/**
 * What a card shows of the entity `id`: its entry in each story it is part of, its first story
 * first, with what the card reads of each story and only the sources the entry cites. None
 * when no pack has it.
 */
export function cardParts(knowledge: Knowledge, id: string): StoryPart<CardPack>[] {
  const index = knowledge.byId.get(id);
  if (index === undefined) return [];
  return knowledge.entities[index]!.parts.map(({ entity, pack }) => {
    const cited = new Set(citesOf(entity));
    const card: CardPack = {
      id: pack.id,
      asOf: pack.asOf,
      language: pack.language,
      stanceLabels: pack.stanceLabels,
      sources: pack.sources.filter((source) => cited.has(source.id)),
      story: { title: pack.story.title },
      article: { title: pack.article.title, name: pack.article.name, note: pack.article.note },
    };
    return { entity, pack: card };
  });
}

/** The ids of every source an entry cites: in its role, facts and stance. */
function citesOf(entity: Entity): string[] {
  return [...entity.role, ...entity.facts, ...(entity.stance ? [entity.stance] : [])].flatMap((item) => item.cites ?? []);
}
