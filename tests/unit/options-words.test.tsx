/**
 * The options page in the interface's language: every heading, label, button and choice from
 * the locale files, and file and pack names isolated inside its sentences.
 */
import { fireEvent, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FileTooLong } from '../../entrypoints/options/file-text';
import { Options } from '../../entrypoints/options/Options';
import { failure, listOf } from '../../entrypoints/options/sentences';
import { entity, pack } from './pack-fixture';
import { renderWithWords, wordsIn } from './words';

const [english, persian] = await Promise.all([wordsIn('en'), wordsIn('fa')]);

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  // The browser's commands as the manifest gives them, one with a key and one without.
  const commands = [
    { name: 'next', description: 'Go to the next marked name and show its card', shortcut: 'Alt+Shift+J' },
    { name: 'list', description: 'List the marked names on this page, to go to one from the keyboard', shortcut: '' },
  ];
  vi.spyOn(browser.commands, 'getAll').mockImplementation((() => Promise.resolve(commands)) as typeof browser.commands.getAll);
});

/** The page once its settings are loaded. */
async function openOptions(words = english) {
  const view = renderWithWords(<Options />, words);
  await waitFor(() => expect(view.container.querySelector('h1')).not.toBeNull());
  return view;
}

/** The interface's own words on the page: headings, labels, choices, buttons and their names. */
function interfaceWords(root: Element): string[] {
  const texts = [...root.querySelectorAll('h1, h2, legend, label, button, .bs-empty, .bs-import .bs-asof')].map((el) => el.textContent ?? '');
  const names = [...root.querySelectorAll('[aria-label], [placeholder]')].map((el) => `${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('placeholder') ?? ''}`);
  return [...texts, ...names];
}

describe('the options page', () => {
  it('keeps its English words', async () => {
    const { container } = await openOptions();
    const words = interfaceWords(container);
    for (const expected of ['Backstory options', 'Marks', 'Highlight style', 'Background colour', 'The first mention of each', 'Person', 'Cards and matching', 'Sites where Backstory is off', 'Stories', 'Backup', 'Reset all settings to their defaults']) {
      expect(words.some((text) => text.includes(expected)), expected).toBe(true);
    }
    expect(container.querySelector('.bs-pack .bs-asof')!.textContent).toMatch(/^\d+ people, places and ideas · facts as of \d+ \w+ \d{4} · revision \d+ · built in$/);
  });

  it('speaks Persian, leaving Latin letters only to names and examples', async () => {
    const { container } = await openOptions(persian);
    expect(container.querySelector('h1')!.textContent).toBe('تنظیمات Backstory');
    // Names and examples the Persian keeps as they are written.
    const latin = /Backstory|Khamenie|Hezbolah|JSON|README|Writing a story pack|news\.example\.com/g;
    for (const text of interfaceWords(container)) expect(text.replace(latin, ''), text).not.toMatch(/[A-Za-z]/);
    const row = container.querySelector('.bs-pack .bs-asof')!.textContent!;
    expect(row).toMatch(/^[۰-۹]+ مدخل \(فرد، مکان یا ایده\) · واقعیت‌ها به تاریخ .+ · نسخهٔ [۰-۹]+ · همراه Backstory$/);
    // The date in its Persian month name and digits.
    expect(row).toMatch(/[۰-۹]/);
  });

  it('refuses a site name in Persian, with what was typed isolated', async () => {
    const { container } = await openOptions(persian);
    const input = container.querySelector<HTMLInputElement>('#bs-new-site')!;
    expect(input.dir).toBe('ltr');
    fireEvent.input(input, { target: { value: 'not a site' } });
    fireEvent.submit(container.querySelector('.bs-add-site')!);
    await waitFor(() => expect(container.querySelector('.bs-error')).not.toBeNull());
    expect(container.querySelector('.bs-error')!.textContent).toBe('«\u2068not a site\u2069» نام سایت نیست؛ نام سایت چیزی است مانند \u2068news.example.com\u2069.');
  });

  it('names a site to turn back on, and asks before removing an installed story', async () => {
    const installed = pack([entity('iran', [{ text: 'Iran' }])], { id: 'test-story' });
    await fakeBrowser.storage.local.set({
      settings: { enabled: true, disabledSites: ['news.example.org'], highlightStyle: 'underline', density: 'all', types: ['person'], hoverDelayMs: 150, fuzzy: true },
      'pack:test-story': { installedAt: '2025-01-01T00:00:00.000Z', json: JSON.stringify(installed) },
    });
    const { container } = await openOptions();
    expect(container.querySelector('.bs-sites button')!.getAttribute('aria-label')).toBe('Turn Backstory back on for \u2068news.example.org\u2069');
    await waitFor(() => expect(container.querySelector('[data-pack="test-story"] .bs-remove')).not.toBeNull());
    const remove = container.querySelector('[data-pack="test-story"] .bs-remove')!;
    expect(remove.getAttribute('aria-label')).toBe('Remove “\u2068A test story\u2069”');
    fireEvent.click(remove);
    await waitFor(() => expect(container.querySelector('[data-pack="test-story"] .bs-confirm')).not.toBeNull());
    expect(container.querySelector('[data-pack="test-story"] .bs-confirm')!.textContent).toBe('Remove “\u2068A test story\u2069”? Remove Keep');
    expect(container.querySelector('[data-pack="test-story"] .bs-asof')!.textContent).toMatch(/^1 person, place or idea · /);
  });
});

