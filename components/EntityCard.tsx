import type { Entity, Fact, Statement } from '../data/schema';
import { isAfter } from '../lib/dates';
import { stanceLabel, textLanguage, type CardPack, type StoryPart } from '../lib/knowledge/lookup';
import { Cited } from './Cited';
import { sentence, SLOTS } from './sentence';
import { StanceChip } from './StanceChip';
import { isolated, useWords, type Words } from './words';

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
  const words = useWords();
  const { t } = words;
  const stories = parts && parts.length > 0 ? parts : [{ entity, pack }];
  const several = stories.length > 1;
  const all = mergedFacts(stories);
  // A card on the page (compact) leads with what is news to the page, then the latest; the rest
  // wait behind "more facts", so that the card stays short and its link stays in sight.
  const facts = compact ? leadingFacts(all, pageDate, LEADING_FACTS) : all.slice(-maxFacts);
  const more = compact ? all.filter((f) => !facts.includes(f)).slice(-maxFacts * 3) : [];
  const factItem = ({ fact, pack: story }: { fact: Fact; pack: CardPack }) => (
    // A fact reads in its pack's direction, its date and label in the interface's, set apart (see Events).
    <li key={fact.date + fact.text} dir={textLanguage(story.language).dir}>
      <time dateTime={fact.date}>
        <bdi dir={words.dir}>{words.date(fact.date)}</bdi>
      </time>
      {pageDate && isAfter(fact.date, pageDate) && (
        <span class="bs-news">
          <bdi dir={words.dir}>{t('card.sinceThisPage')}</bdi>
        </span>
      )} <span {...textLanguage(story.language)}>{fact.text}</span>{' '}
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
        <span class={`bs-type bs-type-${entity.type}`}>{t(`types.${entity.type}`)}</span>
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
          <summary>{t('card.moreFacts', [more.length])}</summary>
          <ul class="bs-facts">{more.map(factItem)}</ul>
        </details>
      )}
      {match && <p class="bs-why">{whyWords(match, entity, words)}</p>}
      <footer class="bs-foot">
        {stories.map(({ pack: story }) => (
          <span class="bs-foot-story" key={story.id}>
            <span {...textLanguage(story.language)}>{story.story.title}</span> ·{' '}
            {sentence(t('card.asOf', [SLOTS[0]]), <time dateTime={story.asOf}>{words.date(story.asOf)}</time>)}
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
  const { t } = useWords();
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
        <h4 class="bs-label">{titled ? t('card.inStory', [isolated(pack.story.title)]) : t('card.inThisStory')}</h4>
        {role.map((statement) => (
          <p key={statement.text} {...textLanguage(pack.language)}>
            {statement.text} <Cited pack={pack} of={statement} />
          </p>
        ))}
        {titled && stance}
      </section>
      {!titled && stance && (
        <section class="bs-part">
          <h4 class="bs-label">{t('card.stance')}</h4>
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

/**
 * Why the words matched, as the card says it: the page's words, how they name the entity, and
 * for a form several entities hold, what chose this one. Page and pack text is isolated, so that
 * words of the other direction keep their place in the sentence.
 */
function whyWords(match: MatchInfo, entity: Entity, { t, date }: Words): string {
  const how = match.how === 'fuzzy' && match.alias ? t('card.how.fuzzyOf', [isolated(match.alias)]) : howWords(match.how, t);
  const text = isolated(match.text);
  const { decided } = match;
  if (!decided) return t('card.why', [text, how]);
  const chose =
    decided.by === 'name'
      ? t('card.decided.name', [isolated(entity.name)])
      : t(decided.pageDated ? 'card.decided.pageDate' : 'card.decided.today', [date(decided.date)]);
  return t('card.whyDecided', [text, how, chose]);
}

const HOW = ['name', 'short', 'abbreviation', 'inflection', 'transliteration', 'script', 'title', 'possessive', 'fuzzy'] as const;

function howWords(how: string, t: Words['t']): string {
  return (HOW as readonly string[]).includes(how) ? t(`card.how.${how as (typeof HOW)[number]}`) : how;
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
