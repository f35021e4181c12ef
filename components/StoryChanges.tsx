import type { StoryChanges as Changes } from '../lib/knowledge/changes';
import { formatDate } from '../lib/dates';

/** Items of each kind listed; the rest are counted. */
const SHOWN = 6;

interface Props {
  changes: Changes;
  onDismiss(): void;
}

/** What a newer revision of the story changed, shown once after it is installed, until dismissed. */
export function StoryChanges({ changes, onDismiss }: Props) {
  const since = changes.since.slice(0, SHOWN);
  const stances = changes.stances.slice(0, SHOWN);
  const facts = changes.facts.slice(0, SHOWN);
  const names = changes.names.slice(0, SHOWN);
  const more = [changes.since, changes.stances, changes.facts, changes.names].reduce((n, list) => n + Math.max(0, list.length - SHOWN), 0);
  return (
    <section class="bs-changes" aria-labelledby="bs-changes-title">
      <h2 id="bs-changes-title" class="bs-section">
        What changed since you last read it
      </h2>
      <p class="bs-asof">
        “{changes.title}” was updated from revision {changes.from} to {changes.to}.
      </p>
      <ul class="bs-change-list">
        {since.map((event) => (
          <li key={`since ${event.date} ${event.text}`}>
            <time dateTime={event.date}>{formatDate(event.date)}</time>: {event.text}
          </li>
        ))}
        {stances.map((stance) => (
          <li key={`stance ${stance.entity}`}>
            {stance.entity}: now {stance.to}
            {stance.from ? ` (was ${stance.from})` : ''}
          </li>
        ))}
        {facts.map((fact) => (
          <li key={`fact ${fact.entity} ${fact.date} ${fact.text}`}>
            {fact.entity}, <time dateTime={fact.date}>{formatDate(fact.date)}</time>: {fact.text}
          </li>
        ))}
        {names.map((name) => (
          <li key={`name ${name.entity}`}>
            {name.isNew ? `New in the story: ${name.entity}` : `${name.entity} is also marked as ${name.forms.join(', ')}`}
          </li>
        ))}
      </ul>
      {more > 0 && <p class="bs-asof">And {more} more: see the story's cards and timeline.</p>}
      <button type="button" class="bs-link bs-changes-dismiss" onClick={onDismiss}>
        Dismiss
      </button>
    </section>
  );
}
