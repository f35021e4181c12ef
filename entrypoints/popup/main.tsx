import { i18n } from '#i18n';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../components/theme.css';
import './popup.css';
import { speak, wordsOf, WordsProvider } from '../../components/words';
import { loadPacks } from '../../storage/packs';
import { followSettings, followTab } from './opening';
import { Popup } from './Popup';

/**
 * The tab the popup speaks of: `?tabId=N` when given (tests and the demo open the popup as a
 * page), otherwise the active tab of the current window, as when the toolbar button is clicked.
 */
async function targetTab(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param !== null && /^\d+$/.test(param)) {
    document.body.classList.add('bs-page');
    return Number(param);
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

// Drawn at once: the story needs no tab, and the tab's part fills in when storage answers,
// asked before the first render (see ./opening.ts).
// The marks time the popup's opening (tools/bench/popup.ts): its code starts, then is drawn.
performance.mark('backstory:popup-start');
const words = wordsOf(i18n.t);
speak(document, words);
const tab = targetTab();
render(
  <WordsProvider words={words}>
    <Popup tab={tab} load={followTab(tab)} settings={followSettings()} everyPack={loadPacks()} />
  </WordsProvider>,
  document.getElementById('app')!,
);
performance.mark('backstory:popup-drawn');
