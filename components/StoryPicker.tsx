import { textLanguage } from '../lib/knowledge/lookup';
import type { StoryScore } from '../lib/knowledge/stories';
import { useWords } from './words';

interface Props {
  /** Every story, the one the page is most about first. */
  stories: readonly StoryScore[];
  /** The id of the story shown. */
  current: string;
  onPick(id: string): void;
}

/**
 * The installed stories as a row of buttons, each with how often the page mentions it: the
 * story shown is pressed, any other is one click away.
 */
export function StoryPicker({ stories, current, onPick }: Props) {
  const { t, number } = useWords();
  return (
    <nav class="bs-stories" aria-label={t('story.stories')}>
      {stories.map(({ pack, mentions }) => (
        <button
          key={pack.id}
          type="button"
          class="bs-story-choice"
          data-story={pack.id}
          aria-pressed={pack.id === current}
          onClick={() => onPick(pack.id)}
        >
          <span class="bs-story-choice-title" {...textLanguage(pack.language)}>
            {pack.story.title}
          </span>
          <span class="bs-count" aria-label={t('story.mentionsOnPage', mentions)}>
            {number(mentions)}
          </span>
        </button>
      ))}
    </nav>
  );
}
