/** A small valid pack for tests that need knowledge but not the real story's. */
import type { Entity, Pack, Source } from '../../data/schema';

/** The one source the test pack lists; its background statements cite it. */
const TEST_SOURCE: Source = {
  id: 'test-report',
  publisher: 'Test Wire',
  title: 'A report written for the tests',
  date: '2025-09-30',
  url: 'https://example.org/test-report',
};

export function entity(id: string, aliases: Entity['aliases'], extra: Partial<Entity> = {}): Entity {
  return {
    id,
    name: id,
    type: 'concept',
    aliases,
    description: `The test entity ${id}.`,
    role: [{ text: 'A part in the test story.', source: 'background', cites: [TEST_SOURCE.id] }],
    facts: [],
    related: [],
    ...extra,
  };
}

export function pack(entities: Entity[], extra: Partial<Pack> = {}): Pack {
  return {
    schemaVersion: 2,
    id: 'test-story',
    asOf: '2025-10-01',
    language: 'en',
    article: { title: 'A test article', name: 'the test article', note: 'Written for the tests.' },
    sources: [TEST_SOURCE],
    stanceLabels: [{ id: 'supportive', label: 'Supportive', tone: 'positive' }],
    story: {
      title: 'A test story',
      summary: { text: 'A summary.', source: 'background', cites: [TEST_SOURCE.id] },
      background: [{ text: 'Some background.', source: 'background', cites: [TEST_SOURCE.id] }],
      impact: [{ text: 'An impact.', source: 'article' }],
      reactions: [{ actor: entities[0]!.id, stance: 'supportive', summary: 'In favour.', source: 'article' }],
      next: [{ text: 'What comes next.', source: 'article' }],
    },
    entities,
    ...extra,
  };
}

/** Every statement of a pack that says where it comes from, as the tests list them (apart from the validator's own list). */
export function statementsOf(pack: Pack): { source: string; cites?: string[] }[] {
  return [
    pack.story.summary,
    ...pack.story.background,
    ...pack.story.impact,
    ...pack.story.next,
    ...(pack.story.corrections ?? []),
    ...(pack.story.since ?? []),
    ...pack.story.reactions,
    ...pack.entities.flatMap((e) => [...e.role, ...e.facts, ...(e.stance ? [e.stance] : [])]),
  ];
}
