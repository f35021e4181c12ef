import type { Entity, EntityType } from '../data/schema';
import { textLanguage } from '../lib/knowledge/lookup';
import { useWords } from './words';

export interface FoundEntity {
  entity: Entity;
  count: number;
}

interface Props {
  found: readonly FoundEntity[];
  /** The language of the story's pack, which its names are written in. */
  language: string;
  onSelect?: (entity: Entity) => void;
}

/** The entities found on the page, grouped by type, each with how often it appears. */
export function FoundList({ found, language, onSelect }: Props) {
  const words = useWords();
  const { t } = words;
  if (found.length === 0) return <p class="bs-empty">{t('story.nothingFound')}</p>;
  const groups = new Map<EntityType, FoundEntity[]>();
  for (const item of found) {
    const list = groups.get(item.entity.type) ?? [];
    list.push(item);
    groups.set(item.entity.type, list);
  }
  return (
    <div class="bs-found">
      {[...groups].map(([type, items]) => (
        <section key={type} class="bs-found-group">
          <h3 class="bs-label">{t(`types.${type}`)}</h3>
          <ul class="bs-found-list">
            {items.map(({ entity, count }) => (
              <li key={entity.id} data-entity={entity.id}>
                <button type="button" class="bs-found-item" onClick={() => onSelect?.(entity)}>
                  <span class="bs-found-name" {...textLanguage(language)}>
                    {entity.name}
                  </span>
                  <span class="bs-count" aria-label={t('story.mentions', count)}>
                    {words.number(count)}
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
