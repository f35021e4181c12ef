import { describe, expect, it } from 'vitest';
import { EntityCard } from '../../components/EntityCard';
import { StoryView } from '../../components/StoryView';
import { entity, pack } from './pack-fixture';
import { messagesOf, renderWithWords, wordsIn } from './words';

const HOSTILE = '<img src=x onerror="window.__owned = true"><a href="javascript:alert(1)">click</a><script>window.__owned = true</script>';

describe('knowledge text is rendered as text', () => {
  const hostile = entity('iran', [{ text: 'Iran' }], {
    name: HOSTILE,
    description: HOSTILE,
    role: [{ text: HOSTILE, source: 'article' }],
    facts: [{ date: '2015', text: HOSTILE, source: 'background' }],
  });
  const story = pack([hostile]);
  story.story.summary.text = HOSTILE;
  story.story.title = HOSTILE;
  // Only a validated pack reaches the views, and the validator takes only https addresses; the
  // views link nothing else all the same.
  story.sources.push({ id: 'hostile', publisher: HOSTILE, title: HOSTILE, date: '2025-01-01', url: 'javascript:alert(1)' });
  story.story.summary.cites = ['hostile', 'test-report'];
  hostile.facts[0]!.cites = ['hostile'];
  story.article.name = HOSTILE;

  /** The only links are the cited sources' https addresses. */
  const onlySourceLinks = (container: Element) => {
    expect(container.querySelector('img, script')).toBeNull();
    for (const a of container.querySelectorAll('a')) {
      expect(a.className).toBe('bs-cite');
      expect(a.getAttribute('href')).toMatch(/^https:\/\//);
    }
  };

  it('in the card: no element is made from pack strings, and the markup shows as written', () => {
    const { container } = renderWithWords(<EntityCard entity={hostile} pack={story} match={{ text: HOSTILE, how: 'fuzzy', alias: HOSTILE }} />);
    onlySourceLinks(container);
    expect(container.textContent).toContain('<img src=x onerror=');
    expect((globalThis as { __owned?: boolean }).__owned).toBeUndefined();
  });

  it('in the story view', () => {
    const { container } = renderWithWords(<StoryView pack={story} />);
    onlySourceLinks(container);
    expect(container.querySelectorAll('a.bs-cite')).toHaveLength(2); // the summary's and the background's test report
    expect(container.textContent).toContain('javascript:alert(1)');
  });
});

describe('a card on the page stays short', () => {
  const dates = ['2019', '2021-03', '2024-05-02', '2025-11-01', '2026-02-10', '2026-04-20'];
  const iran = entity('iran', [{ text: 'Iran' }], {
    facts: dates.map((date) => ({ date, text: `Fact of ${date}.`, source: 'article' as const })),
  });
  const story = pack([iran]);

  it('leads with the facts since the page, the rest behind “more facts”', () => {
    const { container } = renderWithWords(<EntityCard entity={iran} pack={story} compact pageDate="2025-01-01" />);
    const shown = [...container.querySelectorAll(':scope .bs-card > .bs-facts li')].map((li) => li.querySelector('time')!.getAttribute('datetime'));
    expect(shown).toEqual(['2026-02-10', '2026-04-20']);
    expect(container.querySelector('.bs-more summary')!.textContent).toBe('More facts (4)');
    expect(container.querySelectorAll('.bs-more li')).toHaveLength(4);
  });

  it('shows the latest facts when none is news to the page, and every fact in the popup', () => {
    const onPage = renderWithWords(<EntityCard entity={iran} pack={story} compact pageDate="2026-06-01" />).container;
    expect([...onPage.querySelectorAll('.bs-card > .bs-facts li time')].map((t) => t.getAttribute('datetime'))).toEqual(['2026-02-10', '2026-04-20']);
    const popup = renderWithWords(<EntityCard entity={iran} pack={story} maxFacts={10} />).container;
    expect(popup.querySelectorAll('.bs-facts li')).toHaveLength(6);
    expect(popup.querySelector('.bs-more')).toBeNull();
  });
});

describe('pack text keeps its own language', () => {
  it('a Persian pack’s text is marked fa, right to left, in a card of another language', () => {
    const khamenei = entity('khamenei', [{ text: 'خامنه‌ای' }], { name: 'علی خامنه‌ای', description: 'رهبر ایران' });
    const persian = { ...pack([khamenei]), language: 'fa' };
    const { container } = renderWithWords(<EntityCard entity={khamenei} pack={persian} />);
    const name = container.querySelector('.bs-name')!;
    expect([name.getAttribute('lang'), name.getAttribute('dir')]).toEqual(['fa', 'rtl']);
    expect(container.querySelector('.bs-desc')!.getAttribute('dir')).toBe('rtl');
    // The interface's own words are not the pack's: they keep the page's language.
    expect(container.querySelector('.bs-label')!.hasAttribute('lang')).toBe(false);
  });

  it('an English pack’s text is marked en, left to right', () => {
    const iran = entity('iran', [{ text: 'Iran' }]);
    const { container } = renderWithWords(<EntityCard entity={iran} pack={pack([iran])} />);
    expect(container.querySelector('.bs-desc')!.getAttribute('lang')).toBe('en');
    expect(container.querySelector('.bs-desc')!.getAttribute('dir')).toBe('ltr');
  });
});

describe('the card in Persian', () => {
  it('says its own words in Persian, dates in Persian digits, and keeps an English pack’s text English', async () => {
    const persian = await wordsIn('fa');
    const iran = entity('iran', [{ text: 'Iran' }], { facts: [{ date: '2015-07-14', text: 'Deal signed.', source: 'article' }] });
    const { container } = renderWithWords(<EntityCard entity={iran} pack={pack([iran])} match={{ text: 'Iran', how: 'name' }} />, persian);
    expect(container.querySelector('.bs-type')!.textContent).toBe('مفهوم');
    expect(container.querySelector('.bs-label')!.textContent).toBe('در این ماجرا');
    expect(container.querySelector('.bs-facts time')!.textContent).toBe('۱۴ ژوئیهٔ ۲۰۱۵');
    expect(container.querySelector('.bs-why')!.textContent).toBe('«\u2068Iran\u2069» پیدا شد (به‌عنوان نام آن).');
    expect(container.querySelector('.bs-desc')!.getAttribute('dir')).toBe('ltr');
  });
});

describe('the locale files', () => {
  it('give every message in both languages, with the same substitutions', async () => {
    const [english, persian] = await Promise.all([messagesOf('en'), messagesOf('fa')]);
    expect([...persian.keys()].sort()).toEqual([...english.keys()].sort());
    const slots = (text: string) => [...new Set(text.match(/\$\d/g) ?? [])].sort();
    for (const [key, text] of english) expect(slots(persian.get(key)!), key).toEqual(slots(text));
    // The browser takes message names of letters, digits and underscores only (dots become underscores).
    expect([...english.keys()].filter((key) => !/^[A-Za-z0-9_.@]+$/.test(key))).toEqual([]);
    // Chrome refuses a description longer than 132 characters.
    for (const messages of [english, persian]) expect(messages.get('extDescription')!.length).toBeLessThanOrEqual(132);
  });
});
