import type { ComponentChildren } from 'preact';
import type { Pack, Statement } from '../data/schema';
import { formatDate } from '../lib/dates';
import { Cited } from './Cited';
import { Events } from './Events';
import { StanceChip } from './StanceChip';

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
  const { story } = pack;
  const names = new Map(pack.entities.map((e) => [e.id, e.name]));
  return (
    <article class="bs-story" aria-labelledby="bs-story-title">
      <header>
        <h1 id="bs-story-title" class="bs-story-title">
          {story.title}
        </h1>
        <p class="bs-asof">
          As of <time dateTime={pack.asOf}>{formatDate(pack.asOf)}</time>
        </p>
      </header>
      <p class="bs-summary">
        {story.summary.text} <Cited pack={pack} of={story.summary} />
      </p>
      {story.corrections && story.corrections.length > 0 && (
        <aside class="bs-corrections" aria-label={`Corrections to ${pack.article.name}`}>
          <Fold title="What it gets wrong, or what overtook it">
            <Paragraphs pack={pack} items={story.corrections} />
          </Fold>
        </aside>
      )}
      <Fold title="Background">
        <Paragraphs pack={pack} items={story.background} />
      </Fold>
      {story.since && story.since.length > 0 && (
        <Fold title="What happened since">
          <Events pack={pack} events={story.since} />
        </Fold>
      )}
      <Fold title="What is at stake">
        <Items pack={pack} items={story.impact} />
      </Fold>
      <Fold title="The world's reactions">
        <div class="bs-board">
          {pack.stanceLabels.map((label) => {
            const reactions = story.reactions.filter((r) => r.stance === label.id);
            if (reactions.length === 0) return null;
            return (
              <div class="bs-board-column" key={label.id}>
                <h3 class="bs-board-heading">
                  <StanceChip label={label} />
                </h3>
                {reactions.map((r) => (
                  <details class="bs-reaction" key={r.actor}>
                    <summary>{names.get(r.actor) ?? r.actor}</summary>
                    <p>
                      {r.summary} <Cited pack={pack} of={r} />
                    </p>
                  </details>
                ))}
              </div>
            );
          })}
        </div>
      </Fold>
      <Fold title="What comes next">
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
        <p key={s.text}>
          {s.text} <Cited pack={pack} of={s} />
        </p>
      ))}
    </>
  );
}

function Items({ pack, items }: { pack: Pack; items: readonly Statement[] }) {
  return (
    <ul class="bs-list">
      {items.map((s) => (
        <li key={s.text}>
          {s.text} <Cited pack={pack} of={s} />
        </li>
      ))}
    </ul>
  );
}

