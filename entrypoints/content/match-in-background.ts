/**
 * How the content script has a batch of its passages matched (see PageScanner's `match`): by
 * the background, which holds the one knowledge and answers with the candidates it found and
 * what deciding needs to know of them. The page's main thread only reads its text, decides and
 * marks. If the background cannot answer (the extension was reloaded or removed), the batch
 * names nothing and the page stays as it was.
 */
import { browser } from 'wxt/browser';
import { parseMatchAnswer } from '../../protocol/from-background';
import type { MatchTexts } from '../../protocol/to-background';
import type { ScannerOptions } from '../../lib/page/scanner';

/**
 * How long a batch may be away. The background may first have to compile large installed packs
 * after they change; an answer later than this is not waited for, and the batch names nothing.
 */
const ANSWER_WAIT_MS = 10_000;

export function matchInBackground(send: (message: MatchTexts) => Promise<unknown> = (m) => browser.runtime.sendMessage(m)): ScannerOptions['match'] {
  return async (texts, options) => {
    const message: MatchTexts = {
      type: 'backstory:match-texts',
      text: texts.join(''),
      lengths: texts.map((text) => text.length),
      fuzzy: options?.fuzzy !== false,
    };
    let timer = 0;
    const late = new Promise<null>((resolve) => {
      timer = window.setTimeout(() => resolve(null), ANSWER_WAIT_MS);
    });
    const answer = await Promise.race([send(message).catch(() => null), late]);
    // Checking the answer is the page's work too: the scanner counts it from here.
    const receivedAt = performance.now();
    window.clearTimeout(timer);
    const matched = parseMatchAnswer(answer);
    return matched && matched.found.length === texts.length ? { ...matched, receivedAt } : null;
  };
}
