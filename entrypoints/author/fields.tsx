/**
 * The editor's fields: each knows its path in the pack (`entities[2].aliases[0].text`), shows
 * the validator's problems at that path beside it, and carries an id made from the path, so a
 * problem in the list can take the author to its field.
 */
import type { ComponentChildren } from 'preact';
import { useWords } from '../../components/words';
import type { Statement } from '../../data/schema';
import type { PackProblem } from '../../lib/knowledge/validate';

export type Problems = readonly PackProblem[];

/** The element id of the field at `path`. */
export function fieldId(path: string): string {
  return `field-${path.replace(/[^A-Za-z0-9]+/g, '-')}`;
}

/** The problems at `path` itself (not those of fields inside it). */
export function problemsAt(problems: Problems, path: string): PackProblem[] {
  return problems.filter((p) => p.path === path);
}

/**
 * The path of the field a problem belongs to: a stance's or a reaction's summary is edited as
 * its statement's text.
 */
export function fieldPathOf(problemPath: string): string {
  return problemPath.replace(/(\.stance|reactions\[\d+\])\.summary$/, '$1.text');
}

/**
 * A message of the editor's checks (the validator's problems), which are written in English
 * whatever the interface's language: marked so, and set apart in their own
 * direction inside a Persian line.
 */
export function InEnglish({ text }: { text: string }) {
  return (
    <span lang="en" dir="auto">
      {text}
    </span>
  );
}

function Problems({ problems, path }: { problems: Problems; path: string }) {
  const here = problemsAt(problems, path);
  if (here.length === 0) return null;
  return (
    <ul class="bs-field-problems" id={`${fieldId(path)}-problems`}>
      {here.map((p, i) => (
        <li key={i}>
          <InEnglish text={p.message} />
        </li>
      ))}
    </ul>
  );
}

interface FieldProps {
  label: string;
  path: string;
  value: string;
  problems: Problems;
  onInput(value: string): void;
  multiline?: boolean;
  hint?: ComponentChildren;
  /**
   * The direction of what is typed: `auto` for a pack's text, in whichever language the story
   * is written; `ltr` for addresses, dates and ids, which read left to right in any interface.
   */
  dir?: 'auto' | 'ltr';
}

/**
 * Persian and Arabic digits as ASCII ones: a Persian keyboard types ۲۰۲۶ in a date or an id,
 * which packs write 2026.
 */
function asciiDigits(text: string): string {
  return text.replace(/[۰-۹٠-٩]/g, (digit) => String(Math.max(PERSIAN_DIGITS.indexOf(digit), ARABIC_DIGITS.indexOf(digit))));
}

const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';
const ARABIC_DIGITS = '٠١٢٣٤٥٦٧٨٩';

export function Field({ label, path, value, problems, onInput, multiline, hint, dir = 'auto' }: FieldProps) {
  const id = fieldId(path);
  const bad = problemsAt(problems, path).length > 0;
  const described = [hint ? `${id}-hint` : '', bad ? `${id}-problems` : ''].filter(Boolean).join(' ');
  const common = {
    id,
    value,
    dir,
    'aria-invalid': bad || undefined,
    'aria-describedby': described || undefined,
    onInput: (event: Event) => {
      const typed = (event.currentTarget as HTMLInputElement).value;
      onInput(dir === 'ltr' ? asciiDigits(typed) : typed);
    },
  };
  return (
    <div class="bs-field">
      <label for={id}>{label}</label>
      {multiline ? <textarea {...common} rows={3} /> : <input {...common} type="text" />}
      {hint && (
        <div class="bs-field-hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      <Problems problems={problems} path={path} />
    </div>
  );
}

interface ChoiceProps {
  label: string;
  path: string;
  value: string;
  options: readonly { value: string; label: string }[];
  problems: Problems;
  onChange(value: string): void;
}

export function Choice({ label, path, value, options, problems, onChange }: ChoiceProps) {
  const id = fieldId(path);
  return (
    <div class="bs-field">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange((event.currentTarget as HTMLSelectElement).value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <Problems problems={problems} path={path} />
    </div>
  );
}

/** The story's lists of statements, each with its own words in the locale files (`author.lists`). */
export type StatementList = 'role' | 'background' | 'impact' | 'next';

interface StatementsProps {
  list: StatementList;
  path: string;
  items: readonly Statement[];
  problems: Problems;
  /** The pack's source ids, which a statement may cite. */
  sources: readonly string[];
  onChange(items: Statement[]): void;
  /** The fewest items the list may have. */
  min?: number;
}

/** A list of statements, each with its text, where it comes from and what it cites. */
export function Statements({ list, path, items, problems, sources, onChange, min = 1 }: StatementsProps) {
  const { t } = useWords();
  const set = (i: number, statement: Statement) => onChange(items.map((s, j) => (j === i ? statement : s)));
  return (
    <fieldset class="bs-statements">
      <legend>{t(`author.lists.${list}.legend`)}</legend>
      {items.map((s, i) => (
        <StatementFields
          key={i}
          path={`${path}[${i}]`}
          label={t(`author.lists.${list}.item`, [i + 1])}
          statement={s}
          problems={problems}
          sources={sources}
          onChange={(next) => set(i, next)}
        >
          {items.length > min && (
            <button type="button" class="bs-link" data-removes onClick={() => onChange(items.filter((_, j) => j !== i))}>
              {t(`author.lists.${list}.remove`, [i + 1])}
            </button>
          )}
        </StatementFields>
      ))}
      <button type="button" class="bs-link" data-add onClick={() => onChange([...items, { text: '', source: 'article' }])}>
        {t(`author.lists.${list}.add`)}
      </button>
      <Problems problems={problems} path={path} />
    </fieldset>
  );
}

interface StatementFieldsProps {
  path: string;
  label: string;
  statement: Statement;
  problems: Problems;
  sources: readonly string[];
  onChange(statement: Statement): void;
  children?: ComponentChildren;
}

export function StatementFields({ path, label, statement, problems, sources, onChange, children }: StatementFieldsProps) {
  const { t } = useWords();
  return (
    <div class="bs-statement">
      <Field label={label} path={`${path}.text`} value={statement.text} problems={problems} multiline onInput={(text) => onChange({ ...statement, text })} />
      <div class="bs-row">
        <Choice
          label={t('author.statement.from')}
          path={`${path}.source`}
          value={statement.source}
          options={[
            { value: 'article', label: t('author.statement.article') },
            { value: 'background', label: t('author.statement.background') },
          ]}
          problems={problems}
          onChange={(source) => onChange({ ...statement, source: source as Statement['source'] })}
        />
        <Cites path={`${path}.cites`} cites={statement.cites ?? []} sources={sources} problems={problems} onChange={(cites) => onChange({ ...statement, cites })} />
        {children}
      </div>
    </div>
  );
}

export function Cites({ path, cites, sources, problems, onChange }: { path: string; cites: readonly string[]; sources: readonly string[]; problems: Problems; onChange(cites: string[]): void }) {
  const { t } = useWords();
  const id = fieldId(path);
  if (sources.length === 0) return null;
  return (
    <div class="bs-field">
      <label for={id}>{t('author.statement.cites')}</label>
      <select
        id={id}
        multiple
        size={Math.min(3, sources.length)}
        onChange={(event) => onChange([...(event.currentTarget as HTMLSelectElement).selectedOptions].map((o) => o.value))}
      >
        {sources.map((s) => (
          <option key={s} value={s} selected={cites.includes(s)}>
            {s}
          </option>
        ))}
      </select>
      <Problems problems={problems} path={path} />
    </div>
  );
}
