/**
 * What a reader knows and the matcher now does too: a title changes hands over time, a surname
 * two holders share goes to the one the page names, only what is distinctive of a story makes a
 * page about it, and words inside a web address are not mentions. Written against a small pack
 * of the tests' own, so the rules are tested apart from the story's data.
 */
import { describe, expect, it } from 'vitest';
import { compileKnowledge } from '../../lib/knowledge/compile';
import { findMentions } from '../../lib/knowledge/describe';
import { findCandidates } from '../../lib/match/matcher';
import { entity, pack } from './pack-fixture';

const story = pack(
  [
    entity('iran', [{ text: 'Iran' }, { text: 'Islamic Republic', ambiguous: true, needsStory: true }], { type: 'country' }),
    entity('father', [
      { text: 'Ali Khamenei' },
      { text: 'Khamenei', kind: 'short', until: '2026-03-08' },
      { text: "Iran's supreme leader", kind: 'title', from: '1989-06-04', until: '2026-03-08' },
    ]),
    entity('son', [
      { text: 'Mojtaba Khamenei' },
      { text: 'Khamenei', kind: 'short', from: '2026-03-09' },
      { text: "Iran's supreme leader", kind: 'title', from: '2026-03-09' },
    ]),
    entity('united-states', [{ text: 'United States' }, { text: 'US', caseSensitive: true, kind: 'abbreviation' }], {
      type: 'country',
      related: ['sanctions', 'nuclear-program'],
    }),
    entity('sanctions', [{ text: 'Iran sanctions' }, { text: 'sanctions', ambiguous: true, needsStory: true }], {
      type: 'policy',
      related: ['nuclear-program'],
    }),
    entity('nuclear-program', [{ text: "Iran's nuclear program" }, { text: 'nuclear program', ambiguous: true, needsStory: true }]),
    entity('trump', [{ text: 'Donald Trump' }, { text: 'US president', kind: 'title', from: '2025-01-20' }], { type: 'person' }),
    entity('rubio', [{ text: 'Marco Rubio' }, { text: 'Rubio', kind: 'short', ambiguous: true }], { type: 'person', related: ['united-states'] }),
    entity('zarif', [{ text: 'Zarif', kind: 'short', ambiguous: true }], { type: 'person', related: ['kerry'] }),
    entity('kerry', [{ text: 'Kerry', kind: 'short', ambiguous: true }], { type: 'person', related: ['zarif'] }),
  ],
  { id: 'thaw' },
);
story.story.anchors = ['iran', 'father', 'son', 'sanctions', 'nuclear-program', 'zarif'];
const knowledge = compileKnowledge([story]);

/** The mentions of a document of the day `day`, as [entity id, words, how decided]. */
function marked(passages: string[], day: string) {
  return findMentions(knowledge, passages, {}, day).flatMap((list, i) =>
    list.map((m) => [m.entity, passages[i]!.slice(m.start, m.end), m.decided ?? '']),
  );
}

describe('a title that changes hands', () => {
  it('names the holder on the page’s day', () => {
    expect(marked(["Iran's supreme leader spoke on television."], '2026-05-12')).toEqual([['son', "Iran's supreme leader", 'date']]);
    expect(marked(["Iran's supreme leader spoke on television."], '2019-06-20')).toEqual([['father', "Iran's supreme leader", 'date']]);
  });

  it('names nobody on a day no holder in the pack held it', () => {
    expect(marked(["Iran's supreme leader spoke on television."], '1985-01-01')).toEqual([]);
  });

  it('gives way to its holder’s name written beside it, read as a reader links it: the country, then the name', () => {
    expect(marked(["Iran's supreme leader Ali Khamenei spoke in 2020."], '2026-05-12')).toEqual([
      ['iran', 'Iran', ''],
      ['father', 'Ali Khamenei', ''],
    ]);
    expect(marked(["Mojtaba Khamenei, Iran's supreme leader, spoke."], '2019-01-01')).toEqual([
      ['son', 'Mojtaba Khamenei', ''],
      ['iran', 'Iran', ''],
    ]);
  });

  it('names no one when the words before it say it is no one in particular, or not the holder of the day', () => {
    expect(marked(['The US president spoke.'], '2026-05-12')).toEqual([['trump', 'US president', 'date']]);
    for (const text of ['No sitting US president has met him.', 'A former US president spoke.', 'The next US president will decide.']) {
      expect(marked([text], '2026-05-12')).toEqual([['united-states', 'US', '']]);
    }
  });

  it('is not decided by a full name elsewhere on the page: a title goes by the date', () => {
    expect(marked(['Ali Khamenei was killed on 28 February.', "Iran's supreme leader vowed revenge."], '2026-05-12')[1]).toEqual([
      'son',
      "Iran's supreme leader",
      'date',
    ]);
  });
});

