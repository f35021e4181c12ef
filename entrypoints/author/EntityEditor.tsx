/**
 * One entity of the story being written: its name, type, forms (each with what it would mark on
 * the source page), description, part in the story, stance, dated facts and relations.
 */
import { useMemo, useState } from 'preact/hooks';
import type { Alias, Entity, Pack } from '../../data/schema';
import { ALIAS_KINDS, ENTITY_TYPES } from '../../data/vocabulary';
import { previewAlias, type ArticleWords } from '../../lib/draft/alias-preview';
import { typeWord } from '../../lib/knowledge/lookup';
import { Choice, Field, fieldId, StatementFields, Statements, type Problems } from './fields';

interface Props {
  pack: Pack;
  index: number;
  problems: Problems;
  /** The article the story started from, for each form's preview. */
  article: ArticleWords;
  /** The title of another story in use that has this entity (the same id), if any. */
  sharedWith: string | null;
  onChange(entity: Entity): void;
  /** Null for the story's last name: a story needs one. */
  onRemove: (() => void) | null;
  onMerge(intoId: string): void;
}

const KIND_WORDS: Record<string, string> = {
  name: 'name',
  short: 'short form',
  abbreviation: 'abbreviation',
  inflection: 'inflection',
  transliteration: 'transliteration',
  script: 'another script',
  title: 'title held in turn',
};

