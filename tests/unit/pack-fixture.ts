/** A small valid pack for tests that need knowledge but not the real story's. */
import type { Entity, Pack } from '../../data/schema';

export function entity(id: string, aliases: Entity['aliases'], extra: Partial<Entity> = {}): Entity {
  return {
    id,
    name: id,
    type: 'concept',
    aliases,
    description: `The test entity ${id}.`,
    role: { text: 'A part in the test story.', source: 'background' },
    facts: [],
    related: [],
    ...extra,
  };
}

export function pack(entities: Entity[], extra: Partial<Pack> = {}): Pack {
  return {
    schemaVersion: 1,
    id: 'test-story',
    asOf: '2025-10-01',
    language: 'en',
    article: { title: 'A test article', note: 'Written for the tests.' },
    stanceLabels: [{ id: 'supportive', label: 'Supportive', tone: 'positive' }],
    story: {
      title: 'A test story',
      summary: { text: 'A summary.', source: 'background' },
      background: [{ text: 'Some background.', source: 'background' }],
      impact: [{ text: 'An impact.', source: 'article' }],
      reactions: [{ actor: entities[0]!.id, stance: 'supportive', summary: 'In favour.', source: 'article' }],
      next: [{ text: 'What comes next.', source: 'article' }],
    },
    entities,
    ...extra,
  };
}