describe('a surname two holders share', () => {
  it('goes to the one the passage names in full', () => {
    expect(marked(['Ali Khamenei ruled for 36 years. Khamenei was killed in February.'], '2026-05-12')[1]).toEqual(['father', 'Khamenei', 'name']);
  });

  it('goes to the one the page names when its passage names neither', () => {
    expect(marked(['Mojtaba Khamenei was chosen in March.', 'Khamenei has not been seen since.'], '2025-01-01')[1]).toEqual([
      'son',
      'Khamenei',
      'name',
    ]);
  });

  it('goes by the date when the page names both or neither', () => {
    expect(marked(['Khamenei spoke.'], '2025-01-01')).toEqual([['father', 'Khamenei', 'date']]);
    expect(marked(['Khamenei spoke.'], '2026-05-01')).toEqual([['son', 'Khamenei', 'date']]);
    expect(marked(['Ali Khamenei and Mojtaba Khamenei.', 'Khamenei spoke.'], '2026-05-01')[2]).toEqual(['son', 'Khamenei', 'date']);
  });

});

describe('a page about the story', () => {
  it('is one that names a distinctive entity for sure, not merely the United States', () => {
    const korea = ['The United States said North Korea’s nuclear program breaks UN sanctions.'];
    expect(marked(korea, '2026-05-01')).toEqual([['united-states', 'United States', '']]);
    const iran = ['Iran said the United States must lift sanctions before its nuclear program is discussed.'];
    expect(marked(iran, '2026-05-01').map(([id]) => id)).toEqual(['iran', 'united-states', 'sanctions', 'nuclear-program']);
  });

  it('lets a form that needs the story count only there, or beside a related anchor: other neighbours cannot vouch for it, nor it for one', () => {
    expect(marked(['US sanctions on the nuclear program.'], '2026-05-01')).toEqual([['united-states', 'US', '']]);
    expect(marked(['The Islamic Republic of Pakistan.'], '2026-05-01')).toEqual([]);
    // Zarif is an anchor of the story: his name vouches for the story's generic words beside it.
    const story2 = compileKnowledge([
      pack(
        [
          entity('zarif', [{ text: 'Zarif', ambiguous: true }], { related: ['deal', 'kerry'] }),
          entity('kerry', [{ text: 'Kerry', ambiguous: true }], { related: ['deal', 'zarif'] }),
          entity('deal', [{ text: 'nuclear deal', needsStory: true }]),
        ],
        { story: { ...story.story, anchors: ['zarif', 'deal'] } },
      ),
    ]);
    const ids = (text: string) => findMentions(story2, [text], {}, '2016-01-01')[0]!.map((m) => m.entity);
    expect(ids('Kerry and Zarif finished the nuclear deal.')).toEqual(['kerry', 'zarif', 'deal']);
    expect(ids('Kerry finished the nuclear deal.')).toEqual([]);
  });

  it('keeps an ambiguous short form of an entity the page names in full', () => {
    expect(marked(['Marco Rubio spoke on Monday.', 'Rubio said the talks would go on.'], '2026-05-01').map(([id, words]) => `${id}|${words}`)).toEqual([
      'rubio|Marco Rubio',
      'rubio|Rubio',
    ]);
  });

  it('still lets ambiguous names vouch for each other in one passage', () => {
    expect(marked(['Kerry and Zarif met again.'], '2016-01-01').map(([id]) => id)).toEqual(['kerry', 'zarif']);
    expect(marked(['Rubio spoke for the US.'], '2026-05-01').map(([id]) => id)).toEqual(['rubio', 'united-states']);
  });

  it('holds for a pack that names no anchors: every entity of it makes a page about it', () => {
    const old = pack(story.entities, { id: 'old' });
    const all = compileKnowledge([old]);
    const found = findMentions(all, ['The United States spoke.', 'New sanctions followed.'], {}, '2026-05-01');
    expect(found[1]!.map((m) => m.entity)).toEqual(['sanctions']);
  });
});

describe('a web address printed on a page', () => {
  it('names nothing, while the text around it does', () => {
    const text = 'Read more at example.com/news/us-strikes-in-iran/ or https://example.org/iran-deal and www.iran.example about Iran.';
    expect(findCandidates(knowledge, text).map((m) => text.slice(m.start, m.end))).toEqual(['Iran']);
  });

  it('is not any text with a slash', () => {
    const text = 'US/Iran talks and the Iran/US relationship';
    expect(findCandidates(knowledge, text).map((m) => text.slice(m.start, m.end))).toEqual(['US', 'Iran', 'Iran', 'US']);
  });
});
