import type { StoryChanges as Changes } from '../lib/knowledge/changes';
import { textLanguage } from '../lib/knowledge/lookup';
import { sentence, SLOTS } from './sentence';
import { isolated, useWords } from './words';

/** Items of each kind listed; the rest are counted. */
const SHOWN = 6;

interface Props {
  changes: Changes;
  /** The language of the story's pack, which the changed text is written in. */
  language: string;
  onDismiss(): void;
}

/** What a newer revision of the story changed, shown once after it is installed, until dismissed. */
export function StoryChanges({ changes, language, onDismiss }: Props) {
  const words = useWords();
  const { t, date } = words;
  const own = textLanguage(language);
  const since = changes.since.slice(0, SHOWN);
  const stances = changes.stances.slice(0, SHOWN);
  const facts = changes.facts.slice(0, SHOWN);
  const names = changes.names.slice(0, SHOWN);
  const more = [changes.since, changes.stances, changes.facts, changes.names].reduce((n, list) => n + Math.max(0, list.length - SHOWN), 0);
  // Names, forms and stance labels are short pack text inside the interface's sentence, each
  // isolated; a fact's or an event's text is a sentence of the pack's language, in its own span.
  const dated = (when: string) => <time dateTime={when}>{date(when)}</time>;
  const packText = (text: string) => <span {...own}>{text}</span>;
  const forms = (list: readonly string[]) => new Intl.ListFormat(words.language, { type: 'unit', style: 'short' }).format(list.map(isolated));
  return (
    <section class="bs-changes" aria-labelledby="bs-changes-title">
      <h2 id="bs-changes-title" class="bs-section">
        {t('story.changes.title')}
      </h2>
      <p class="bs-asof">{t('story.changes.updated', [isolated(changes.title), changes.from, changes.to])}</p>
      <ul class="bs-change-list">
        {since.map((event) => (
          <li key={`since ${event.date} ${event.text}`}>{sentence(t('story.changes.event', [SLOTS[0], SLOTS[1]]), dated(event.date), packText(event.text))}</li>
        ))}
        {stances.map((stance) => (
          <li key={`stance ${stance.entity}`}>
            {stance.from
              ? t('story.changes.stanceWas', [isolated(stance.entity), isolated(stance.to), isolated(stance.from)])
              : t('story.changes.stance', [isolated(stance.entity), isolated(stance.to)])}
          </li>
        ))}
        {facts.map((fact) => (
          <li key={`fact ${fact.entity} ${fact.date} ${fact.text}`}>
            {sentence(t('story.changes.fact', [isolated(fact.entity), SLOTS[0], SLOTS[1]]), dated(fact.date), packText(fact.text))}
          </li>
        ))}
        {names.map((name) => (
          <li key={`name ${name.entity}`}>
            {name.isNew
              ? t('story.changes.newName', [isolated(name.entity)])
              : t('story.changes.newForms', [isolated(name.entity), forms(name.forms)])}
          </li>
        ))}
      </ul>
      {more > 0 && <p class="bs-asof">{t('story.changes.more', [more])}</p>}
      <button type="button" class="bs-link bs-changes-dismiss" onClick={onDismiss}>
        {t('story.changes.dismiss')}
      </button>
    </section>
  );
}
