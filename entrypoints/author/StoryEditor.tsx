/**
 * The story itself: its title and summary, the article it follows, background, stakes, reactions
 * and what comes next, and the sources its statements cite.
 */
import { useWords } from '../../components/words';
import type { Pack, Source } from '../../data/schema';
import { Choice, Field, Statements, StatementFields, type Problems } from './fields';

interface Props {
  pack: Pack;
  problems: Problems;
  onChange(pack: Pack): void;
}

export function StoryEditor({ pack, problems, onChange }: Props) {
  const { t } = useWords();
  const story = pack.story;
  const sources = pack.sources.map((s) => s.id);
  const setStory = <K extends keyof Pack['story']>(key: K, value: Pack['story'][K]) => onChange({ ...pack, story: { ...story, [key]: value } });
  const setArticle = <K extends keyof Pack['article']>(key: K, value: Pack['article'][K]) => onChange({ ...pack, article: { ...pack.article, [key]: value } });
  const setSource = (i: number, source: Source) => onChange({ ...pack, sources: pack.sources.map((s, j) => (j === i ? source : s)) });
  const reactions = story.reactions;

  return (
    <section class="bs-story-editor" aria-labelledby="story-heading">
      <h2 id="story-heading" class="bs-section">
        {t('author.story.heading')}
      </h2>
      <Field label={t('author.story.title')} path="story.title" value={story.title} problems={problems} onInput={(title) => setStory('title', title)} />
      <Field label={t('author.story.language')} path="language" value={pack.language} problems={problems} dir="ltr" onInput={(language) => onChange({ ...pack, language })} />
      <StatementFields path="story.summary" label={t('author.story.summary')} statement={story.summary} problems={problems} sources={sources} onChange={(s) => setStory('summary', s)} />
      <Statements list="background" path="story.background" items={story.background} problems={problems} sources={sources} onChange={(items) => setStory('background', items)} />
      <Statements list="impact" path="story.impact" items={story.impact} problems={problems} sources={sources} onChange={(items) => setStory('impact', items)} />
      <Statements list="next" path="story.next" items={story.next} problems={problems} sources={sources} onChange={(items) => setStory('next', items)} />

      <fieldset>
        <legend>{t('author.story.reactions')}</legend>
        {reactions.map((r, i) => (
          <div class="bs-reaction" key={i}>
            <div class="bs-row">
              <Choice
                label={t('author.story.who', [i + 1])}
                path={`story.reactions[${i}].actor`}
                value={r.actor}
                options={pack.entities.map((e) => ({ value: e.id, label: e.name }))}
                problems={problems}
                onChange={(actor) => setStory('reactions', reactions.map((x, j) => (j === i ? { ...x, actor } : x)))}
              />
              <Choice
                label={t('author.story.stance')}
                path={`story.reactions[${i}].stance`}
                value={r.stance}
                options={pack.stanceLabels.map((l) => ({ value: l.id, label: l.label }))}
                problems={problems}
                onChange={(stance) => setStory('reactions', reactions.map((x, j) => (j === i ? { ...x, stance } : x)))}
              />
            </div>
            <StatementFields
              path={`story.reactions[${i}]`}
              label={t('author.story.said')}
              statement={{ text: r.summary, source: r.source, cites: r.cites }}
              problems={problems}
              sources={sources}
              onChange={(s) => setStory('reactions', reactions.map((x, j) => (j === i ? { actor: x.actor, stance: x.stance, summary: s.text, source: s.source, ...(s.cites && { cites: s.cites }) } : x)))}
            >
              {reactions.length > 1 && (
                <button type="button" class="bs-link" data-removes onClick={() => setStory('reactions', reactions.filter((_, j) => j !== i))}>
                  {t('author.story.removeReaction', [i + 1])}
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
          {t('author.story.addReaction')}
        </button>
      </fieldset>

      <fieldset>
        <legend>{t('author.story.article')}</legend>
        <Field label={t('author.story.headline')} path="article.title" value={pack.article.title} problems={problems} onInput={(title) => setArticle('title', title)} />
        <Field
          label={t('author.story.articleName')}
          path="article.name"
          value={pack.article.name}
          problems={problems}
          hint={t('author.story.articleNameHint')}
          onInput={(name) => setArticle('name', name)}
        />
        <Field label={t('author.story.articleNote')} path="article.note" value={pack.article.note} problems={problems} multiline onInput={(note) => setArticle('note', note)} />
        <Field label={t('author.story.asOf')} path="asOf" value={pack.asOf} problems={problems} dir="ltr" onInput={(asOf) => onChange({ ...pack, asOf })} />
      </fieldset>

      <fieldset>
        <legend>{t('author.story.sources')}</legend>
        {pack.sources.map((s, i) => (
          <div class="bs-source" key={i}>
            <div class="bs-row">
              <Field label={t('author.story.sourceId', [i + 1])} path={`sources[${i}].id`} value={s.id} problems={problems} dir="ltr" onInput={(id) => setSource(i, { ...s, id })} />
              <Field label={t('author.story.publisher')} path={`sources[${i}].publisher`} value={s.publisher} problems={problems} onInput={(publisher) => setSource(i, { ...s, publisher })} />
              <Field label={t('author.story.date')} path={`sources[${i}].date`} value={s.date} problems={problems} dir="ltr" onInput={(date) => setSource(i, { ...s, date })} />
            </div>
            <Field label={t('author.story.sourceTitle')} path={`sources[${i}].title`} value={s.title} problems={problems} onInput={(title) => setSource(i, { ...s, title })} />
            <Field label={t('author.story.url')} path={`sources[${i}].url`} value={s.url} problems={problems} dir="ltr" onInput={(url) => setSource(i, { ...s, url })} />
            <button type="button" class="bs-link" data-removes onClick={() => onChange({ ...pack, sources: pack.sources.filter((_, j) => j !== i) })}>
              {t('author.story.removeSource', [i + 1])}
            </button>
          </div>
        ))}
        <button
          type="button"
          class="bs-link"
          data-add
          onClick={() => onChange({ ...pack, sources: [...pack.sources, { id: `source-${pack.sources.length + 1}`, publisher: '', title: '', date: pack.asOf, url: 'https://' }] })}
        >
          {t('author.story.addSource')}
        </button>
      </fieldset>
    </section>
  );
}
