import type { Pack } from '../data/schema';
import { textLanguage } from '../lib/knowledge/lookup';
import { Cited } from './Cited';
import { useWords } from './words';

/** The pack's dated facts in order, each with the entity it belongs to. */
export function Timeline({ pack }: { pack: Pack }) {
  const { date, dir } = useWords();
  const own = textLanguage(pack.language);
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
        // In the pack's direction, the date in the interface's (see Events).
        <li key={`${fact.date}|${fact.text}`} dir={own.dir}>
          <time dateTime={fact.date}>
            <bdi dir={dir}>{date(fact.date)}</bdi>
          </time>
          <span class="bs-timeline-entity" {...own}>
            {entity.name}
          </span>
          <span {...own}>
            {fact.text} <Cited pack={pack} of={fact} />
          </span>
        </li>
      ))}
    </ol>
  );
}
