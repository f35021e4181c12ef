/**
 * The content script's way to have its passages matched in the background (see PageScanner's
 * `matchElsewhere`): the page's main thread then only reads its text and marks what comes
 * back. The background's matcher also stays warm from page to page, where a page's own would
 * start cold on every load. The marker, and with it the page's knowledge, is loaded only when
 * an answer holds something that will be marked whatever else the page holds. An answer is
 * read only with knowledge of the packs it was matched with (the key sent names them); the
 * background refuses a key that is not its own, and the scanner then matches here, with the
 * marker's matcher.
 */
import { browser } from 'wxt/browser';
import { decodeMentions, packTexts } from '../../lib/match/wire';
import { parseMatchTextsReply, type MatchTexts } from '../../lib/messages';
import type { MatchedElsewhere, ScannerOptions } from '../../lib/page/scanner';
import type { MarkerLoader } from './marker-loader';

/**
 * How long a batch may be away. The background may first have to compile large installed packs
 * (10,000 entities take it about a fifth of a second); an answer later than this is not waited
 * for, and the page matches for itself.
 */
const ANSWER_WAIT_MS = 10_000;

/**
 * `openedKey` names the packs installed when the page opened (entrypoints/shared/packs-key.ts);
 * once the marker is loaded, its knowledge's key is sent instead.
 */
export function matchInBackground(openedKey: string, marker: MarkerLoader): NonNullable<ScannerOptions['matchElsewhere']> {
  // Before the scanner matches here, the page's knowledge and what matching needs besides are
  // made, a slice at a time (see knowledgeToMark): made all at once they would hold the page.
  let ready: Promise<boolean> | null = null;
  const cannot = async (texts: readonly string[]): Promise<MatchedElsewhere | null> => {
    ready ??= marker.load().then(async (loaded) => {
      if (!loaded) return false;
      await loaded.knowledge
        .ready()
        .then(() => loaded.knowledge.complete())
        .catch(() => 0);
      return true;
    });
    // Without the marker nothing can be marked here: the batch is taken as naming nothing.
    return (await ready) ? null : nothingIn(texts);
  };
  return async (texts, match, onePassage) => {
    const packed = packTexts(texts);
    const key = marker.get()?.knowledge.key ?? openedKey;
    const message: MatchTexts = {
      type: 'backstory:match-texts',
      knowledge: key,
      ...packed,
      fuzzy: match?.fuzzy !== false,
      onePassage,
    };
    let timer = 0;
    const late = new Promise<null>((resolve) => {
      timer = window.setTimeout(() => resolve(null), ANSWER_WAIT_MS);
    });
    const answer = await Promise.race([browser.runtime.sendMessage(message).catch(() => null), late]);
    // Checking and decoding the answer is the page's work too: the scanner counts it from here.
    let receivedAt = performance.now();
    window.clearTimeout(timer);
    const reply = parseMatchTextsReply(answer);
    if (reply?.status !== 'matched' || reply.found.length !== texts.length) return cannot(texts);
    if (reply.found.every((list) => list.length === 0)) return { ...nothingIn(texts, reply.busyMs), receivedAt };
    let loaded = marker.get();
    if (!reply.standing && !loaded) {
      // Every candidate needs a sure mention elsewhere in the page: they are read back only if
      // the scan finds one, which will have brought the marker in.
      const { found: wire } = reply;
      const unsure = () => {
        const now = marker.get();
        if (!now) return null;
        // Packs changed between this answer and the marker's loading: matched again here.
        if (now.knowledge.key !== key) return now.matcher().findInTexts(texts, match);
        return decodeMentions(now.knowledge.get(), wire, packed.lengths);
      };
      return { ...nothingIn(texts, reply.busyMs), receivedAt, unsure };
    }
    const checkedMs = performance.now() - receivedAt;
    if (!loaded?.knowledge.made()) {
      // The first mention of the frame: the marker is brought in and the knowledge made now
      // (their time is the start-up's, and may take several tasks for installed packs), then
      // decoding is counted as before.
      loaded = await marker.load();
      if (!loaded) return nothingIn(texts);
      await loaded.knowledge.ready();
      receivedAt = performance.now() - checkedMs;
    }
    if (loaded.knowledge.key !== key) return cannot(texts);
    const found = decodeMentions(loaded.knowledge.get(), reply.found, packed.lengths);
    return found ? { found, busyMs: reply.busyMs, receivedAt } : cannot(texts);
  };
}

/** An answer that finds nothing in `texts`, with the time the background took to say so. */
function nothingIn(texts: readonly string[], busyMs = 0): MatchedElsewhere {
  return { found: texts.map(() => []), busyMs };
}
