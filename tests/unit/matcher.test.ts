import { describe, expect, it } from 'vitest';
import { bundledPacks } from '../../data';
import { compileKnowledge } from '../../lib/knowledge/compile';
import { findMentions } from '../../lib/knowledge/describe';
import { findCandidates } from '../../lib/match/matcher';
import { entity, pack } from './pack-fixture';

const small = compileKnowledge([
  pack([
    entity('iran', [{ text: 'Iran' }, { text: 'Islamic Republic of Iran' }, { text: 'ایران', kind: 'script', lang: 'fa' }], {
      confusables: ['Iraq'],
      related: ['rubio'],
    }),
    entity('united-states', [
      { text: 'United States' },
      { text: 'US', caseSensitive: true, kind: 'abbreviation' },
      { text: 'U.S.', caseSensitive: true, kind: 'abbreviation' },
    ]),
    entity('rubio', [{ text: 'Marco Rubio' }, { text: 'Rubio', kind: 'short', ambiguous: true }], {
      confusables: ['Ricky Rubio'],
    }),
    entity('khamenei', [{ text: 'Ali Khamenei' }, { text: 'Khamenei', kind: 'short' }]),
  ]),
]);

function found(text: string) {
  return findCandidates(small, text).map((m) => [small.entities[m.entity]!.entity.id, text.slice(m.start, m.end), m.how]);
}

describe('findCandidates', () => {
  it('finds aliases in any case unless the alias is case-sensitive', () => {
    expect(found('IRAN and iran and Iran')).toEqual([
      ['iran', 'IRAN', 'name'],
      ['iran', 'iran', 'name'],
      ['iran', 'Iran', 'name'],
    ]);
    expect(found('let us know what the US and the U.S. think')).toEqual([
      ['united-states', 'US', 'abbreviation'],
      ['united-states', 'U.S.', 'abbreviation'],
    ]);
  });

  it('accepts a case-sensitive alias written in capitals only when it is all capitals already', () => {
    expect(found('Us and u.s. are not it')).toEqual([]);
  });

  it('prefers the longest alias and never overlaps', () => {
    expect(found('the Islamic Republic of Iran said')).toEqual([['iran', 'Islamic Republic of Iran', 'name']]);
    expect(found('Ayatollah Ali Khamenei')).toEqual([['khamenei', 'Ali Khamenei', 'name']]);
  });

  it('lets a confusable rule out its entity as one holder of a form held in turn, and the other holder still counts', () => {
    const held = compileKnowledge([
      pack([
        entity('ali', [{ text: 'Ali Khamenei' }, { text: 'Khamenei', kind: 'short', until: '2026-03-08' }]),
        entity('mojtaba', [{ text: 'Mojtaba Khamenei' }, { text: 'Khamenei', kind: 'short', from: '2026-03-09' }], { confusables: ['Masoud Khamenei'] }),
      ]),
    ]);
    const text = 'Masoud Khamenei spoke.';
    const [m] = findCandidates(held, text);
    // Only Ali is left to hold the form there: Masoud Khamenei is not Mojtaba.
    expect(held.entities[m!.entity]!.entity.id).toBe('ali');
    expect(m!.rivals ?? []).toEqual([]);
    expect(findCandidates(held, 'Khamenei spoke.')[0]!.rivals).toHaveLength(1);
  });

  it('lets a confusable swallow the near miss, and only its own entity’s names', () => {
    expect(found('Ricky Rubio had 12 assists; Iraq is not Iran')).toEqual([['iran', 'Iran', 'name']]);
    // A confusable says its words are not its entity; another pack's confusable cannot silence Iran.
    const other = pack([entity('weather', [{ text: 'Weather report' }], { confusables: ['Iran said', 'Marco Rubio said'] })], { id: 'weather' });
    const both = compileKnowledge([...small.packs, other]);
    const text = 'Iran said no. Marco Rubio said yes. Ricky Rubio said nothing.';
    const ids = findCandidates(both, text).map((m) => [both.entities[m.entity]!.entity.id, text.slice(m.start, m.end)]);
    expect(ids).toEqual([
      ['iran', 'Iran'],
      ['rubio', 'Marco Rubio'],
    ]);
  });

  it('marks possessives without their ending', () => {
    expect(found('Khamenei’s view and Iran\'s')).toEqual([
      ['khamenei', 'Khamenei', 'possessive'],
      ['iran', 'Iran', 'possessive'],
    ]);
  });

  it('joins a name only across spaces, not punctuation or line-break markers of another block', () => {
    expect(found('Ali, Khamenei')).toEqual([['khamenei', 'Khamenei', 'short']]);
    expect(found('Ali\u00a0Khamenei')).toEqual([['khamenei', 'Ali\u00a0Khamenei', 'name']]);
  });

  it('finds forms in other scripts, whatever the letter variant', () => {
    expect(found('خبر از ایران')).toEqual([['iran', 'ایران', 'script']]);
    expect(found('خبر از ايران')).toEqual([['iran', 'ايران', 'script']]);
  });

  it('does not find aliases inside longer words', () => {
    expect(found('Iranian Irani Khameneism')).toEqual([]);
  });
});

