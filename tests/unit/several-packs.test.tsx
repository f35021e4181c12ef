import { describe, expect, it } from 'vitest';
import { EntityCard } from '../../components/EntityCard';
import { compileKnowledge } from '../../lib/knowledge/compile';
import { partsOf } from '../../lib/knowledge/lookup';
import { rankStories } from '../../lib/knowledge/stories';
import { combinePacks, readStoredPacks, storedPackProblem } from '../../lib/knowledge/stored-pack';
import { validatePack } from '../../lib/knowledge/validate';
import { findMentions } from '../../lib/knowledge/describe';
import { findCandidates } from '../../lib/match/matcher';
import { entity, pack } from './pack-fixture';
import { renderWithWords } from './words';

const thaw = pack(
  [
    entity('iran', [{ text: 'Iran' }], { type: 'country' }),
    entity('united-states', [{ text: 'United States' }, { text: 'America', ambiguous: true }], {
      type: 'country',
      role: [{ text: 'Talks with Iran.', source: 'article' }],
      facts: [{ date: '1980-04-07', text: 'Broke off relations with Iran.', source: 'background', cites: ['test-report'] }],
    }),
  ],
  { id: 'thaw' },
);
thaw.story.title = 'The thaw';

const climate = pack(
  [
    entity('paris-agreement', [{ text: 'Paris Agreement' }], { type: 'agreement', related: ['united-states'] }),
    entity('united-states', [{ text: 'United States' }, { text: 'Washington', ambiguous: true }], {
      type: 'country',
      role: [{ text: 'Leaving the agreement.', source: 'background', cites: ['test-report'] }],
      facts: [{ date: '2017-06-01', text: 'Announced it would withdraw.', source: 'background', cites: ['test-report'] }],
    }),
  ],
  { id: 'climate' },
);
climate.story.title = 'The climate accord';

describe('an entity shared by two packs', () => {
  const knowledge = compileKnowledge([thaw, climate]);
  const index = knowledge.byId.get('united-states')!;

  it('is one entity with a part in each story, and the packs pass the checks between them', () => {
    expect(validatePack(climate, { installed: [thaw] })).toMatchObject({ ok: true, shared: ['united-states'] });
    expect(knowledge.entities).toHaveLength(3);
    expect(knowledge.entities[index]!.parts.map((p) => p.pack.id)).toEqual(['thaw', 'climate']);
  });

  it('is matched as that one entity by the aliases of either pack', () => {
    const text = 'The United States and Washington';
    const found = findMentions(knowledge, ['The Paris Agreement.', text])[1]!;
    expect(found.map((m) => [m.entity, text.slice(m.start, m.end)])).toEqual([
      ['united-states', 'United States'],
      ['united-states', 'Washington'],
    ]);
  });

  it('keeps an ambiguous form when the page names any story the entity belongs to', () => {
    // "America" is the thaw pack's form; the page is about the climate story only.
    const found = findMentions(knowledge, ['The Paris Agreement was signed.', 'America said no.']);
    expect(found[1]!.map((m) => m.entity)).toEqual(['united-states']);
    expect(findMentions(knowledge, ['America said no.'])[0]).toEqual([]);
  });

  it('adds an alias both packs share once', () => {
    expect(findCandidates(knowledge, 'United States')).toHaveLength(1);
    expect(knowledge.root.next!.get('united')!.next!.get('states')!.rules).toHaveLength(1);
  });

  it('has a card that shows its part in each story, and the facts of both', () => {
    const parts = knowledge.entities[index]!.parts;
    const { container } = renderWithWords(<EntityCard entity={parts[0]!.entity} pack={parts[0]!.pack} parts={parts} maxFacts={5} />);
    // The story's name and the sources stand isolated in the interface's sentences (U+2068..U+2069).
    const sections = [...container.querySelectorAll('.bs-part')].map((s) => [s.getAttribute('data-story'), s.textContent!.replace(/[\u2068\u2069]/g, '')]);
    expect(sections).toEqual([
      ['thaw', 'In “The thaw”Talks with Iran. per the test article'],
      ['climate', 'In “The climate accord”Leaving the agreement. Test Wire, 30 Sep 2025'],
    ]);
    expect(container.querySelectorAll('.bs-facts li')).toHaveLength(2);
    expect(container.querySelector('.bs-foot')!.textContent).toMatch(/The thaw.*The climate accord/);
  });

  it('lists its parts with the story being read first', () => {
    expect(partsOf([thaw, climate], 'united-states', climate).map((p) => p.pack.id)).toEqual(['climate', 'thaw']);
    expect(partsOf([thaw, climate], 'iran').map((p) => p.pack.id)).toEqual(['thaw']);
  });
});

describe('rankStories', () => {
  it('puts first the story with the most mentions, a shared entity counting for both', () => {
    const counts = { 'united-states': 2, 'paris-agreement': 1, iran: 1 };
    expect(rankStories([thaw, climate], counts).map((s) => [s.pack.id, s.mentions, s.entities])).toEqual([
      ['thaw', 3, 2],
      ['climate', 3, 2],
    ]);
    expect(rankStories([thaw, climate], { ...counts, 'paris-agreement': 2 })[0]!.pack.id).toBe('climate');
  });

  it('keeps the packs’ order when nothing is found', () => {
    expect(rankStories([thaw, climate], {}).map((s) => s.pack.id)).toEqual(['thaw', 'climate']);
  });
});

describe('stored packs', () => {
  const record = (p: unknown, installedAt: string) => ({ installedAt, json: JSON.stringify(p) });

  it('are read in install order, and the bundled packs come first and win on the same id', () => {
    const read = readStoredPacks(new Map<string, unknown>([['climate', record(climate, '2025-02-01T00:00:00Z')], ['thaw', record(thaw, '2025-01-01T00:00:00Z')]]));
    expect(read.packs.map((p) => p.id)).toEqual(['thaw', 'climate']);
    expect(combinePacks([thaw], read.packs).map((p) => p.id)).toEqual(['thaw', 'climate']);
  });

  it('left out with a reason when damaged, never thrown on', () => {
    const damaged = JSON.parse(JSON.stringify(climate)) as { entities: { aliases: unknown }[] };
    damaged.entities[1]!.aliases = 'Washington';
    const read = readStoredPacks(
      new Map<string, unknown>([
        ['thaw', record(thaw, '2025-01-01T00:00:00Z')],
        ['climate', record(damaged, '2025-01-02T00:00:00Z')],
        ['junk', 'not a pack'],
        ['cut', { installedAt: '2025-01-02T00:00:00Z', json: '{"schemaVersion": 1, "id": "cut"' }],
        ['other', record(thaw, '2025-01-03T00:00:00Z')],
      ]),
    );
    expect(read.packs.map((p) => p.id)).toEqual(['thaw']);
    expect(read.broken).toEqual([
      { id: 'climate', reason: 'its entity number 2 is damaged' },
      { id: 'junk', reason: 'the stored value is not a pack record' },
      { id: 'cut', reason: 'its stored text is not JSON' },
      { id: 'other', reason: 'the pack inside has another id' },
    ]);
  });

  it('accept every valid pack', () => {
    expect(storedPackProblem(thaw, 'thaw')).toBeNull();
    expect(storedPackProblem(climate, 'climate')).toBeNull();
  });
});

