import type { Entity, Fact, Statement } from '../data/schema';
import { isAfter } from '../lib/dates';
import { HOW_WORDS, formatDate, stanceLabel, textLanguage, typeWord, type CardPack, type StoryPart } from '../lib/knowledge/lookup';
import { Cited } from './Cited';
import { StanceChip } from './StanceChip';

export interface MatchInfo {
  /** The page text that matched. */
  text: string;
  how: string;
  /** The pack's alias it matched, when the page's words differ from it (a misspelling). */
  alias?: string;
  /**
   * For a form several entities hold in turn (a title, a shared surname), what chose this one:
   * the page naming it in full, or the date (the page's own, or today's when it gives none).
   */
  decided?: { by: 'name' } | { by: 'date'; date: string; pageDated: boolean };
}

interface Props {
  entity: Entity;
  pack: CardPack;
  /**
   * Every story the entity is part of, `pack` first. With more than one, the card shows its
   * part in each story under that story's title.
   */
  parts?: readonly StoryPart<CardPack>[];
  match?: MatchInfo | null;
  /** How many dated facts to show; the card shows a few, the popup all. */
  maxFacts?: number;
  headingLevel?: 2 | 3;
  /** The date of the page the card is on, if it gives one: later facts are labelled as news to it. */
  pageDate?: string | null;
  /**
   * The hover card's short form: of an entity's part in a story, what the article claims and
   * the latest of the background (the popup shows all of it).
   */
  compact?: boolean;
}

/** Who or what an entity is, its part in the story and where it stands: one view for card and popup. */
export function EntityCard({ entity, pack, parts, match, maxFacts = 3, headingLevel = 2, pageDate = null, compact = false }: Props) {
  const stories = parts && parts.length > 0 ? parts : [{ entity, pack }];
  const several = stories.length > 1;
  const all = mergedFacts(stories);
  // A card on the page (compact) leads with what is news to the page, then the latest; the rest
  // wait behind "more facts", so that the card stays short and its link stays in sight.
  const facts = compact ? leadingFacts(all, pageDate, LEADING_FACTS) : all.slice(-maxFacts);
  const more = compact ? all.filter((f) => !facts.includes(f)).slice(-maxFacts * 3) : [];
  const factItem = ({ fact, pack: story }: { fact: Fact; pack: CardPack }) => (
    <li key={fact.date + fact.text}>
      <time dateTime={fact.date}>{formatDate(fact.date)}</time>
      {pageDate && isAfter(fact.date, pageDate) && <span class="bs-news">since this page</span>} <span {...textLanguage(story.language)}>{fact.text}</span>{' '}
      <Cited pack={story} of={fact} />
    </li>
  );
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article class="bs-card">
      <header class="bs-card-head">
        <Heading class="bs-name" {...textLanguage(pack.language)}>
          {entity.name}
        </Heading>
        <span class={`bs-type bs-type-${entity.type}`}>{typeWord(entity.type)}</span>
      </header>
      <p class="bs-desc" {...textLanguage(pack.language)}>
        {entity.description}
      </p>
      {stories.map((part) => (
        <Part key={part.pack.id} part={part} titled={several} compact={compact} />
      ))}
      {facts.length > 0 && <ul class="bs-facts">{facts.map(factItem)}</ul>}
      {more.length > 0 && (
        <details class="bs-more">
          <summary>More facts ({more.length})</summary>
          <ul class="bs-facts">{more.map(factItem)}</ul>
        </details>
      )}
      {match && (
        <p class="bs-why">
          Matched “{match.text}”, {HOW_WORDS[match.how] ?? match.how}
          {match.how === 'fuzzy' && match.alias ? ` of “${match.alias}”` : ''}
          {match.decided ? `: ${decidedWords(match.decided, entity)}` : ''}.
        </p>
      )}
      <footer class="bs-foot">
        {stories.map(({ pack: story }) => (
          <span class="bs-foot-story" key={story.id}>
            {story.story.title} · as of <time dateTime={story.asOf}>{formatDate(story.asOf)}</time>
          </span>
        ))}
      </footer>
    </article>
  );
}

/**
 * The entity's part in one story and where it stands there; with several stories, each part
 * is headed by its story's title.
 */
function Part({ part, titled, compact }: { part: StoryPart<CardPack>; titled: boolean; compact: boolean }) {
  const { entity, pack } = part;
  const role = compact ? shortRole(entity.role) : entity.role;
  const label = entity.stance ? stanceLabel(pack, entity.stance.label) : null;
  const stance = entity.stance && label && (
    <p class="bs-stance">
      <StanceChip label={label} /> <span {...textLanguage(pack.language)}>{entity.stance.summary}</span> <Cited pack={pack} of={entity.stance} />
    </p>
  );
  return (
    <>
      <section class="bs-part" data-story={pack.id}>
        <h4 class="bs-label">{titled ? `In “${pack.story.title}”` : 'In this story'}</h4>
        {role.map((statement) => (
          <p key={statement.text} {...textLanguage(pack.language)}>
            {statement.text} <Cited pack={pack} of={statement} />
          </p>
        ))}
        {titled && stance}
      </section>
      {!titled && stance && (
        <section class="bs-part">
          <h4 class="bs-label">Stance</h4>
          {stance}
        </section>
      )}
    </>
  );
}

/** What the article claims of an entity's part, and the last (the latest) of its background. */
function shortRole(role: readonly Statement[]): Statement[] {
  const background = role.filter((s) => s.source !== 'article');
  return [...role.filter((s) => s.source === 'article'), ...background.slice(-1)];
}

/** Why a form several entities hold named this one, as the card says it. */
function decidedWords(decided: NonNullable<MatchInfo['decided']>, entity: Entity): string {
  if (decided.by === 'name') return `this page names ${entity.name}`;
  const day = formatDate(decided.date);
  return decided.pageDated ? `its holder on ${day}, when this page was published` : `its holder today, ${day} (this page gives no date)`;
}

/** Facts a card on the page shows before "more facts". */
const LEADING_FACTS = 2;

/**
 * The `count` facts that matter most beside a page of `pageDate`: those since the page (the
 * latest of them), then the latest before it; in date order.
 */
function leadingFacts<F extends { fact: Fact }>(facts: readonly F[], pageDate: string | null, count: number): F[] {
  const since = pageDate ? facts.filter((f) => isAfter(f.fact.date, pageDate)) : [];
  const chosen = new Set(since.slice(-count));
  for (let i = facts.length - 1; i >= 0 && chosen.size < count; i--) chosen.add(facts[i]!);
  return facts.filter((f) => chosen.has(f));
}

/** The facts of every story, each once, oldest first, each with the story that tells it. */
function mergedFacts(parts: readonly StoryPart<CardPack>[]): { fact: Fact; pack: CardPack }[] {
  if (parts.length === 1) return parts[0]!.entity.facts.map((fact) => ({ fact, pack: parts[0]!.pack }));
  const seen = new Set<string>();
  const all: { fact: Fact; pack: CardPack }[] = [];
  for (const { entity, pack } of parts) {
    for (const fact of entity.facts) {
      const key = `${fact.date}|${fact.text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      all.push({ fact, pack });
    }
  }
  // Stable: facts of the same date keep their stories' order.
  return all.sort((a, b) => (a.fact.date < b.fact.date ? -1 : a.fact.date > b.fact.date ? 1 : 0));
}
