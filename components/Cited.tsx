import { Fragment } from 'preact';
import type { Provenance, Source } from '../data/schema';
import { sourcesOf, type CardPack } from '../lib/knowledge/lookup';
import { isolated, useWords } from './words';

interface Props {
  pack: CardPack;
  /** A statement, fact, stance or reaction: where it comes from and what it cites. */
  of: { source: Provenance; cites?: readonly string[] };
}

/**
 * Where a statement comes from. What only the story's article claims is named as that article's
 * claim (by the pack's name for it, never "the article", which a reader takes for the page in
 * front of them); the reports it cites follow as their publisher and date, linked. Opening one
 * is the reader's own navigation: Backstory itself fetches nothing.
 */
export function Cited({ pack, of }: Props) {
  const { t, language, dir } = useWords();
  const sources = sourcesOf(pack);
  const cited = (of.cites ?? []).flatMap((id) => sources.get(id) ?? []);
  if (of.source !== 'article' && cited.length === 0) return null;
  // The interface's words, set apart from the pack's text around them in its own language.
  return (
    <span class="bs-cited" lang={language} dir={dir}>
      {of.source === 'article' && (
        <span class="bs-source" title={`${pack.article.title}. ${pack.article.note}`}>
          {t('card.per', [isolated(pack.article.name)])}
        </span>
      )}
      {cited.map((source, i) => (
        // A space between links, so that a long list wraps between them.
        <Fragment key={source.id}>
          {i > 0 || of.source === 'article' ? ' ' : null}
          <SourceLink source={source} />
        </Fragment>
      ))}
    </span>
  );
}

function SourceLink({ source }: { source: Source }) {
  const { t, date } = useWords();
  const words = t('card.source', [isolated(source.publisher), date(source.date)]);
  // The validator takes only https addresses; a view links nothing else all the same.
  if (!source.url.startsWith('https://')) return <span class="bs-cite">{words}</span>;
  return (
    <a
      class="bs-cite"
      href={source.url}
      target="_blank"
      rel="noopener noreferrer"
      referrerpolicy="no-referrer"
      title={`${source.title} (${words})`}
    >
      {words}
    </a>
  );
}
