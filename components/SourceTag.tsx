import type { Source } from '../data/schema';

/** Marks what only the story's article claims, so it is never read as established fact. */
export function SourceTag({ source }: { source: Source }) {
  if (source !== 'article') return null;
  return (
    <span class="bs-source" title="This is what the article says; Backstory has not confirmed it.">
      per the article
    </span>
  );
}
