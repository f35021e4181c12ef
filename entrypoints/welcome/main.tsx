import { i18n } from '#i18n';
import { render } from 'preact';
import '../../components/theme.css';
import '../options/options.css';
import { speak, wordsOf, WordsProvider } from '../../components/words';
import { Welcome } from './Welcome';

const words = wordsOf(i18n.t);
speak(document, words);
document.title = i18n.t('welcome.pageTitle');
render(
  <WordsProvider words={words}>
    <Welcome />
  </WordsProvider>,
  document.getElementById('app')!,
);
