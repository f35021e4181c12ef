import type { ComponentChildren } from 'preact';
import type { Pack, Statement } from '../data/schema';
import { textLanguage } from '../lib/knowledge/lookup';
import { Cited } from './Cited';
import { Events } from './Events';
import { sentence, SLOTS } from './sentence';
import { StanceChip } from './StanceChip';
import { isolated, useWords } from './words';

interface Props {
  pack: Pack;
}

/**
 * The story itself, in three times: the article's moment (its summary, and where it is wrong),
 * the background as it stood then, and what happened since; then the stakes, the world's
 * reactions and what comes next. The summary is open; the longer parts are folded under their
 * headings, one click (or Enter) each, so the popup opens on what a reader wants first.
 */
export function StoryView({ pack }: Props) {
  const { t, date } = useWords();
  const { story } = pack;
  const names = new Map(pack.entities.map((e) => [e.id, e.name]));
  const own = textLanguage(pack.language);
  return (
    <article class="bs-story" aria-labelledby="bs-story-title">
      <header>
        <h1 id="bs-story-title" class="bs-story-title" {...own}>
          {story.title}
        </h1>
        <p class="bs-asof">{sentence(t('story.asOf', [SLOTS[0]]), <time dateTime={pack.asOf}>{date(pack.asOf)}</time>)}</p>
      </header>
      <p class="bs-summary" {...own}>
        {story.summary.text} <Cited pack={pack} of={story.summary} />
      </p>
      {story.corrections && story.corrections.length > 0 && (
        <aside class="bs-corrections" aria-label={t('story.correctionsTo', [isolated(pack.article.name)])}>
          <Fold title={t('story.corrections')}>
            <Paragraphs pack={pack} items={story.corrections} />
          </Fold>
        </aside>
      )}
      <Fold title={t('story.background')}>
        <Paragraphs pack={pack} items={story.background} />
      </Fold>
      {story.since && story.since.length > 0 && (
        <Fold title={t('story.since')}>
          <Events pack={pack} events={story.since} />
        </Fold>
      )}
      <Fold title={t('story.stakes')}>
        <Items pack={pack} items={story.impact} />
      </Fold>
      <Fold title={t('story.reactions')}>
        <div class="bs-board">
          {pack.stanceLabels.map((label) => {
            const reactions = story.reactions.filter((r) => r.stance === label.id);
            if (reactions.length === 0) return null;
            return (
              <div class="bs-board-column" key={label.id}>
                <h3 class="bs-board-heading">
                  <span {...own}>
                    <StanceChip label={label} />
                  </span>
                </h3>
                {reactions.map((r) => (
                  <details class="bs-reaction" key={r.actor}>
                    <summary>
                      <span {...own}>{names.get(r.actor) ?? r.actor}</span>
                    </summary>
                    <p {...own}>
                      {r.summary} <Cited pack={pack} of={r} />
                    </p>
                  </details>
                ))}
              </div>
            );
          })}
        </div>
      </Fold>
      <Fold title={t('story.next')}>
        <Items pack={pack} items={story.next} />
      </Fold>
    </article>
  );
}

/** A part of the story, folded under its heading until the reader opens it. */
function Fold({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <details class="bs-fold">
      <summary>
        <h2 class="bs-section">{title}</h2>
      </summary>
      {children}
    </details>
  );
}

function Paragraphs({ pack, items }: { pack: Pack; items: readonly Statement[] }) {
  return (
    <>
      {items.map((s) => (
        <p key={s.text} {...textLanguage(pack.language)}>
          {s.text} <Cited pack={pack} of={s} />
        </p>
      ))}
    </>
  );
}

function Items({ pack, items }: { pack: Pack; items: readonly Statement[] }) {
  return (
    <ul class="bs-list" {...textLanguage(pack.language)}>
      {items.map((s) => (
        <li key={s.text}>
          {s.text} <Cited pack={pack} of={s} />
        </li>
      ))}
    </ul>
  );
}
