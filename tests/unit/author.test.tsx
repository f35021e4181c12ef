/**
 * The story editor in the interface's language: its own words from the locale files, in English
 * as the end-to-end tests read them and in Persian; the pack's text typed in its own direction,
 * addresses, dates and ids left to right.
 */
import { describe, expect, it } from 'vitest';
import { articleWords } from '../../lib/draft/alias-preview';
import { EntityEditor } from '../../entrypoints/author/EntityEditor';
import { StoryEditor } from '../../entrypoints/author/StoryEditor';
import { fieldPathOf } from '../../entrypoints/author/fields';
import type { Pack } from '../../data/schema';
import { entity, pack } from './pack-fixture';
import { renderWithWords, wordsIn } from './words';

const dana = entity('dana-whitcombe', [{ text: 'Dana Whitcombe' }, { text: 'Whitcombe', kind: 'short' }], {
  name: 'Dana Whitcombe',
  type: 'person',
  facts: [{ date: '2026-11-30', text: 'Called the strike.', source: 'article' }],
});
const story = pack([dana, entity('port-kessary', [{ text: 'Port Kessary' }])]);
const article = articleWords(['Dana Whitcombe spoke. Whitcombe said the port would stop.']);

const editEntity = (words?: Awaited<ReturnType<typeof wordsIn>>) =>
  renderWithWords(
    <EntityEditor pack={story} index={0} problems={[]} article={article} sharedWith={null} onChange={() => {}} onRemove={() => {}} onMerge={() => {}} onAnchor={() => {}} />,
    words,
  ).container;

const labels = (container: Element) => [...container.querySelectorAll('label')].map((l) => l.textContent);
const buttons = (container: Element) => [...container.querySelectorAll('button')].map((b) => b.textContent?.trim());

describe('the story editor', () => {
  it('keeps the English words the end-to-end tests read', () => {
    const container = editEntity();
    const hints = [...container.querySelectorAll('.bs-alias .bs-field-hint')].map((h) => h.textContent ?? '');
    expect(hints[0]).toMatch(/^Marks 1 place on the page/);
    expect(hints[1]).toMatch(/^Marks 2 places on the page/);
    expect(buttons(container)).toEqual(expect.arrayContaining(['Add a form', 'Remove “\u2068Whitcombe\u2069”', 'Remove fact 1', 'Merge']));
    expect(labels(container)).toEqual(expect.arrayContaining(['Form 1', 'Kind of form 1', 'Date of fact 1 (YYYY, YYYY-MM or YYYY-MM-DD)', 'Part in the story 1']));
    expect(container.querySelector('#field-entities-0-type option[value="person"]')!.textContent).toBe('Person');
  });

  it('marks every button that takes its item away, whatever its words', async () => {
    for (const words of [undefined, await wordsIn('fa')]) {
      const container = editEntity(words);
      const removing = [...container.querySelectorAll('button[data-removes]')];
      expect(removing.length).toBeGreaterThanOrEqual(4); // a form, the fact, the merge, the name
      expect(container.querySelectorAll('button[data-add]').length).toBeGreaterThan(0);
    }
  });

  it('speaks Persian, with no key left showing', async () => {
    const persian = await wordsIn('fa');
    const container = editEntity(persian);
    expect(container.querySelector('#field-entities-0-type option[value="person"]')!.textContent).toBe('شخص');
    expect(labels(container)).toEqual(expect.arrayContaining(['شکل ۱', 'گونهٔ شکل ۱']));
    expect(container.querySelector('.bs-alias .bs-field-hint')!.textContent).toMatch(/^۱ جا را در صفحه‌ای/);
    expect(buttons(container)).toContain('حذف «\u2068Whitcombe\u2069»');
    const storyView = renderWithWords(<StoryEditor pack={story} problems={[]} onChange={() => {}} />, persian).container;
    for (const view of [container, storyView]) expect(view.textContent).not.toMatch(/author\.|types\./);
    expect(storyView.querySelector('legend')!.textContent).toBe('پیشینه');
  });

  it('types the pack’s text in its own direction, and addresses, dates and ids left to right', () => {
    const container = editEntity();
    expect(container.querySelector('#field-entities-0-name')!.getAttribute('dir')).toBe('auto');
    expect(container.querySelector('#field-entities-0-description')!.getAttribute('dir')).toBe('auto');
    expect(container.querySelector('#field-entities-0-facts-0-date')!.getAttribute('dir')).toBe('ltr');
    const storyView = renderWithWords(<StoryEditor pack={story} problems={[]} onChange={() => {}} />).container;
    for (const id of ['field-asOf', 'field-sources-0-url', 'field-sources-0-id', 'field-sources-0-date']) {
      expect(storyView.querySelector(`#${id}`)!.getAttribute('dir'), id).toBe('ltr');
    }
    expect(storyView.querySelector('#field-story-title')!.getAttribute('dir')).toBe('auto');
  });

  it('shows a stance’s or a reaction’s summary problem at its statement’s text', () => {
    expect(fieldPathOf('entities[2].stance.summary')).toBe('entities[2].stance.text');
    expect(fieldPathOf('story.reactions[0].summary')).toBe('story.reactions[0].text');
    expect(fieldPathOf('story.summary.text')).toBe('story.summary.text');
  });

  it('takes a date typed in Persian or Arabic digits as the pack writes it', () => {
    let typed: Pack | null = null;
    const view = renderWithWords(<StoryEditor pack={story} problems={[]} onChange={(next) => (typed = next)} />).container;
    const field = view.querySelector<HTMLInputElement>('#field-asOf')!;
    field.value = '۲۰۲۶-١٢-۰۷';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    expect(typed!.asOf).toBe('2026-12-07');
  });
});
