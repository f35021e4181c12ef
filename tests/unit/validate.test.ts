import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../data/schema';
import { MAX_PROBLEMS, formatProblems, validatePack } from '../../lib/knowledge/validate';
import { entity, pack } from './pack-fixture';

const good = () =>
  pack([
    entity('iran', [{ text: 'Iran' }, { text: 'ایران', kind: 'script', lang: 'fa' }], { related: ['tehran'] }),
    entity('tehran', [{ text: 'Tehran' }]),
  ]);

function problemsOf(value: unknown, installed: Parameters<typeof validatePack>[1] = {}) {
  const result = validatePack(value, installed);
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

  it('refuses an alias that mixes look-alike scripts in one word, and allows scripts side by side', () => {
    const broken = good();
    broken.entities[1]!.aliases.push({ text: 'Teh\u0440an' }); // a Cyrillic р
    broken.entities[1]!.aliases.push({ text: '\u0391thens' }); // a Greek Α
    const problems = problemsOf(broken);
    expect(problems.map((p) => p.path)).toEqual(['entities[1].aliases[1].text', 'entities[1].aliases[2].text']);
    expect(problems[0]!.message).toMatch(/mixes letters of more than one of the Latin, Cyrillic/);
    const fine = good();
    fine.entities[1]!.aliases.push({ text: 'Tehran Тегеран' }, { text: 'COVID-19 ایران' });
    expect(validatePack(fine)).toMatchObject({ ok: true });
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

  it('refuses text longer than its limit, and says the limit', () => {
    const broken = good();
    broken.entities[0]!.description = 'x'.repeat(LIMITS.shortText + 1);
    broken.story.summary.text = 'y'.repeat(LIMITS.longText + 1);
    const problems = problemsOf(broken);
    expect(problems).toContainEqual({ path: 'entities[0].description', message: `must be at most ${LIMITS.shortText} characters` });
    expect(problems).toContainEqual({ path: 'story.summary.text', message: `must be at most ${LIMITS.longText} characters` });
  });

  it('refuses more entities than the limit before looking at any of them', () => {
    const broken = { ...good(), entities: new Array(LIMITS.entities + 1).fill(null) };
    expect(problemsOf(broken)).toEqual([
      { path: 'entities', message: `must have at most ${LIMITS.entities} entities (this pack has ${LIMITS.entities + 1})` },
    ]);
  });

  it('refuses oversized lists inside an entity', () => {
    const broken = good();
    broken.entities[1]!.aliases = Array.from({ length: LIMITS.aliasesPerEntity + 1 }, (_, i) => ({ text: `Tehran ${i}` }));
    broken.entities[1]!.confusables = new Array(LIMITS.confusablesPerEntity + 5).fill('Tabriz');
    const problems = problemsOf(broken);
    expect(problems.map((p) => p.path)).toEqual(['entities[1].aliases', 'entities[1].confusables']);
    expect(problems[0]!.message).toBe(`must have at most ${LIMITS.aliasesPerEntity} aliases (this pack has ${LIMITS.aliasesPerEntity + 1})`);
  });

  it('refuses markup, control characters and direction overrides in any text', () => {
    const broken = good();
    broken.entities[0]!.description = 'Country <img src=x onerror=alert(1)>';
    broken.entities[1]!.aliases[0]!.text = 'Teh\u202eran';
    broken.story.title = 'A title\u0007';
    const problems = problemsOf(broken);
    const plain = 'must be plain text: no markup (<…>), control or invisible characters, or direction overrides';
    expect(problems).toEqual(
      expect.arrayContaining([
        { path: 'entities[0].description', message: plain },
        { path: 'entities[1].aliases[0].text', message: plain },
        { path: 'story.title', message: plain },
      ]),
    );
  });

  it('refuses invisible and format characters and impossible dates, each at its path', () => {
    const invisible = ['\u061c', '\u200b', '\u2028', '\ufff9', '\u{e0041}', '\u3164', '\ufeff'];
    for (const mark of invisible) {
      const broken = good();
      broken.entities[1]!.description = `Capital${mark} of Iran.`;
      expect(problemsOf(broken).map((p) => p.path)).toEqual(['entities[1].description']);
    }
    const broken = good();
    broken.entities[0]!.facts = [{ date: '2015-02-31', text: 'No such day.', source: 'background', cites: ['test-report'] }];
    expect(problemsOf(broken)).toEqual([{ path: 'entities[0].facts[0].date', message: 'is a day its month does not have' }]);
  });

  it('allows the marks that other scripts need, and a bare angle bracket in prose', () => {
    const fine = good();
    fine.entities[0]!.aliases.push({ text: 'حزب\u200cالله', kind: 'script', lang: 'fa' });
    fine.entities[0]!.description = 'Enrichment went from < 5% to 60% \u200f(per the agency)';
    expect(validatePack(fine)).toMatchObject({ ok: true });
  });

  it('stops after a hundred problems and says how many more there are', () => {
    const broken = good();
    broken.entities = Array.from({ length: 300 }, (_, i) => ({ ...entity(`e-${i}`, [{ text: `E ${i}` }]), type: 'planet' as never }));
    const problems = problemsOf(broken);
    expect(problems).toHaveLength(MAX_PROBLEMS + 1);
    expect(problems.at(-1)).toEqual({ path: '', message: `stopped after ${MAX_PROBLEMS} problems; fix these and check again for more` });
  });
});

describe('validatePack against installed packs', () => {
  const installed = () =>
    pack(
      [
        entity('european-union', [{ text: 'European Union' }, { text: 'EU', caseSensitive: true, kind: 'abbreviation' }], {
          type: 'organization',
        }),
        entity('iran', [{ text: 'Iran' }]),
      ],
      { id: 'first-story' },
    );

  it('refuses a pack with an id already installed unless it is a higher revision, which replaces it', () => {
    const installedOne = pack([entity('x', [{ text: 'Xylo' }])], { revision: 2 });
    expect(problemsOf(good(), { installed: [installedOne] })).toContainEqual({
      path: 'revision',
      message: '“A test story” is already installed at revision 2, and this pack is revision 1: only a higher revision replaces it',
    });
    expect(problemsOf({ ...good(), revision: 2 }, { installed: [installedOne] })[0]!.path).toBe('revision');
    // A higher revision replaces it: the old revision's names are no one else's to shadow.
    const newer = { ...good(), revision: 3, updated: '2026-12-06' };
    expect(validatePack(newer, { installed: [pack([entity('iran', [{ text: 'Iran' }])], { revision: 2 })] })).toMatchObject({ ok: true });
    // The highest revision installed is the one to beat, whatever the order.
    expect(problemsOf(newer, { installed: [pack([entity('x', [{ text: 'Xylo' }])]), pack([entity('y', [{ text: 'Yew' }])], { revision: 5 })] })[0]!.path).toBe('revision');
  });

  it('takes a revision as a whole number from 1 and an update as a day', () => {
    expect(problemsOf({ ...good(), revision: 0 })).toContainEqual({ path: 'revision', message: 'must be 1 or more' });
    expect(problemsOf({ ...good(), revision: 1.5 })).toContainEqual({ path: 'revision', message: 'must be a whole number' });
    expect(problemsOf({ ...good(), updated: '2026-02-30' })[0]!.path).toBe('updated');
  });

  it('refuses an alias that would shadow another pack’s entity, compared as the matcher sees it', () => {
    const newer = pack([entity('eu-bloc', [{ text: 'European union' }, { text: 'Brussels' }])], { id: 'second-story' });
    expect(problemsOf(newer, { installed: [installed()] })).toEqual([
      {
        path: 'entities[0].aliases[0].text',
        message:
          'alias "European union" would shadow "european-union" of the installed pack “A test story”; use that entity\'s id to share it, or another form',
      },
    ]);
  });

  it('accepts an entity shared by id, with the same aliases, and reports it as shared', () => {
    const newer = pack(
      [
        entity('paris-agreement', [{ text: 'Paris Agreement' }], { type: 'agreement', related: ['european-union'] }),
        entity('european-union', [{ text: 'EU', caseSensitive: true, kind: 'abbreviation' }, { text: 'Brussels' }], { type: 'organization' }),
      ],
      { id: 'second-story' },
    );
    expect(validatePack(newer, { installed: [installed()] })).toMatchObject({ ok: true, shared: ['european-union'] });
  });

  it('refuses a shared id that names a different kind of thing', () => {
    const newer = pack([entity('iran', [{ text: 'Iran' }], { type: 'person' })], { id: 'second-story' });
    expect(problemsOf(newer, { installed: [installed()] })).toEqual([
      {
        path: 'entities[0].type',
        message: '"iran" is a concept in “A test story”; an id shared between packs names the same entity, so it must have the same type',
      },
    ]);
  });
});

describe('sources, citations, dates and periods', () => {
  it('requires every background statement to cite a listed source, and names each by its path', () => {
    const broken = good();
    delete broken.story.background[0]!.cites;
    broken.entities[0]!.facts = [{ date: '1979', text: 'A revolution.', source: 'background', cites: ['nowhere'] }];
    expect(problemsOf(broken)).toEqual([
      { path: 'story.background[0].cites', message: "a background statement must cite at least one of the pack's sources" },
      { path: 'entities[0].facts[0].cites[0]', message: 'unknown source id "nowhere"' },
    ]);
  });

  it('lets what the article claims go uncited', () => {
    const p = good();
    p.entities[0]!.role = [{ text: 'Named by the article.', source: 'article' }];
    expect(validatePack(p)).toMatchObject({ ok: true, upgradedFrom: null });
  });

  it('refuses a source listed twice, dated after the pack, or with an address that is not https', () => {
    const broken = good();
    broken.sources.push({ ...broken.sources[0]!, date: '2026-01-01', url: 'http://example.org/x' });
    expect(problemsOf(broken).map((p) => `${p.path}: ${p.message}`)).toEqual([
      'sources[1].url: must be an https address',
    ]);
    broken.sources[1]!.url = 'https://example.org/x';
    expect(problemsOf(broken).map((p) => `${p.path}: ${p.message}`)).toEqual([
      'sources[1].id: duplicate source id "test-report"',
      "sources[1].date: is after the pack's date (asOf 2025-10-01)",
    ]);
  });

  it('refuses facts dated after the pack or out of order, and events since the article dated before it', () => {
    const broken = good();
    const fact = (date: string) => ({ date, text: `On ${date}.`, source: 'background' as const, cites: ['test-report'] });
    broken.entities[0]!.facts = [fact('2020'), fact('2019-05'), fact('2025-11')];
    broken.article.date = '2025-02-14';
    broken.story.since = [fact('2025-01')];
    expect(problemsOf(broken).map((p) => `${p.path}: ${p.message}`)).toEqual([
      'entities[0].facts[1].date: is before the item above it (2020); list them oldest first',
      "entities[0].facts[2].date: is after the pack's date (asOf 2025-10-01)",
      "story.since[0].date: is before the article's date (2025-02-14)",
    ]);
  });

  it('lets several entities hold one form only in periods that do not overlap', () => {
    const p = good();
    p.entities[0]!.aliases.push({ text: 'the Leader', kind: 'title', until: '2026-03-08' });
    p.entities[1]!.aliases.push({ text: 'the Leader', kind: 'title', from: '2026-03-09' });
    expect(validatePack(p)).toMatchObject({ ok: true });
    p.entities[1]!.aliases.at(-1)!.from = '2026-03-08';
    expect(problemsOf(p)).toEqual([
      {
        path: 'entities[1].aliases[1].text',
        message: 'alias "the Leader" is valid from 2026-03-08, which overlaps its period until 2026-03-08 (already an alias of "iran")',
      },
    ]);
    p.entities[1]!.aliases.at(-1)!.from = '2027-01-01';
    p.entities[1]!.aliases.at(-1)!.until = '2026-12-31';
    expect(problemsOf(p)[0]).toEqual({ path: 'entities[1].aliases[1].until', message: 'is before its "from" (2027-01-01)' });
  });

  it('checks periods between packs too: a form held in turn may pass from one pack’s entity to another’s', () => {
    const installed = good();
    installed.entities[0]!.aliases.push({ text: 'the Leader', kind: 'title', until: '2026-03-08' });
    const next = pack([entity('successor', [{ text: 'the Leader', kind: 'title', from: '2026-03-09' }])], { id: 'next' });
    expect(validatePack(next, { installed: [installed] })).toMatchObject({ ok: true });
    next.entities[0]!.aliases[0]!.from = '2026-01-01';
    expect(problemsOf(next, { installed: [installed] })[0]!.message).toMatch(/would shadow "iran"/);
  });

  it('refuses anchors that name no entity of the pack', () => {
    const broken = good();
    broken.story.anchors = ['iran', 'atlantis'];
    expect(problemsOf(broken)).toEqual([{ path: 'story.anchors[1]', message: 'unknown entity id "atlantis"' }]);
  });

  it('accepts a pack of format version 1 as it was, without citations, and upgrades it', () => {
    const v1 = JSON.parse(JSON.stringify(good())) as Record<string, any>;
    v1.schemaVersion = 1;
    delete v1.sources;
    delete v1.article.name;
    for (const e of v1.entities) e.role = { text: e.role[0].text, source: 'background' };
    delete v1.story.background[0].cites;
    delete v1.story.summary.cites;
    const result = validatePack(v1);
    expect(result).toMatchObject({ ok: true, upgradedFrom: 1 });
    if (!result.ok) return;
    // It keeps its version, so that reading it again (from storage, from a backup) judges it the same.
    expect(result.pack.schemaVersion).toBe(1);
    expect(validatePack(result.pack)).toMatchObject({ ok: true, upgradedFrom: 1 });
    expect(result.pack.sources).toEqual([]);
    expect(result.pack.article.name).toBe('A test article');
    expect(result.pack.entities[0]!.role).toEqual([{ text: 'A part in the test story.', source: 'background' }]);
  });
});

describe('forms that would mark every page', () => {
  const withAlias = (alias: Parameters<typeof entity>[1][number]) => {
    const p = good();
    p.entities[1]!.aliases.push(alias);
    return p;
  };

  it('refuses a common word or a single letter, saying why and where', () => {
    for (const text of ['the', 'a', 'I', 'of', 'said', 'The', 'x']) {
      const problems = problemsOf(withAlias({ text }));
      expect(problems).toHaveLength(1);
      expect(problems[0]!.path).toBe('entities[1].aliases[1].text');
      expect(problems[0]!.message).toMatch(/would mark nearly every page; mark it "ambiguous"/);
    }
  });

  it('takes them when the pack marks them ambiguous, and capitals that only match as capitals', () => {
    expect(validatePack(withAlias({ text: 'said', ambiguous: true }))).toMatchObject({ ok: true });
    expect(validatePack(withAlias({ text: 'US', caseSensitive: true }))).toMatchObject({ ok: true });
    expect(validatePack(withAlias({ text: 'Tehran Times' }))).toMatchObject({ ok: true });
  });
});
