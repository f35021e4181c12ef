import type Fuse from 'fuse.js';
import { useEffect, useState } from 'preact/hooks';
import type { Entity } from '../data/schema';
import { textLanguage } from '../lib/knowledge/lookup';
import { useWords } from './words';

interface Props {
  entities: readonly Entity[];
  /** The language of the story's pack, which its names are written in. */
  language: string;
  onSelect(entity: Entity): void;
}

const MAX_RESULTS = 8;

interface Record {
  entity: Entity;
  name: string;
  aliases: string[];
  description: string;
}

/**
 * Finds any entity of the knowledge by name, alias or description, forgiving typos. fuse.js
 * suits this: a few hundred short records, scored as the reader types. It is loaded when the
 * reader first reaches for the box, so that opening the popup does not wait for it.
 */
export function EntitySearch({ entities, language, onSelect }: Props) {
  const { t } = useWords();
  const [query, setQuery] = useState('');
  const [wanted, setWanted] = useState(false);
  const [fuse, setFuse] = useState<Fuse<Record> | null>(null);

  useEffect(() => {
    if (!wanted) return;
    let live = true;
    void import('fuse.js').then(({ default: FuseClass }) => {
      if (!live) return;
      const records = entities.map((entity) => ({
        entity,
        name: entity.name,
        aliases: entity.aliases.map((a) => a.text),
        description: entity.description,
      }));
      setFuse(
        new FuseClass(records, {
          keys: [
            { name: 'name', weight: 3 },
            { name: 'aliases', weight: 2 },
            { name: 'description', weight: 1 },
          ],
          threshold: 0.35,
          ignoreLocation: true,
        }),
      );
    });
    return () => {
      live = false;
    };
  }, [wanted, entities]);

  const trimmed = query.trim();
  const results = fuse && trimmed.length > 0 ? fuse.search(trimmed, { limit: MAX_RESULTS }) : [];
  return (
    <div class="bs-search">
      <label class="bs-label" for="bs-search-input">
        {t('story.search.label')}
      </label>
      <input
        id="bs-search-input"
        class="bs-search-input"
        type="search"
        placeholder={t('story.search.placeholder')}
        autocomplete="off"
        value={query}
        onFocus={() => setWanted(true)}
        onInput={(e) => {
          setWanted(true);
          setQuery((e.target as HTMLInputElement).value);
        }}
      />
      {trimmed.length > 0 && fuse && (
        <ul class="bs-search-results" aria-label={t('story.search.results')}>
          {results.length === 0 && <li class="bs-empty">{t('story.search.none')}</li>}
          {results.map(({ item }) => (
            <li key={item.entity.id}>
              <button type="button" class="bs-search-result" onClick={() => onSelect(item.entity)}>
                <span {...textLanguage(language)}>{item.entity.name}</span> <span class="bs-type">{t(`types.${item.entity.type}`)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
