import type { Entity, Pack } from '../data/schema';
import { HOW_WORDS, formatDate, stanceLabel, typeWord } from '../lib/knowledge/lookup';
import { SourceTag } from './SourceTag';
import { StanceChip } from './StanceChip';

export interface MatchInfo {
  /** The page text that matched. */
  text: string;
  how: string;
  /** The pack's alias it matched, when the page's words differ from it (a misspelling). */
  alias?: string;
}

interface Props {
  entity: Entity;
  pack: Pack;
  match?: MatchInfo | null;
  /** How many dated facts to show; the card shows a few, the popup all. */
  maxFacts?: number;
  headingLevel?: 2 | 3;
}

/** Who or what an entity is, its part in the story and where it stands: one view for card and popup. */
export function EntityCard({ entity, pack, match, maxFacts = 3, headingLevel = 2 }: Props) {
  const label = entity.stance ? stanceLabel(pack, entity.stance.label) : null;
  const facts = entity.facts.slice(-maxFacts);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article class="bs-card">
      <header class="bs-card-head">
        <Heading class="bs-name">{entity.name}</Heading>
        <span class={`bs-type bs-type-${entity.type}`}>{typeWord(entity.type)}</span>
      </header>
      <p class="bs-desc">{entity.description}</p>
      <section class="bs-part">
        <h4 class="bs-label">In this story</h4>
        <p>
          {entity.role.text} <SourceTag source={entity.role.source} />
        </p>
      </section>
      {entity.stance && label && (
        <section class="bs-part">
          <h4 class="bs-label">Stance</h4>
          <p>
            <StanceChip label={label} /> {entity.stance.summary} <SourceTag source={entity.stance.source} />
          </p>
        </section>
      )}
      {facts.length > 0 && (
        <ul class="bs-facts">
          {facts.map((fact) => (
            <li key={fact.date + fact.text}>
              <time dateTime={fact.date}>{formatDate(fact.date)}</time> {fact.text} <SourceTag source={fact.source} />
            </li>
          ))}
        </ul>
      )}
      {match && (
        <p class="bs-why">
          Matched “{match.text}”, {HOW_WORDS[match.how] ?? match.how}
          {match.how === 'fuzzy' && match.alias ? ` of “${match.alias}”` : ''}.
        </p>
      )}
      <footer class="bs-foot">
        {pack.story.title} · as of <time dateTime={pack.asOf}>{formatDate(pack.asOf)}</time>
      </footer>
    </article>
  );
}
