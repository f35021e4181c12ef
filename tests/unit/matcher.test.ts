import { describe, expect, it } from 'vitest';
import { bundledPacks } from '../../data';
import { compileKnowledge } from '../../lib/knowledge/compile';
import { WINDOW_CHARS } from '../../lib/match/batch';
import { anyStandsAlone, findCandidates, findCandidatesInTexts, findMentions } from '../../lib/match/matcher';
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

  it('lets a confusable swallow the near miss', () => {
    expect(found('Ricky Rubio had 12 assists; Iraq is not Iran')).toEqual([['iran', 'Iran', 'name']]);
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
    findMentions(small, passages).map((list) => list.map((m) => small.entities[m.entity]!.entity.id));

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

describe('anyStandsAlone: whether a batch holds a mention kept whatever else the page holds', () => {
  const stands = (texts: string[]) => anyStandsAlone(small, texts, findCandidatesInTexts(small, texts));

  it('is true for a sure name, or an ambiguous one beside a related name in its passage', () => {
    expect(stands(['Nothing here.', 'Marco Rubio spoke.'])).toBe(true);
    expect(stands(['Rubio spoke about Iran.'])).toBe(true);
  });

  it('is false for words that stand only beside a sure mention elsewhere, and for nothing at all', () => {
    expect(stands(['Rubio scored twelve points.', 'Rubio again.'])).toBe(false);
    expect(stands(['Nothing here.'])).toBe(false);
    const bundled = compileKnowledge(bundledPacks());
    const texts = ['Khameini later added more.']; // a misspelling as near to two names
    expect(anyStandsAlone(bundled, texts, findCandidatesInTexts(bundled, texts))).toBe(false);
  });

  it('counts any candidate of a text as long as a window, whose support may be in the next window', () => {
    const long = `Rubio spoke. ${'and then '.repeat(WINDOW_CHARS / 9)}`;
    expect(long.length).toBeGreaterThanOrEqual(WINDOW_CHARS);
    expect(stands([long])).toBe(true);
  });

  it('judges every window of one passage together, as the page will, when the batch holds them all', () => {
    const filler = 'and then '.repeat(WINDOW_CHARS / 9);
    const windows = (first: string, second: string) => {
      const texts = [`${first} ${filler}`, second];
      return { texts, found: findCandidatesInTexts(small, texts) };
    };
    // An ambiguous word whose related name is in the passage's other window: it stands.
    const related = windows('Iran said no.', 'Rubio spoke.');
    expect(anyStandsAlone(small, related.texts, related.found, true)).toBe(true);
    expect(findMentions(small, [related.texts.join('')])[0]!.map((m) => small.entities[m.entity]!.entity.id)).toContain('rubio');
    // Nothing related anywhere in the passage: it does not. Without all the windows, a
    // window-long text's candidate still counts (its support may be in a window not sent).
    const alone = windows('Rubio scored twelve points.', 'Nothing here.');
    expect(anyStandsAlone(small, alone.texts, alone.found, true)).toBe(false);
    expect(findMentions(small, [alone.texts.join('')])[0]).toEqual([]);
    expect(anyStandsAlone(small, alone.texts, alone.found, false)).toBe(true);
  });

  it('is never false for a page whose mentions would be kept', () => {
    const sentences = ['Rubio scored.', 'Marco Rubio spoke.', 'Rubio spoke about Iran.', 'Nothing here.', 'Khamenei answered.', 'Rubio again.'];
    for (let subset = 1; subset < 1 << sentences.length; subset++) {
      const page = sentences.filter((_, i) => subset & (1 << i));
      const kept = findMentions(small, page).some((list) => list.length > 0);
      if (kept) expect(stands(page), page.join(' ')).toBe(true);
    }
  });
});

describe('the bundled story', () => {
  const knowledge = compileKnowledge(bundledPacks());
  const idsIn = (text: string) => findMentions(knowledge, [text])[0]!.map((m) => knowledge.entities[m.entity]!.entity.id);

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
      findMentions(knowledge, passages).flatMap((list) => list.map((m) => knowledge.entities[m.entity]!.entity.id));
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
