import type { Pack } from '../data/schema';
import { formatDate } from '../lib/dates';
import { Cited } from './Cited';

/** The pack's dated facts in order, each with the entity it belongs to. */
export function Timeline({ pack }: { pack: Pack }) {
  const events = pack.entities
    .flatMap((entity) => entity.facts.map((fact) => ({ fact, entity })))
    .sort((a, b) => a.fact.date.localeCompare(b.fact.date));
  // The same event is often a fact of several entities; show it once.
  const seen = new Set<string>();
  const unique = events.filter(({ fact }) => {
    const key = `${fact.date}|${fact.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return (
    <ol class="bs-timeline">
      {unique.map(({ fact, entity }) => (
        <li key={`${fact.date}|${fact.text}`}>
          <time dateTime={fact.date}>{formatDate(fact.date)}</time>
          <span class="bs-timeline-entity">{entity.name}</span>
          <span>
            {fact.text} <Cited pack={pack} of={fact} />
          </span>
        </li>
      ))}
    </ol>
  );
}