export function EntityEditor({ pack, index, problems, article, sharedWith, onChange, onRemove, onMerge }: Props) {
  const entity = pack.entities[index]!;
  const path = `entities[${index}]`;
  const sources = pack.sources.map((s) => s.id);
  const others = pack.entities.filter((e) => e.id !== entity.id);
  const [mergeInto, setMergeInto] = useState('');
  const set = <K extends keyof Entity>(key: K, value: Entity[K]) => onChange({ ...entity, [key]: value });
  const setAlias = (i: number, alias: Alias) => set('aliases', entity.aliases.map((a, j) => (j === i ? alias : a)));

  return (
    <section class="bs-entity-editor" aria-labelledby="entity-heading">
      <h2 id="entity-heading" class="bs-section">
        {entity.name || '(no name)'}
      </h2>
      <div class="bs-row">
        <Field label="Name" path={`${path}.name`} value={entity.name} problems={problems} onInput={(name) => set('name', name)} />
        <Choice
          label="Type"
          path={`${path}.type`}
          value={entity.type}
          options={ENTITY_TYPES.map((t) => ({ value: t, label: typeWord(t) }))}
          problems={problems}
          onChange={(type) => set('type', type as Entity['type'])}
        />
      </div>
      <p class="bs-muted">
        Id: {entity.id}
        {sharedWith && ` · also in “${sharedWith}”: one entity in both stories, its card shows its part in each`}
      </p>

      <fieldset class="bs-aliases">
        <legend>Forms the page may use</legend>
        {entity.aliases.map((alias, i) => (
          <AliasRow
            key={i}
            number={i + 1}
            path={`${path}.aliases[${i}]`}
            alias={alias}
            problems={problems}
            article={article}
            onChange={(next) => setAlias(i, next)}
            onRemove={entity.aliases.length > 1 ? () => set('aliases', entity.aliases.filter((_, j) => j !== i)) : null}
          />
        ))}
        <button type="button" class="bs-link" data-add onClick={() => set('aliases', [...entity.aliases, { text: '', kind: 'short' }])}>
          Add a form
        </button>
      </fieldset>

      <Field label="Description (who or what it is)" path={`${path}.description`} value={entity.description} problems={problems} multiline onInput={(d) => set('description', d)} />
      <Statements legend="Part in the story" path={`${path}.role`} items={entity.role} problems={problems} sources={sources} onChange={(role) => set('role', role)} />

      <fieldset class="bs-stance">
        <legend>Stance</legend>
        <Choice
          label="Stance"
          path={`${path}.stance.label`}
          value={entity.stance?.label ?? ''}
          options={[{ value: '', label: 'None' }, ...pack.stanceLabels.map((l) => ({ value: l.id, label: l.label }))]}
          problems={problems}
          onChange={(label) => set('stance', label ? { summary: entity.stance?.summary ?? '', source: entity.stance?.source ?? 'article', ...entity.stance, label } : undefined)}
        />
        {entity.stance && (
          <StatementFields
            path={`${path}.stance`}
            label="Where it stands, in a sentence"
            statement={{ text: entity.stance.summary, source: entity.stance.source, cites: entity.stance.cites }}
            problems={problems.map((p) => (p.path === `${path}.stance.summary` ? { ...p, path: `${path}.stance.text` } : p))}
            sources={sources}
            onChange={(s) => set('stance', { label: entity.stance!.label, summary: s.text, source: s.source, ...(s.cites && { cites: s.cites }) })}
          />
        )}
      </fieldset>

      <fieldset class="bs-facts">
        <legend>Dated facts (oldest first)</legend>
        {entity.facts.map((fact, i) => (
          <div class="bs-fact" key={i}>
            <Field
              label={`Date of fact ${i + 1} (YYYY, YYYY-MM or YYYY-MM-DD)`}
              path={`${path}.facts[${i}].date`}
              value={fact.date}
              problems={problems}
              onInput={(date) => set('facts', entity.facts.map((f, j) => (j === i ? { ...f, date } : f)))}
            />
            <StatementFields
              path={`${path}.facts[${i}]`}
              label={`Fact ${i + 1}`}
              statement={fact}
              problems={problems}
              sources={sources}
              onChange={(s) => set('facts', entity.facts.map((f, j) => (j === i ? { date: f.date, ...s } : f)))}
            >
              <button type="button" class="bs-link" onClick={() => set('facts', entity.facts.filter((_, j) => j !== i))}>
                Remove fact {i + 1}
              </button>
            </StatementFields>
          </div>
        ))}
        <button type="button" class="bs-link" data-add onClick={() => set('facts', [...entity.facts, { date: pack.asOf, text: '', source: 'article' }])}>
          Add a fact
        </button>
      </fieldset>

      <div class="bs-field">
        <label for={fieldId(`${path}.related`)}>Related to</label>
        <select
          id={fieldId(`${path}.related`)}
          multiple
          size={Math.min(6, Math.max(2, others.length))}
          onChange={(event) => set('related', [...(event.currentTarget as HTMLSelectElement).selectedOptions].map((o) => o.value))}
        >
          {others.map((o) => (
            <option key={o.id} value={o.id} selected={entity.related.includes(o.id)}>
              {o.name}
            </option>
          ))}
        </select>
      </div>

      <div class="bs-row bs-entity-actions">
        <div class="bs-field">
          <label for="merge-into">Merge into</label>
          <select id="merge-into" value={mergeInto} onChange={(event) => setMergeInto((event.currentTarget as HTMLSelectElement).value)}>
            <option value="">Choose a name…</option>
            {others.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
        <button type="button" disabled={!mergeInto} onClick={() => onMerge(mergeInto)}>
          Merge
        </button>
        {onRemove && (
          <button type="button" class="bs-danger" onClick={onRemove}>
            Remove {entity.name || 'this name'}
          </button>
        )}
      </div>
    </section>
  );
}

interface AliasRowProps {
  /** Which form it is, in the labels: a screen reader hears "Form 2", "Kind of form 2". */
  number: number;
  path: string;
  alias: Alias;
  problems: Problems;
  article: ArticleWords;
  onChange(alias: Alias): void;
  onRemove: (() => void) | null;
}

function AliasRow({ number, path, alias, problems, article, onChange, onRemove }: AliasRowProps) {
  const preview = useMemo(() => previewAlias(article, alias), [article, alias.text, alias.caseSensitive, alias.ambiguous, alias.needsStory]);
  const flag = (key: 'caseSensitive' | 'ambiguous' | 'needsStory', label: string) => (
    <label class="bs-check">
      <input type="checkbox" checked={alias[key] ?? false} onChange={(event) => onChange({ ...alias, [key]: (event.currentTarget as HTMLInputElement).checked || undefined })} />
      {label}
    </label>
  );
  const marks = preview.count === 0 ? 'Marks nothing on the page it was started from.' : `Marks ${preview.count} ${preview.count === 1 ? 'place' : 'places'} on the page it was started from`;
  return (
    <div class="bs-alias">
      <div class="bs-row">
        <Field
          label={`Form ${number}`}
          path={`${path}.text`}
          value={alias.text}
          problems={problems}
          onInput={(text) => onChange({ ...alias, text })}
          hint={
            <span aria-live="polite">
              {marks}
              {preview.glimpses.length > 0 && `: ${preview.glimpses.map((g) => `“${g}”`).join(' ')}`}
              {preview.warning && <strong class="bs-warning"> {preview.warning}</strong>}
            </span>
          }
        />
        <Choice
          label={`Kind of form ${number}`}
          path={`${path}.kind`}
          value={alias.kind ?? 'name'}
          options={ALIAS_KINDS.map((k) => ({ value: k, label: KIND_WORDS[k] ?? k }))}
          problems={problems}
          onChange={(kind) => onChange({ ...alias, kind: kind as Alias['kind'] })}
        />
      </div>
      <div class="bs-row">
        {flag('caseSensitive', 'Only this capitalisation')}
        {flag('ambiguous', 'Also an everyday word or another name')}
        {flag('needsStory', 'Only on pages about the story')}
        {onRemove && (
          <button type="button" class="bs-link" onClick={onRemove}>
            Remove “{alias.text}”
          </button>
        )}
      </div>
    </div>
  );
}