/** Chooses a file in one of the page's file inputs. */
function choose(input: Element, name: string, text: string) {
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

/** A status's text as the end-to-end tests read it, without the isolates around names. */
const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u2068\u2069]/g, '');

describe('importing and restoring', () => {
  const story = pack([entity('iran', [{ text: 'Iran' }], { name: 'Iran', type: 'country' }), entity('test-idea', [{ text: 'test idea' }])], {
    id: 'imported-story',
  });
  story.story.title = 'An imported story';

  it('says in English what it installed, with the words the end-to-end tests look for', async () => {
    const { container } = await openOptions();
    choose(container.querySelector('#bs-import-pack')!, 'story.json', JSON.stringify(story));
    await waitFor(() => expect(container.querySelector('#bs-import-status.bs-status-done')).not.toBeNull(), { timeout: 5000 });
    const said = container.querySelector('#bs-import-status')!.textContent!;
    expect(said).toContain('Installed “\u2068An imported story\u2069”: 2 people, places and ideas, facts as of 1 Oct 2025.');
    expect(plain(said)).toMatch(/^Installed “An imported story”: 2 people, places and ideas/);
    expect(plain(said)).toMatch(/Pages use it for the text they read from now on; reload a page to mark what it already shows\.$/);
  });

  it('refuses a file in Persian, with its name isolated', async () => {
    const { container } = await openOptions(persian);
    choose(container.querySelector('#bs-import-pack')!, 'bad-pack.json', '{"schemaVersion": 2}');
    await waitFor(() => expect(container.querySelector('#bs-import-status.bs-status-refused')).not.toBeNull(), { timeout: 5000 });
    expect(container.querySelector('#bs-import-status p')!.textContent).toBe('\u2068bad-pack.json\u2069 نصب نشد؛ چیزی تغییر نکرد.');
  });

  it('restores a backup and says so in English', async () => {
    const { container } = await openOptions();
    const backup = { format: 'backstory-backup', version: 1, settings: { density: 'first' }, packs: [story] };
    choose(container.querySelector('#bs-restore')!, 'backup.json', JSON.stringify(backup));
    await waitFor(() => expect(container.querySelector('#bs-backup-status:not(.bs-status-busy)')).not.toBeNull(), { timeout: 5000 });
    expect(plain(container.querySelector('#bs-backup-status p')!.textContent)).toMatch(/^Restored your settings and 1 pack from backup\.json\./);
  });
});

describe('the options page’s sentences', () => {
  it('say a file is too long in the interface’s language and digits', () => {
    const tooLong = new FileTooLong('big.json', 300_000);
    expect(failure(tooLong, english)).toBe('\u2068big.json\u2069 is longer than 300,000 characters, the most a file may have');
    expect(failure(tooLong, persian)).toBe('\u2068big.json\u2069 بیش از ۳۰۰٬۰۰۰ نویسه دارد؛ یک فایل بیش از این نمی‌تواند داشته باشد');
    expect(failure(new Error('quota exceeded'), persian)).toBe('\u2068quota exceeded\u2069');
  });

  it('join lists with the language’s own commas, each item isolated', () => {
    expect(listOf(['Iran', 'Iraq'], english)).toBe('\u2068Iran\u2069, \u2068Iraq\u2069');
    expect(listOf(['ایران', 'عراق'], persian)).toBe('\u2068ایران\u2069، \u2068عراق\u2069');
    expect(listOf(['a: 1', 'b'], persian, 'semicolon')).toBe('\u2068a: 1\u2069؛ \u2068b\u2069');
  });

  it('count packs in English, with no plural in Persian', () => {
    expect(english.t('options.backup.installedPacks', 1)).toBe('1 installed pack');
    expect(english.t('options.backup.installedPacks', 3)).toBe('3 installed packs');
    expect(persian.t('options.backup.installedPacks', 3)).toBe('۳ بستهٔ نصب‌شده');
  });
});
