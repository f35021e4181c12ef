/**
 * The story's views and the popup's lists in either language: the English words the end-to-end
 * tests read are kept, Persian is said in Persian with its own digits, and a pack's text keeps
 * its own language inside either.
 */
import { describe, expect, it } from 'vitest';
import { FoundList } from '../../components/FoundList';
import { sentence, SLOTS } from '../../components/sentence';
import { SinceThisPage } from '../../components/SinceThisPage';
import { StoryChanges } from '../../components/StoryChanges';
import { StoryView } from '../../components/StoryView';
import type { StoryChanges as Changes } from '../../lib/knowledge/changes';
import { entity, pack } from './pack-fixture';
import { renderWithWords, wordsIn } from './words';

const persian = await wordsIn('fa');

/** Text as a reader sees it, without the isolates around page and pack text. */
const seen = (element: Element | null) => (element?.textContent ?? '').replace(/[\u2068\u2069]/g, '');

const iran = entity('iran', [{ text: 'Iran' }], { name: 'Iran', type: 'country' });
const withSince = pack([iran], {
  article: { title: 'A test article', name: 'the test article', note: 'Written for the tests.', date: '2025-09' },
});
withSince.story.since = [
  { date: '2025-09-20', text: 'First.', source: 'background' },
  { date: '2025-09-21', text: 'Second.', source: 'background' },
  { date: '2025-09-22', text: 'Third.', source: 'background' },
  { date: '2025-09-23', text: 'Fourth.', source: 'background' },
];

describe('what happened since the page', () => {
  it('in English, as the end-to-end tests read it', () => {
    const { container } = renderWithWords(<SinceThisPage pack={withSince} pageDate="2025-09-10" />);
    expect(seen(container.querySelector('#bs-since-title'))).toBe('Since this page was published (10 Sep 2025)');
    expect(seen(container.querySelector('.bs-more summary'))).toBe('1 more, up to 23 Sep 2025');
  });

  it('says how far the story reaches, its date in a <time>, its title in the pack’s language', () => {
    const { container } = renderWithWords(<SinceThisPage pack={withSince} pageDate="2025-09-30" />);
    const empty = container.querySelector('.bs-empty')!;
    expect(seen(empty)).toBe('Nothing newer than this page is known: “A test story” is as of 1 Oct 2025.');
    expect(empty.querySelector('time')!.getAttribute('datetime')).toBe('2025-10-01');
    expect(empty.querySelector('[lang="en"]')!.textContent).toBe('A test story');
  });

  it('in Persian, with its own digits, the date where Persian puts it', () => {
    const { container } = renderWithWords(<SinceThisPage pack={withSince} pageDate="2025-09-30" />, persian);
    const empty = container.querySelector('.bs-empty')!;
    expect(seen(empty)).toBe('خبری تازه‌تر از این صفحه در دست نیست: «A test story» تا ۱ اکتبر ۲۰۲۵ به‌روز است.');
    expect(empty.querySelector('time')!.textContent).toBe('۱ اکتبر ۲۰۲۵');
  });
});

describe('the story in Persian', () => {
  it('heads its parts in Persian and keeps an English pack’s text English, left to right', () => {
    const { container } = renderWithWords(<StoryView pack={withSince} />, persian);
    const headings = [...container.querySelectorAll('.bs-fold h2')].map((h) => h.textContent);
    expect(headings).toEqual(['پیشینه', 'آنچه پس از آن روی داد', 'آنچه در گرو است', 'واکنش‌های جهان', 'آنچه در پیش است']);
    expect(container.querySelector('.bs-asof time')!.textContent).toBe('۱ اکتبر ۲۰۲۵');
    const title = container.querySelector('#bs-story-title')!;
    expect([title.getAttribute('lang'), title.getAttribute('dir')]).toEqual(['en', 'ltr']);
    expect(container.querySelector('.bs-summary')!.getAttribute('dir')).toBe('ltr');
  });
});

describe('what a new revision changed', () => {
  const changes: Changes = {
    packId: 'test-story',
    title: 'A test story',
    from: 1,
    to: 2,
    facts: [{ entity: 'Iran', date: '2025-09-30', text: 'A new fact.' }],
    stances: [{ entity: 'Iran', from: 'Cautious', to: 'Supportive' }],
    since: [],
    names: [{ entity: 'Iran', forms: ['Persia', 'IR'], isNew: false }],
  };

  it('in English, in the words it had', () => {
    const { container } = renderWithWords(<StoryChanges changes={changes} language="en" onDismiss={() => {}} />);
    expect(seen(container.querySelector('.bs-asof'))).toBe('“A test story” was updated from revision 1 to 2.');
    expect([...container.querySelectorAll('.bs-change-list li')].map(seen)).toEqual([
      'Iran: now Supportive (was Cautious)',
      'Iran, 30 Sep 2025: A new fact.',
      'Iran is also marked as Persia, IR',
    ]);
  });

  it('in Persian, with Persian digits and commas', () => {
    const { container } = renderWithWords(<StoryChanges changes={changes} language="en" onDismiss={() => {}} />, persian);
    expect(seen(container.querySelector('.bs-asof'))).toBe('«A test story» از نسخهٔ ۱ به نسخهٔ ۲ به‌روز شد.');
    const items = [...container.querySelectorAll('.bs-change-list li')];
    expect(seen(items[1]!)).toBe('Iran، ۳۰ سپتامبر ۲۰۲۵: A new fact.');
    expect(items[1]!.querySelector('[lang="en"]')!.textContent).toBe('A new fact.');
    expect(seen(items[2]!)).toMatch(/^Iran با Persia،\u200f? IR نیز نشان می‌شود$/);
  });
});

describe('the names found on the page', () => {
  const found = [
    { entity: iran, count: 3 },
    { entity: entity('oman', [{ text: 'Oman' }], { name: 'Oman', type: 'country' }), count: 1 },
  ];

  it('count their mentions in words, one and many', () => {
    const { container } = renderWithWords(<FoundList found={found} language="en" />);
    expect(container.querySelector('.bs-label')!.textContent).toBe('Country');
    expect([...container.querySelectorAll('.bs-count')].map((c) => c.getAttribute('aria-label'))).toEqual(['3 mentions', '1 mention']);
  });

  it('in Persian, in Persian digits', () => {
    const { container } = renderWithWords(<FoundList found={found} language="en" />, persian);
    expect(container.querySelector('.bs-label')!.textContent).toBe('کشور');
    expect([...container.querySelectorAll('.bs-count')].map((c) => [c.textContent, c.getAttribute('aria-label')])).toEqual([
      ['۳', '۳ بار'],
      ['۱', '۱ بار'],
    ]);
  });
});

describe('a sentence with elements', () => {
  it('puts each element where the message puts its slot, whatever the order', () => {
    const { container } = renderWithWords(<p>{sentence(`${SLOTS[1]} before ${SLOTS[0]}`, <b>first</b>, <i>second</i>)}</p>);
    expect(container.querySelector('p')!.innerHTML).toBe('<i>second</i> before <b>first</b>');
  });
});
