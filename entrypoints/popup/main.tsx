import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../components/theme.css';
import './popup.css';
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

void targetTab().then((tabId) => {
  render(<Popup tabId={tabId} />, document.getElementById('app')!);
});
