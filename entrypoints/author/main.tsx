import { render } from 'preact';
import '../../components/theme.css';
import './author.css';
import { Author } from './Author';

/** The tab the story starts from: `?tabId=N`, as the popup's “Start a story from this page” opens it. */
const param = new URLSearchParams(location.search).get('tabId');
// The marks time the editor's opening (tools/bench/draft.ts).
performance.mark('backstory:author-start');
render(<Author tabId={param !== null && /^\d+$/.test(param) ? Number(param) : null} />, document.getElementById('app')!);
performance.mark('backstory:author-drawn');
