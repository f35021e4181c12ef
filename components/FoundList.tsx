import type { Entity } from '../data/schema';
import { typeWord } from '../lib/knowledge/lookup';

export interface FoundEntity {
  entity: Entity;
  count: number;
}

interface Props {
  found: readonly FoundEntity[];
  onSelect?: (entity: Entity) => void;
}

/** The entities found on the page, grouped by type, each with how often it appears. */
export function FoundList({ found, onSelect }: Props) {
  if (found.length === 0) {
    return (
      <p class="bs-empty">
        Nothing from this story on this page. Backstory looks for the people, countries, agreements and
        ideas of the stories it knows, and marks them where they appear.
      </p>
    );
  }
  const groups = new Map<string, FoundEntity[]>();
  for (const item of found) {
    const list = groups.get(item.entity.type) ?? [];
    list.push(item);
    groups.set(item.entity.type, list);
  }
  return (
    <div class="bs-found">
      {[...groups].map(([type, items]) => (
        <section key={type} class="bs-found-group">
          <h3 class="bs-label">{typeWord(type)}</h3>
          <ul class="bs-found-list">
            {items.map(({ entity, count }) => (
              <li key={entity.id} data-entity={entity.id}>
                <button type="button" class="bs-found-item" onClick={() => onSelect?.(entity)}>
                  <span class="bs-found-name">{entity.name}</span>
                  <span class="bs-count" aria-label={`${count} mentions`}>
                    {count}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
