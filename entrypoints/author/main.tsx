import { i18n } from '#i18n';
import { render } from 'preact';
import '../../components/theme.css';
import { speak, wordsOf, WordsProvider } from '../../components/words';
import './author.css';
import { Author } from './Author';

/** The tab the story starts from: `?tabId=N`, as the popup's “Start a story from this page” opens it. */
const param = new URLSearchParams(location.search).get('tabId');
// The marks time the editor's opening (tools/bench/draft.ts).
performance.mark('backstory:author-start');
const words = wordsOf(i18n.t);
speak(document, words);
document.title = i18n.t('author.pageTitle');
render(
  <WordsProvider words={words}>
    <Author tabId={param !== null && /^\d+$/.test(param) ? Number(param) : null} />
  </WordsProvider>,
  document.getElementById('app')!,
);
performance.mark('backstory:author-drawn');
