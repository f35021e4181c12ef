/**
 * The story itself: its title and summary, the article it follows, background, stakes, reactions
 * and what comes next, and the sources its statements cite.
 */
import type { Pack, Source } from '../../data/schema';
import { Choice, Field, Statements, StatementFields, type Problems } from './fields';

interface Props {
  pack: Pack;
  problems: Problems;
  onChange(pack: Pack): void;
}

export function StoryEditor({ pack, problems, onChange }: Props) {
  const story = pack.story;
  const sources = pack.sources.map((s) => s.id);
  const setStory = <K extends keyof Pack['story']>(key: K, value: Pack['story'][K]) => onChange({ ...pack, story: { ...story, [key]: value } });
  const setArticle = <K extends keyof Pack['article']>(key: K, value: Pack['article'][K]) => onChange({ ...pack, article: { ...pack.article, [key]: value } });
  const setSource = (i: number, source: Source) => onChange({ ...pack, sources: pack.sources.map((s, j) => (j === i ? source : s)) });
  const reactions = story.reactions;

  return (
    <section class="bs-story-editor" aria-labelledby="story-heading">
      <h2 id="story-heading" class="bs-section">
        The story
      </h2>
      <Field label="Title" path="story.title" value={story.title} problems={problems} onInput={(title) => setStory('title', title)} />
      <StatementFields path="story.summary" label="Summary" statement={story.summary} problems={problems} sources={sources} onChange={(s) => setStory('summary', s)} />
      <Statements legend="Background" path="story.background" items={story.background} problems={problems} sources={sources} onChange={(items) => setStory('background', items)} />
      <Statements legend="What is at stake" path="story.impact" items={story.impact} problems={problems} sources={sources} onChange={(items) => setStory('impact', items)} />
      <Statements legend="What comes next" path="story.next" items={story.next} problems={problems} sources={sources} onChange={(items) => setStory('next', items)} />

      <fieldset>
        <legend>Who stands where</legend>
        {reactions.map((r, i) => (
          <div class="bs-reaction" key={i}>
            <div class="bs-row">
              <Choice
                label={`Who (reaction ${i + 1})`}
                path={`story.reactions[${i}].actor`}
                value={r.actor}
                options={pack.entities.map((e) => ({ value: e.id, label: e.name }))}
                problems={problems}
                onChange={(actor) => setStory('reactions', reactions.map((x, j) => (j === i ? { ...x, actor } : x)))}
              />
              <Choice
                label="Stance"
                path={`story.reactions[${i}].stance`}
                value={r.stance}
                options={pack.stanceLabels.map((l) => ({ value: l.id, label: l.label }))}
                problems={problems}
                onChange={(stance) => setStory('reactions', reactions.map((x, j) => (j === i ? { ...x, stance } : x)))}
              />
            </div>
            <StatementFields
              path={`story.reactions[${i}]`}
              label="What they said or did"
              statement={{ text: r.summary, source: r.source, cites: r.cites }}
              problems={problems.map((p) => (p.path === `story.reactions[${i}].summary` ? { ...p, path: `story.reactions[${i}].text` } : p))}
              sources={sources}
              onChange={(s) => setStory('reactions', reactions.map((x, j) => (j === i ? { actor: x.actor, stance: x.stance, summary: s.text, source: s.source, ...(s.cites && { cites: s.cites }) } : x)))}
            >
              {reactions.length > 1 && (
                <button type="button" class="bs-link" onClick={() => setStory('reactions', reactions.filter((_, j) => j !== i))}>
                  Remove reaction {i + 1}
                </button>
              )}
            </StatementFields>
          </div>
        ))}
        <button
          type="button"
          class="bs-link"
          data-add
          onClick={() => setStory('reactions', [...reactions, { actor: pack.entities[0]?.id ?? '', stance: pack.stanceLabels[0]?.id ?? '', summary: '', source: 'article' }])}
        >
          Add a reaction
        </button>
      </fieldset>

      <fieldset>
        <legend>The article it follows</legend>
        <Field label="Headline" path="article.title" value={pack.article.title} problems={problems} onInput={(title) => setArticle('title', title)} />
        <Field
          label="How cards name it when they quote it"
          path="article.name"
          value={pack.article.name}
          problems={problems}
          hint="Shown as “per …” beside what only the article says."
          onInput={(name) => setArticle('name', name)}
        />
        <Field label="Where it came from" path="article.note" value={pack.article.note} problems={problems} multiline onInput={(note) => setArticle('note', note)} />
        <Field label="Facts are true as of (YYYY-MM-DD)" path="asOf" value={pack.asOf} problems={problems} onInput={(asOf) => onChange({ ...pack, asOf })} />
      </fieldset>

      <fieldset>
        <legend>Sources</legend>
        {pack.sources.map((s, i) => (
          <div class="bs-source" key={i}>
            <div class="bs-row">
              <Field label={`Id (source ${i + 1})`} path={`sources[${i}].id`} value={s.id} problems={problems} onInput={(id) => setSource(i, { ...s, id })} />
              <Field label="Publisher" path={`sources[${i}].publisher`} value={s.publisher} problems={problems} onInput={(publisher) => setSource(i, { ...s, publisher })} />
              <Field label="Date" path={`sources[${i}].date`} value={s.date} problems={problems} onInput={(date) => setSource(i, { ...s, date })} />
            </div>
            <Field label="Title" path={`sources[${i}].title`} value={s.title} problems={problems} onInput={(title) => setSource(i, { ...s, title })} />
            <Field label="Address (https)" path={`sources[${i}].url`} value={s.url} problems={problems} onInput={(url) => setSource(i, { ...s, url })} />
            <button type="button" class="bs-link" onClick={() => onChange({ ...pack, sources: pack.sources.filter((_, j) => j !== i) })}>
              Remove source {i + 1}
            </button>
          </div>
        ))}
        <button
          type="button"
          class="bs-link"
          data-add
          onClick={() => onChange({ ...pack, sources: [...pack.sources, { id: `source-${pack.sources.length + 1}`, publisher: '', title: '', date: pack.asOf, url: 'https://' }] })}
        >
          Add a source
        </button>
      </fieldset>
    </section>
  );
}