describe('findMentions: ambiguous words', () => {
  const ids = (passages: string[]) =>
    findMentions(small, passages).map((list) => list.map((m) => m.entity));

  it('drops a surname alone on a page about something else', () => {
    expect(ids(['Rubio scored twelve points in the second half.'])).toEqual([[]]);
  });

  it('keeps it when the page names the entity in full', () => {
    expect(ids(['Marco Rubio spoke.', 'Later, Rubio added more.'])).toEqual([['rubio'], ['rubio']]);
  });

  it('keeps it when its passage names a related entity', () => {
    expect(ids(['Rubio spoke about Iran.'])).toEqual([['rubio', 'iran']]);
  });
});

describe('the bundled story', () => {
  const knowledge = compileKnowledge(bundledPacks());
  const idsIn = (text: string) => findMentions(knowledge, [text])[0]!.map((m) => m.entity);

  it('finds the seed article’s main names', () => {
    const ids = idsIn(
      'US Secretary of State Marco Rubio said Trump would prefer a deal with Iran, even talks with Ayatollah Ali Khamenei, after the 2015 Joint Comprehensive Plan of Action (JCPOA).',
    );
    expect(ids).toEqual(expect.arrayContaining(['marco-rubio', 'donald-trump', 'iran', 'ali-khamenei', 'jcpoa']));
  });

  it('does not confuse Khomeini with Khamenei, or Iraq with Iran', () => {
    const ids = idsIn('Khomeini returned in 1979; Iraq invaded in 1980.');
    expect(ids).not.toContain('ali-khamenei');
    expect(ids).not.toContain('iran');
  });
});

describe('fuzzy matching of long names', () => {
  const knowledge = compileKnowledge(bundledPacks());
  const matches = (text: string) =>
    findCandidates(knowledge, text).map((m) => [knowledge.entities[m.entity]!.entity.id, text.slice(m.start, m.end), m.how]);

  it('catches misspellings and transliterations of long names', () => {
    expect(matches('Khamenie spoke')).toEqual([['ali-khamenei', 'Khamenie', 'fuzzy']]);
    expect(matches('Hezbolah fighters')).toEqual([['hezbollah', 'Hezbolah', 'fuzzy']]);
    expect(matches('Pezeshkyan said')).toEqual([['masoud-pezeshkian', 'Pezeshkyan', 'fuzzy']]);
  });

  it('lets the document decide between two names a misspelling is equally near', () => {
    const settled = (passages: string[]) =>
      findMentions(knowledge, passages).flatMap((list) => list.map((m) => m.entity));
    expect(settled(['Ali Khamenei spoke.', 'Khameini later added more.'])).toEqual(['ali-khamenei', 'ali-khamenei']);
    expect(settled(['Ruhollah Khomeini returned.', 'Khameini later added more.'])).toEqual([
      'ruhollah-khomeini',
      'ruhollah-khomeini',
    ]);
    expect(settled(['Khameini later added more.'])).toEqual([]);
  });

  it('never takes a near miss, a derived word or a lower-case word', () => {
    // Iraq is a country of its own in the pack: never Iran.
    expect(matches('Rubin and Iraq and Persian rugs and Tehrani')).toEqual([['iraq', 'Iraq', 'name']]);
    expect(matches('a khamenie')).toEqual([]);
  });

  it('can be turned off', () => {
    expect(findCandidates(knowledge, 'Khamenie spoke', { fuzzy: false })).toEqual([]);
  });
});

describe('names written with punctuation', () => {
  const knowledge = compileKnowledge(bundledPacks());
  const matches = (text: string) =>
    findCandidates(knowledge, text).map((m) => [knowledge.entities[m.entity]!.entity.id, text.slice(m.start, m.end)]);

  it('matches the punctuation the alias has, and a space for its hyphen', () => {
    expect(matches('Donald J. Trump said')).toEqual([['donald-trump', 'Donald J. Trump']]);
    expect(matches('Badr al-Busaidi and Badr al Busaidi')).toEqual([
      ['badr-albusaidi', 'Badr al-Busaidi'],
      ['badr-albusaidi', 'Badr al Busaidi'],
    ]);
  });

  it('does not join words across other punctuation', () => {
    expect(matches('Donald, J. Trump')).not.toContainEqual(['donald-trump', 'Donald, J. Trump']);
  });
});

describe('Persian joiners', () => {
  const knowledge = compileKnowledge(bundledPacks());
  const ids = (text: string) => findCandidates(knowledge, text).map((m) => knowledge.entities[m.entity]!.entity.id);

  it('matches a name written with a zero-width non-joiner, a space or nothing', () => {
    expect(ids('سخنان خامنه‌ای')).toEqual(['ali-khamenei']);
    expect(ids('سخنان خامنه ای')).toEqual(['ali-khamenei']);
    expect(ids('سخنان خامنهای')).toEqual(['ali-khamenei']);
  });
});
