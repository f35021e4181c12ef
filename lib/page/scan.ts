/**
 * One scan of a document: read its passages, find the mentions, and map each back to a DOM
 * range. Pure over the DOM and the knowledge; painting and UI are the caller's.
 */
import type { Knowledge } from '../knowledge/compile';
import { findMentions, type Mention } from '../match/matcher';
import { rangeOf, readPassages, type Passage, type TextMapOptions } from './text-map';

export interface PageMention {
  mention: Mention;
  passage: Passage;
  range: StaticRange;
  /** The page text that matched. */
  text: string;
}

export interface ScanResult {
  passages: Passage[];
  mentions: PageMention[];
  characters: number;
}

export function scanDocument(root: Node, knowledge: Knowledge, options: TextMapOptions = {}): ScanResult {
  const passages = readPassages(root, options);
  const found = findMentions(
    knowledge,
    passages.map((p) => p.text),
  );
  const mentions: PageMention[] = [];
  let characters = 0;
  passages.forEach((passage, i) => {
    characters += passage.text.length;
    for (const mention of found[i]!) {
      const range = rangeOf(passage, mention.start, mention.end);
      if (range) mentions.push({ mention, passage, range, text: passage.text.slice(mention.start, mention.end) });
    }
  });
  return { passages, mentions, characters };
}
