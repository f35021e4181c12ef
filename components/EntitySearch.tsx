import Fuse from 'fuse.js';
import { useMemo, useState } from 'preact/hooks';
import type { Entity } from '../data/schema';
import { typeWord } from '../lib/knowledge/lookup';

interface Props {
  entities: readonly Entity[];
  onSelect(entity: Entity): void;
}

const MAX_RESULTS = 8;

/**
 * Finds any entity of the knowledge by name, alias or description, forgiving typos. fuse.js
 * suits this: a few hundred short records, scored as the reader types.
 */
export function EntitySearch({ entities, onSelect }: Props) {
  const [query, setQuery] = useState('');
  const fuse = useMemo(
    () =>
      new Fuse(
        entities.map((entity) => ({ entity, name: entity.name, aliases: entity.aliases.map((a) => a.text), description: entity.description })),
        {
          keys: [
            { name: 'name', weight: 3 },
            { name: 'aliases', weight: 2 },
            { name: 'description', weight: 1 },
          ],
          threshold: 0.35,
          ignoreLocation: true,
        },
      ),
    [entities],
  );
  const results = query.trim().length > 0 ? fuse.search(query.trim(), { limit: MAX_RESULTS }) : [];
  return (
    <div class="bs-search">
      <label class="bs-label" for="bs-search-input">
        Search the story
      </label>
      <input
        id="bs-search-input"
        class="bs-search-input"
        type="search"
        placeholder="A name, a place, an idea…"
        autocomplete="off"
        value={query}
        onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
      />
      {query.trim().length > 0 && (
        <ul class="bs-search-results" aria-label="Search results">
          {results.length === 0 && <li class="bs-empty">No match in this story.</li>}
          {results.map(({ item }) => (
            <li key={item.entity.id}>
              <button type="button" class="bs-search-result" onClick={() => onSelect(item.entity)}>
                <span>{item.entity.name}</span> <span class="bs-type">{typeWord(item.entity.type)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
