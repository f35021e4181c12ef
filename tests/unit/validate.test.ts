import { describe, expect, it } from 'vitest';
import { formatProblems, validatePack } from '../../lib/knowledge/validate';
import { entity, pack } from './pack-fixture';

const good = () =>
  pack([
    entity('iran', [{ text: 'Iran' }, { text: 'ایران', kind: 'script', lang: 'fa' }], { related: ['tehran'] }),
    entity('tehran', [{ text: 'Tehran' }]),
  ]);

function problemsOf(value: unknown) {
  const result = validatePack(value);
  if (result.ok) throw new Error('expected the pack to be refused');
  return result.problems;
}

describe('validatePack', () => {
  it('accepts a well-formed pack', () => {
    expect(validatePack(good())).toMatchObject({ ok: true });
  });

  it('names a missing field by its path', () => {
    const broken = good() as unknown as { entities: Record<string, unknown>[] };
    delete broken.entities[1]!.description;
    expect(problemsOf(broken)).toContainEqual({ path: 'entities[1].description', message: 'is required' });
  });

  it('names a wrong type by its path and says what was expected', () => {
    const broken = good() as unknown as { entities: Record<string, unknown>[] };
    broken.entities[0]!.aliases = 'Iran';
    expect(problemsOf(broken)).toContainEqual({ path: 'entities[0].aliases', message: 'must be a list, not "Iran"' });
  });

  it('refuses an unknown entity type and unknown fields', () => {
    const broken = good() as unknown as { entities: Record<string, unknown>[] };
    broken.entities[0]!.type = 'planet';
    broken.entities[1]!.colour = 'red';
    const problems = problemsOf(broken);
    expect(problems.map((p) => p.path)).toEqual(expect.arrayContaining(['entities[0].type', 'entities[1].colour']));
    expect(problems.find((p) => p.path === 'entities[0].type')!.message).toMatch(/must be one of: person/);
  });

  it('refuses duplicate ids', () => {
    const broken = good();
    broken.entities[1]!.id = 'iran';
    broken.entities[0]!.related = [];
    expect(problemsOf(broken)).toContainEqual({
      path: 'entities[1].id',
      message: 'duplicate id "iran" (also entities[0])',
    });
  });

  it('refuses aliases that collide once folded, across and within entities', () => {
    const broken = good();
    broken.entities[1]!.aliases.push({ text: 'IRAN' });
    broken.entities[0]!.aliases.push({ text: 'Irán' });
    const problems = problemsOf(broken);
    expect(problems).toContainEqual({
      path: 'entities[1].aliases[1].text',
      message: 'duplicate alias "IRAN" (already an alias of "iran")',
    });
    expect(problems).toContainEqual({
      path: 'entities[0].aliases[2].text',
      message: 'duplicate alias "Irán" (already listed for this entity)',
    });
  });

  it('refuses an alias whose words the matcher could never join', () => {
    const broken = good();
    broken.entities[1]!.aliases.push({ text: 'Tehran --- city' });
    expect(problemsOf(broken)).toContainEqual({
      path: 'entities[1].aliases[1].text',
      message: 'has more than two marks between two of its words, so it can never match',
    });
  });

  it('refuses references to entities and stance labels that do not exist', () => {
    const broken = good();
    broken.entities[0]!.related = ['tehran', 'isfahan'];
    broken.entities[1]!.stance = { label: 'furious', summary: 'Very.', source: 'article' };
    broken.story.reactions[0]!.actor = 'atlantis';
    const problems = problemsOf(broken);
    expect(problems).toContainEqual({ path: 'entities[0].related[1]', message: 'unknown entity id "isfahan"' });
    expect(problems).toContainEqual({ path: 'entities[1].stance.label', message: 'unknown stance label "furious"' });
    expect(problems).toContainEqual({ path: 'story.reactions[0].actor', message: 'unknown entity id "atlantis"' });
  });

  it('refuses badly formed dates, ids and empty text', () => {
    const broken = good();
    broken.asOf = '1 October 2025';
    broken.entities[0]!.facts = [{ date: '2015-13', text: 'A fact.', source: 'background' }];
    broken.entities[1]!.name = '   ';
    const problems = problemsOf({ ...broken, id: 'Not An Id' });
    expect(problems.map((p) => p.path)).toEqual(
      expect.arrayContaining(['id', 'asOf', 'entities[0].facts[0].date', 'entities[1].name']),
    );
  });

  it('refuses something that is not a pack at all', () => {
    expect(problemsOf(null)).toEqual([{ path: '', message: 'must be an object, not null' }]);
    expect(problemsOf([])[0]!.message).toMatch(/must be an object/);
  });

  it('formats problems one per line with their paths', () => {
    expect(
      formatProblems([
        { path: 'entities[0].id', message: 'is required' },
        { path: '', message: 'must be an object, not null' },
      ]),
    ).toBe('entities[0].id: is required\n(pack): must be an object, not null');
  });
});
