/**
 * One entity of the story being written: its name, type, forms (each with what it would mark on
 * the source page), description, part in the story, stance, dated facts and relations.
 */
import { useMemo, useState } from 'preact/hooks';
import { isolated, useWords } from '../../components/words';
import type { Alias, Entity, Pack } from '../../data/schema';
import { ALIAS_KINDS, ENTITY_TYPES } from '../../data/vocabulary';
import { previewAlias, type ArticleWords } from '../../lib/draft/alias-preview';
import { anchorsOf, isAnchor } from '../../lib/draft/editing';
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
  /** Makes the entity one of the story's anchors, or not. */
  onAnchor(on: boolean): void;
}

export function EntityEditor({ pack, index, problems, article, sharedWith, onChange, onRemove, onMerge, onAnchor }: Props) {
  const { t } = useWords();
  const entity = pack.entities[index]!;
  const path = `entities[${index}]`;
  const sources = pack.sources.map((s) => s.id);
  const others = pack.entities.filter((e) => e.id !== entity.id);
  const [mergeInto, setMergeInto] = useState('');
  const anchored = isAnchor(pack, entity.id);
  const set = <K extends keyof Entity>(key: K, value: Entity[K]) => onChange({ ...entity, [key]: value });
  const setAlias = (i: number, alias: Alias) => set('aliases', entity.aliases.map((a, j) => (j === i ? alias : a)));

  return (
    <section class="bs-entity-editor" aria-labelledby="entity-heading">
      <h2 id="entity-heading" class="bs-section">
        {entity.name ? <bdi>{entity.name}</bdi> : t('author.names.noName')}
      </h2>
      <div class="bs-row">
        <Field label={t('author.entity.name')} path={`${path}.name`} value={entity.name} problems={problems} onInput={(name) => set('name', name)} />
        <Choice
          label={t('author.entity.type')}
          path={`${path}.type`}
          value={entity.type}
          options={ENTITY_TYPES.map((type) => ({ value: type, label: t(`types.${type}`) }))}
          problems={problems}
          onChange={(type) => set('type', type as Entity['type'])}
        />
      </div>
      <p class="bs-muted">
        {t('author.entity.id', [isolated(entity.id)])}
        {sharedWith && ` · ${t('author.entity.sharedWith', [isolated(sharedWith)])}`}
      </p>
      <label class="bs-check">
        <input
          type="checkbox"
          checked={anchored}
          // The last anchor stays: without one, every entity would anchor the story again.
          disabled={anchored && anchorsOf(pack).length === 1}
          aria-describedby="anchor-hint"
          onChange={(event) => onAnchor((event.currentTarget as HTMLInputElement).checked)}
        />
        {t('author.entity.anchor')}
      </label>
      <p id="anchor-hint" class="bs-field-hint">
        {t('author.entity.anchorHint')}
      </p>

      <fieldset class="bs-aliases">
        <legend>{t('author.entity.forms')}</legend>
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
          {t('author.entity.addForm')}
        </button>
      </fieldset>

      <Field label={t('author.entity.description')} path={`${path}.description`} value={entity.description} problems={problems} multiline onInput={(d) => set('description', d)} />
      <Statements list="role" path={`${path}.role`} items={entity.role} problems={problems} sources={sources} onChange={(role) => set('role', role)} />

      <fieldset class="bs-stance">
        <legend>{t('author.entity.stance')}</legend>
        <Choice
          label={t('author.entity.stance')}
          path={`${path}.stance.label`}
          value={entity.stance?.label ?? ''}
          options={[{ value: '', label: t('author.entity.noStance') }, ...pack.stanceLabels.map((l) => ({ value: l.id, label: l.label }))]}
          problems={problems}
          onChange={(label) => set('stance', label ? { summary: entity.stance?.summary ?? '', source: entity.stance?.source ?? 'article', ...entity.stance, label } : undefined)}
        />
        {entity.stance && (
          <StatementFields
            path={`${path}.stance`}
            label={t('author.entity.stanceText')}
            statement={{ text: entity.stance.summary, source: entity.stance.source, cites: entity.stance.cites }}
            problems={problems}
            sources={sources}
            onChange={(s) => set('stance', { label: entity.stance!.label, summary: s.text, source: s.source, ...(s.cites && { cites: s.cites }) })}
          />
        )}
      </fieldset>

      <fieldset class="bs-facts">
        <legend>{t('author.entity.facts')}</legend>
        {entity.facts.map((fact, i) => (
          <div class="bs-fact" key={i}>
            <Field
              label={t('author.entity.factDate', [i + 1])}
              path={`${path}.facts[${i}].date`}
              value={fact.date}
              problems={problems}
              dir="ltr"
              onInput={(date) => set('facts', entity.facts.map((f, j) => (j === i ? { ...f, date } : f)))}
            />
            <StatementFields
              path={`${path}.facts[${i}]`}
              label={t('author.entity.fact', [i + 1])}
              statement={fact}
              problems={problems}
              sources={sources}
              onChange={(s) => set('facts', entity.facts.map((f, j) => (j === i ? { date: f.date, ...s } : f)))}
            >
              <button type="button" class="bs-link" data-removes onClick={() => set('facts', entity.facts.filter((_, j) => j !== i))}>
                {t('author.entity.removeFact', [i + 1])}
              </button>
            </StatementFields>
          </div>
        ))}
        <button type="button" class="bs-link" data-add onClick={() => set('facts', [...entity.facts, { date: pack.asOf, text: '', source: 'article' }])}>
          {t('author.entity.addFact')}
        </button>
      </fieldset>

      <div class="bs-field">
        <label for={fieldId(`${path}.related`)}>{t('author.entity.related')}</label>
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
          <label for="merge-into">{t('author.entity.mergeInto')}</label>
          <select id="merge-into" value={mergeInto} onChange={(event) => setMergeInto((event.currentTarget as HTMLSelectElement).value)}>
            <option value="">{t('author.entity.chooseName')}</option>
            {others.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
        <button type="button" disabled={!mergeInto} data-removes onClick={() => onMerge(mergeInto)}>
          {t('author.entity.merge')}
        </button>
        {onRemove && (
          <button type="button" class="bs-danger" data-removes onClick={onRemove}>
            {entity.name ? t('author.entity.remove', [isolated(entity.name)]) : t('author.entity.removeThis')}
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
  const { t } = useWords();
  const preview = useMemo(() => previewAlias(article, alias), [article, alias.text, alias.caseSensitive, alias.ambiguous, alias.needsStory]);
  const flag = (key: 'caseSensitive' | 'ambiguous' | 'needsStory', label: string) => (
    <label class="bs-check">
      <input type="checkbox" checked={alias[key] ?? false} onChange={(event) => onChange({ ...alias, [key]: (event.currentTarget as HTMLInputElement).checked || undefined })} />
      {label}
    </label>
  );
  const marks = preview.count === 0 ? t('author.form.marksNothing') : t('author.form.marks', preview.count);
  return (
    <div class="bs-alias">
      <div class="bs-row">
        <Field
          label={t('author.form.text', [number])}
          path={`${path}.text`}
          value={alias.text}
          problems={problems}
          onInput={(text) => onChange({ ...alias, text })}
          hint={
            <span aria-live="polite">
              {marks}
              {preview.glimpses.length > 0 && `: ${preview.glimpses.map((g) => t('author.form.glimpse', [isolated(g)])).join(' ')}`}
              {preview.warning && (
                <strong class="bs-warning"> {t(`author.form.warning.${preview.warning}`)}</strong>
              )}
            </span>
          }
        />
        <Choice
          label={t('author.form.kind', [number])}
          path={`${path}.kind`}
          value={alias.kind ?? 'name'}
          options={ALIAS_KINDS.map((kind) => ({ value: kind, label: t(`author.kinds.${kind}`) }))}
          problems={problems}
          onChange={(kind) => onChange({ ...alias, kind: kind as Alias['kind'] })}
        />
      </div>
      <div class="bs-row">
        {flag('caseSensitive', t('author.form.caseSensitive'))}
        {flag('ambiguous', t('author.form.ambiguous'))}
        {flag('needsStory', t('author.form.needsStory'))}
        {onRemove && (
          <button type="button" class="bs-link" data-removes onClick={onRemove}>
            {t('author.form.remove', [isolated(alias.text)])}
          </button>
        )}
      </div>
    </div>
  );
}
