/** Which of a page's mentions are marked, given the reader's choices. */
import type { EntityType } from '../../data/schema';
import type { PageMention } from './scanner';

export interface Visibility {
  types: readonly EntityType[];
  /** 'first': only the first mention of each entity, in document order. */
  density: 'all' | 'first';
}

export function visibleMentions(mentions: readonly PageMention[], choice: Visibility): PageMention[] {
  const types = new Set<string>(choice.types);
  const shown = mentions.filter((m) => types.has(m.type));
  if (choice.density === 'all') return shown;
  const seen = new Set<string>();
  return [...shown].sort(byDocumentPosition).filter((m) => {
    if (seen.has(m.mention.entity)) return false;
    seen.add(m.mention.entity);
    return true;
  });
}

/** Orders mentions as they appear in the document. */
export function byDocumentPosition(a: PageMention, b: PageMention): number {
  if (a.range.startContainer === b.range.startContainer) return a.range.startOffset - b.range.startOffset;
  return a.range.startContainer.compareDocumentPosition(b.range.startContainer) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}
