import type { Pack } from '../data/schema';
import { isAfter, latestDay } from '../lib/dates';
import { textLanguage } from '../lib/knowledge/lookup';
import { Events } from './Events';
import { sentence, SLOTS } from './sentence';
import { isolated, useWords } from './words';

interface Props {
  pack: Pack;
  /** The day the page says it was published, or null when it says nothing. */
  pageDate: string | null;
}

/** Events shown before "more": what came next, without a wall of text. */
const LEADING_EVENTS = 3;

/**
 * What the story knows happened after the page in front of the reader, newest last, so that a
 * reader of an old article first learns what came next; past the first few, the rest are folded. A page that gives no date is measured
 * against the story's article, and the list says so; a page newer than all the story knows
 * says how far the story reaches.
 */
export function SinceThisPage({ pack, pageDate }: Props) {
  const { t, date } = useWords();
  const events = pack.story.since ?? [];
  const articleDate = pack.article.date ?? null;
  const from = pageDate ?? (articleDate ? latestDay(articleDate) : null);
  if (events.length === 0 || from === null) return null;
  const after = events.filter((event) => isAfter(event.date, from));
  return (
    <section class="bs-since" aria-labelledby="bs-since-title">
      <h2 id="bs-since-title" class="bs-section">
        {pageDate ? t('story.sinceThisPage', [date(pageDate)]) : t('story.sinceArticle', [isolated(pack.article.name)])}
      </h2>
      {!pageDate && <p class="bs-asof">{t('story.noPageDate', [date(articleDate!)])}</p>}
      {after.length > 0 ? (
        <>
          <Events pack={pack} events={after.slice(0, LEADING_EVENTS)} />
          {after.length > LEADING_EVENTS && (
            <details class="bs-more">
              <summary>{t('story.moreSince', [after.length - LEADING_EVENTS, date(after.at(-1)!.date)])}</summary>
              <Events pack={pack} events={after.slice(LEADING_EVENTS)} />
            </details>
          )}
        </>
      ) : (
        <p class="bs-empty">
          {sentence(
            t('story.nothingNewer', [SLOTS[0], SLOTS[1]]),
            <span {...textLanguage(pack.language)}>{pack.story.title}</span>,
            <time dateTime={pack.asOf}>{date(pack.asOf)}</time>,
          )}
        </p>
      )}
    </section>
  );
}
