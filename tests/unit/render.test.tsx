import { render } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { EntityCard } from '../../components/EntityCard';
import { StoryView } from '../../components/StoryView';
import { entity, pack } from './pack-fixture';

const HOSTILE = '<img src=x onerror="window.__owned = true"><a href="javascript:alert(1)">click</a><script>window.__owned = true</script>';

describe('knowledge text is rendered as text', () => {
  const hostile = entity('iran', [{ text: 'Iran' }], {
    name: HOSTILE,
    description: HOSTILE,
    role: { text: HOSTILE, source: 'article' },
    facts: [{ date: '2015', text: HOSTILE, source: 'background' }],
  });
  const story = pack([hostile]);
  story.story.summary.text = HOSTILE;
  story.story.title = HOSTILE;

  it('in the card: no element is made from pack strings, and the markup shows as written', () => {
    const { container } = render(<EntityCard entity={hostile} pack={story} match={{ text: HOSTILE, how: 'fuzzy', alias: HOSTILE }} />);
    expect(container.querySelector('img, script, a')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=');
    expect((globalThis as { __owned?: boolean }).__owned).toBeUndefined();
  });

  it('in the story view', () => {
    const { container } = render(<StoryView pack={story} />);
    expect(container.querySelector('img, script, a')).toBeNull();
    expect(container.textContent).toContain('javascript:alert(1)');
  });
});
