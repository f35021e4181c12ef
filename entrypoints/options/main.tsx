import { i18n } from '#i18n';
import { render } from 'preact';
import '../../components/theme.css';
import './options.css';
import { speak, wordsOf, WordsProvider } from '../../components/words';
import { Options } from './Options';

const words = wordsOf(i18n.t);
speak(document, words);
document.title = i18n.t('options.pageTitle');
render(
  <WordsProvider words={words}>
    <Options />
  </WordsProvider>,
  document.getElementById('app')!,
);
