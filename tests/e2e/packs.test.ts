/**
 * Story packs end to end in both browsers, through the options page as a reader uses it:
 * importing the second story from a file (pages opened afterwards mark its names), a bad pack
 * refused with every problem and its path while the installed packs stay exactly as they were,
 * removing a pack, a damaged stored pack shown and kept until removed, exporting packs and
 * settings and restoring them in a fresh browser, and
 * the popup choosing the story a page is most about, with a shared entity's card showing its
 * part in both stories.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BROWSERS, launch, waitUntil, type BrowserName, type TestBrowser, type TestPage } from './harness/browsers';
import { askBackground, cardState, centreOf, clearStorage, otherTabIds, paintedMentions, readSettings, readStorage, writeStorage } from './harness/in-page';
import { servePages, type PageServer } from './harness/server';

const FIXTURES = fileURLToPath(new URL('../fixtures/pages', import.meta.url));
const EXAMPLE = fileURLToPath(new URL('../../data/examples/us-paris-exit.json', import.meta.url));
const SECOND_TITLE = 'The United States leaves the Paris Agreement again';
const FIRST_TITLE = 'The US and Iran: a thaw, a war and a memorandum';

/**
 * The text of an element, or '' while it is not there; without the Unicode isolates the
 * interface sets around names and file names inside its sentences (U+2068..U+2069).
 */
const textOf = (selector: string) => (document.querySelector(selector)?.textContent ?? '').replace(/[\u2068\u2069]/g, '');

/** The ids of the packs the options page lists. */
const listedPacks = () => [...document.querySelectorAll('.bs-pack')].map((row) => row.getAttribute('data-pack'));

describe.each(BROWSERS)('%s: story packs', (name: BrowserName) => {
  let server: PageServer;
  let browser: TestBrowser;
  let options: TestPage;
  let dir: string;

  const openOptions = async (target: TestPage = options, b: TestBrowser = browser) => {
    await target.goto(`${b.extensionOrigin}/options.html`);
    await waitUntil(target, 'the stories section', () => Boolean(document.querySelector('#bs-import-pack')), undefined, Boolean);
  };

  const status = (target: TestPage, id: string, what: string, accept: (text: string) => boolean) =>
    waitUntil(target, what, textOf, `#${id}`, accept, 20_000);

  const installExample = async () => {
    await options.setInputFiles('#bs-import-pack', EXAMPLE);
    const said = await status(options, 'bs-import-status', 'the import', (t) => t.startsWith('Installed'));
    // The background has read the new pack once it can describe the pack's own entities.
    await waitUntil(
      options,
      'the background to know the pack',
      askBackground,
      { type: 'backstory:describe-entity', entityId: 'paris-agreement' },
      (answer) => (answer as { parts: unknown[] }).parts.length > 0,
    );
    return said;
  };

  /** A page of the test server, shown (Backstory waits for hidden tabs), with its marks. */
  const openPage = async (path: string, accept: (marks: string[]) => boolean) => {
    const page = await browser.newPage(server.url(path));
    await page.bringToFront();
    const painted = await waitUntil(page, `the marks on ${path}`, paintedMentions, undefined, (m) => accept(m.map((x) => x.text)));
    const marks = painted.map((x) => x.text);
    return { page, marks };
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'backstory-packs-'));
    server = await servePages([FIXTURES]);
    browser = await launch(name);
    options = await browser.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  beforeEach(async () => {
    await openOptions();
    await options.evaluate(clearStorage);
    await openOptions();
  });

  it('imports a pack from a file, and pages opened afterwards mark its names', async () => {
    const text = await installExample();
    const entities = (JSON.parse(readFileSync(EXAMPLE, 'utf8')) as { entities: unknown[] }).entities.length;
    expect(text).toMatch(new RegExp(`^Installed “${SECOND_TITLE}”: ${entities} people, places and ideas`));
    expect(text).toMatch(/Also in other stories: .*United States/);
    expect(await options.evaluate(listedPacks)).toEqual(['us-iran-thaw', 'us-paris-exit']);

    const { page, marks } = await openPage('/climate.html', (m) => m.includes('Paris Agreement'));
    expect(marks).toEqual(expect.arrayContaining(['Kyoto Protocol', 'UNFCCC', 'COP30', 'Belém', 'Guterres', 'United States', 'President Trump']));
    expect(page.errors()).toEqual([]);
    await page.close();
  });

  it('a page opened before a pack is removed marks its new text with the packs installed now', async () => {
    await installExample();
    const { page, marks: opened } = await openPage('/climate.html', (m) => m.includes('Paris Agreement'));
    const kyoto = (texts: string[]) => texts.filter((t) => t === 'Kyoto Protocol').length;
    // Every passage of the page was matched by the background, which holds the one knowledge.
    const [tabId] = await options.evaluate(otherTabIds);
    const report = (await options.evaluate(askBackground, { type: 'backstory:get-tab-mentions', tabId })) as { stats: { passages: number } };
    const diagnostics = (await options.evaluate(askBackground, { type: 'backstory:get-tab-diagnostics', tabId })) as { backgroundPassages: number };
    expect(diagnostics.backgroundPassages).toBe(report.stats.passages);
    expect(report.stats.passages).toBeGreaterThan(0);

    // Once the second story is removed, the page's new text is matched with the first alone:
    // its names are marked, the removed story's are not. (What was marked stays until the page
    // is read again.)
    await options.evaluate(() => (document.querySelector('[data-pack="us-paris-exit"] .bs-remove') as HTMLButtonElement).click());
    await options.evaluate(() => (document.querySelector('[data-pack="us-paris-exit"] .bs-remove-confirm') as HTMLButtonElement).click());
    await status(options, 'bs-import-status', 'the removal', (t) => t.startsWith(`Removed “${SECOND_TITLE}”`));
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Later, the Kyoto Protocol came up in Tehran.';
      document.body.append(p);
    });
    const marks = await waitUntil(page, 'the added text marked', paintedMentions, undefined, (m) => m.some((x) => x.text === 'Tehran'));
    expect(kyoto(marks.map((x) => x.text))).toBe(kyoto(opened));
    expect(page.errors()).toEqual([]);
    await page.close();
  });

  it('refuses a bad pack with every problem and its path, and leaves the installed packs as they were', async () => {
    await installExample();
    const before = await options.evaluate(readStorage);

    // Problems of references and clashes with installed packs, all listed together.
    const bad = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as {
      id: string;
      entities: { id: string; description: string; related: string[]; aliases: { text: string }[] }[];
    };
    bad.id = 'bad-story';
    bad.entities[0]!.aliases.push({ text: 'Khamenei' }); // another pack's entity
    bad.entities[2]!.related.push('atlantis');
    bad.entities[4]!.id = bad.entities[3]!.id;
    const badFile = join(dir, 'bad-pack.json');
    writeFileSync(badFile, JSON.stringify(bad));
    await options.setInputFiles('#bs-import-pack', badFile);
    const refusal = await status(options, 'bs-import-status', 'the refusal', (t) => t.includes('was not installed'));
    expect(refusal).toMatch(/^bad-pack\.json was not installed; nothing was changed\./);
    const problems = () =>
      [...document.querySelectorAll('#bs-import-status .bs-problems li')].map((li) => [
        li.querySelector('.bs-problem-path')!.textContent,
        li.querySelector('.bs-problem-message')!.textContent,
      ]);
    expect(await options.evaluate(problems)).toEqual(
      expect.arrayContaining([
        ['entities[0].aliases[10].text', expect.stringMatching(/^alias "Khamenei" would shadow "ali-khamenei" of the installed pack/)],
        ['entities[2].related[3]', 'unknown entity id "atlantis"'],
        ['entities[4].id', 'duplicate id "united-states" (also entities[3])'],
      ]),
    );

    // Markup in a pack: refused, and the refusal shows it as text, never as an element.
    const markup = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as typeof bad;
    markup.id = 'markup-story';
    markup.entities[1]!.description = 'A treaty <img src=x onerror=alert(1)>';
    const markupFile = join(dir, 'markup-pack.json');
    writeFileSync(markupFile, JSON.stringify(markup));
    await options.setInputFiles('#bs-import-pack', markupFile);
    await status(options, 'bs-import-status', 'the markup refusal', (t) => t.includes('markup-pack.json was not installed'));
    expect(await options.evaluate(problems)).toEqual([
      ['entities[1].description', 'must be plain text: no markup (<…>), control or invisible characters, or direction overrides'],
    ]);
    expect(await options.evaluate(() => document.querySelector('#bs-import-status img'))).toBeNull();

    const notJson = join(dir, 'not-json.json');
    writeFileSync(notJson, '{"schemaVersion": 1, "id": ');
    await options.setInputFiles('#bs-import-pack', notJson);
    await status(options, 'bs-import-status', 'the second refusal', (t) => t.includes('not-json.json was not installed') && t.includes('is not valid JSON'));

    expect(await options.evaluate(readStorage)).toEqual(before);
    expect(await options.evaluate(listedPacks)).toEqual(['us-iran-thaw', 'us-paris-exit']);
  });

  it('removes an installed pack, after asking once', async () => {
    await installExample();
    await options.evaluate(() => (document.querySelector('[data-pack="us-paris-exit"] .bs-remove') as HTMLButtonElement).click());
    await waitUntil(options, 'the question', textOf, '[data-pack="us-paris-exit"] .bs-confirm', (t) => t.includes('Remove “'));
    await options.evaluate(() => (document.querySelector('[data-pack="us-paris-exit"] .bs-remove-confirm') as HTMLButtonElement).click());
    await status(options, 'bs-import-status', 'the removal', (t) => t.startsWith(`Removed “${SECOND_TITLE}”`));
    expect(await options.evaluate(listedPacks)).toEqual(['us-iran-thaw']);
    expect(Object.keys(await options.evaluate(readStorage)).filter((k) => k.startsWith('pack:'))).toEqual([]);

    const { page, marks } = await openPage('/climate.html', (m) => m.includes('United States'));
    expect(marks).not.toContain('Paris Agreement');
    await page.close();
  });

  it('shows a damaged stored pack with why, leaves it out, and keeps it until it is removed', async () => {
    await installExample();
    const damaged = { installedAt: '2025-01-01T00:00:00.000Z', json: '{"schemaVersion": 1, "id": "damaged-story", "entities": [' };
    await options.evaluate(writeStorage, { 'pack:damaged-story': damaged });
    await openOptions();
    const row = await waitUntil(options, 'the damaged pack', textOf, '[data-pack="damaged-story"]', (t) => t.length > 0);
    expect(row).toContain('This stored pack cannot be read (its stored text is not JSON), so it is not used.');
    expect(await options.evaluate(listedPacks)).toEqual(['us-iran-thaw', 'us-paris-exit', 'damaged-story']);

    // The other installed pack still works, and the damaged one is still stored as it was.
    const { page } = await openPage('/climate.html', (m) => m.includes('Paris Agreement'));
    await page.close();
    expect((await options.evaluate(readStorage))['pack:damaged-story']).toEqual(damaged);

    await options.evaluate(() => (document.querySelector('[data-pack="damaged-story"] .bs-remove') as HTMLButtonElement).click());
    await options.evaluate(() => (document.querySelector('[data-pack="damaged-story"] .bs-remove-confirm') as HTMLButtonElement).click());
    await waitUntil(options, 'the removal', listedPacks, undefined, (ids) => !ids.includes('damaged-story'));
    expect((await options.evaluate(readStorage))['pack:damaged-story']).toBeUndefined();
  });

  it('exports the packs and settings as one file, and restores them in a fresh browser', async () => {
    await installExample();
    await options.evaluate(() => (document.querySelector('input[name="density"]:not(:checked)') as HTMLInputElement).click());
    await waitUntil(options, 'the setting', readSettings, undefined, (s) => s?.density === 'first');

    // Keep the file in the page instead of letting the browser save it to disk.
    await options.evaluate(() => {
      const scope = window as unknown as { __backup?: Blob };
      const original = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (blob: Blob | MediaSource) => {
        scope.__backup = blob as Blob;
        return original(blob);
      };
      HTMLAnchorElement.prototype.click = function () {};
    });
    await options.evaluate(() => (document.querySelector('#bs-export') as HTMLButtonElement).click());
    await status(options, 'bs-backup-status', 'the export', (t) => t.includes('Saved your settings and 1 installed pack'));
    const text = await options.evaluate(() => (window as unknown as { __backup: Blob }).__backup.text());
    const backup = JSON.parse(text) as { format: string; settings: { density: string }; packs: { id: string }[] };
    expect(backup.format).toBe('backstory-backup');
    expect(backup.settings.density).toBe('first');
    expect(backup.packs.map((p) => p.id)).toEqual(['us-paris-exit']);
    const file = join(dir, 'backup.json');
    writeFileSync(file, text);

    const other = await launch(name);
    try {
      const otherOptions = await other.newPage();
      await openOptions(otherOptions, other);
      // A damaged backup first: refused whole, nothing restored.
      const damaged = join(dir, 'damaged-backup.json');
      const broken = JSON.parse(text) as { packs: { entities: { related: string[] }[] }[] };
      const at = broken.packs[0]!.entities[0]!.related.push('atlantis') - 1;
      writeFileSync(damaged, JSON.stringify(broken));
      await otherOptions.setInputFiles('#bs-restore', damaged);
      await status(otherOptions, 'bs-backup-status', 'the refusal', (t) => t.includes('was not restored') && t.includes(`packs[0].entities[0].related[${at}]`));
      expect(Object.keys(await otherOptions.evaluate(readStorage)).filter((k) => k.startsWith('pack:'))).toEqual([]);

      await otherOptions.setInputFiles('#bs-restore', file);
      await status(otherOptions, 'bs-backup-status', 'the restore', (t) => t.startsWith('Restored your settings and 1 pack from backup.json'));
      await waitUntil(otherOptions, 'the restored pack in the list', listedPacks, undefined, (ids) => ids.includes('us-paris-exit'));
      expect((await otherOptions.evaluate(readSettings))?.density).toBe('first');
      expect(await otherOptions.evaluate(() => (document.querySelector('input[name="density"]:checked') as HTMLInputElement).parentElement!.textContent)).toMatch(/first mention/);
    } finally {
      await other.close();
    }
  });

  it('a higher revision replaces a story in place, the popup tells what changed once, and a lower one is refused', async () => {
    await installExample();
    const current = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as {
      revision?: number;
      asOf: string;
      sources: { id: string }[];
      entities: { aliases: { text: string }[]; facts: { date: string; text: string; source: string; cites?: string[] }[] }[];
    };
    const from = current.revision ?? 1;
    const next = structuredClone(current);
    next.revision = from + 1;
    next.entities[0]!.aliases.push({ text: 'Paris Test Accord' });
    next.entities[0]!.facts.push({ date: current.asOf, text: 'A fact the next revision adds.', source: 'background', cites: [current.sources[0]!.id] });
    const nextFile = join(dir, 'next-revision.json');
    writeFileSync(nextFile, JSON.stringify(next));
    await options.setInputFiles('#bs-import-pack', nextFile);
    const said = await status(options, 'bs-import-status', 'the update', (t) => t.startsWith('Updated'));
    expect(said).toMatch(new RegExp(`^Updated “${SECOND_TITLE}” from revision ${from} to ${from + 1}`));
    expect(await options.evaluate(listedPacks)).toEqual(['us-iran-thaw', 'us-paris-exit']);

    const { page } = await openPage('/climate.html', (m) => m.includes('Paris Agreement'));
    const tabId = (await options.evaluate(otherTabIds)).at(-1)!;
    const popup = await browser.newPage();
    await popup.goto(`${browser.extensionOrigin}/popup.html?tabId=${tabId}`);
    const changes = await waitUntil(popup, 'what changed', textOf, '.bs-changes', (t) => t.includes('A fact the next revision adds.'));
    expect(changes).toContain('What changed since you last read it');
    expect(changes).toContain('Paris Test Accord');
    await popup.evaluate(() => (document.querySelector('.bs-changes-dismiss') as HTMLButtonElement).click());
    await waitUntil(popup, 'the changes dismissed', textOf, '.bs-changes', (t) => t === '');
    await popup.goto(`${browser.extensionOrigin}/popup.html?tabId=${tabId}`);
    await waitUntil(popup, 'the story', textOf, '#bs-story-title', (t) => t === SECOND_TITLE);
    expect(await popup.evaluate(textOf, '.bs-changes')).toBe('');
    await popup.close();
    await page.close();

    // The same or a lower revision is refused, and changes nothing.
    await options.bringToFront();
    await options.setInputFiles('#bs-import-pack', EXAMPLE);
    const refusal = await status(options, 'bs-import-status', 'the refusal', (t) => t.includes('was not installed'));
    expect(await options.evaluate(textOf, '#bs-import-status')).toContain(`is already installed at revision ${from + 1}`);
    expect(refusal).toMatch(/nothing was changed/);
  });

  it('the popup shows the story the page is most about, with the others one click away; a shared entity’s card shows both parts', async () => {
    await installExample();
    const { page } = await openPage('/climate.html', (m) => m.includes('Paris Agreement'));
    const tabId = (await options.evaluate(otherTabIds)).at(-1)!;
    const popup = await browser.newPage();
    await popup.goto(`${browser.extensionOrigin}/popup.html?tabId=${tabId}`);
    const story = () => document.querySelector('main')?.getAttribute('data-story') ?? null;
    expect(await waitUntil(popup, 'the main story', story, undefined, (s) => s === 'us-paris-exit')).toBe('us-paris-exit');
    const choices = await popup.evaluate(() =>
      [...document.querySelectorAll('.bs-story-choice')].map((b) => [b.getAttribute('data-story'), b.getAttribute('aria-pressed')]),
    );
    expect(choices).toEqual([
      ['us-paris-exit', 'true'],
      ['us-iran-thaw', 'false'],
    ]);
    expect(await popup.evaluate(textOf, '#bs-story-title')).toBe(SECOND_TITLE);
    await popup.evaluate(() => (document.querySelector('.bs-story-choice[data-story="us-iran-thaw"]') as HTMLButtonElement).click());
    await waitUntil(popup, 'the other story', story, undefined, (s) => s === 'us-iran-thaw');
    expect(await popup.evaluate(textOf, '#bs-story-title')).toBe(FIRST_TITLE);

    // The United States is in both stories: its card shows its part in each.
    await page.bringToFront();
    await page.mouseMove(5, 5);
    const at = await page.evaluate(centreOf, { selector: '#lead', text: 'United States' });
    await page.mouseMove(at!.x, at!.y);
    const card = await waitUntil(page, 'the card', cardState, undefined, (c) => c.open);
    expect(card.entity).toBe('united-states');
    // (innerText: the part headings are set in capitals by the stylesheet.)
    expect(card.text.toLowerCase()).toContain(`in “${FIRST_TITLE}”`.toLowerCase());
    expect(card.text.toLowerCase()).toContain(`in “${SECOND_TITLE}”`.toLowerCase());

    // A page about the first story opens on the first story.
    await page.goto(server.url('/story.html'));
    await page.bringToFront();
    await waitUntil(page, 'the marks', paintedMentions, undefined, (m) => m.some((x) => x.text === 'JCPOA'));
    await popup.goto(`${browser.extensionOrigin}/popup.html?tabId=${tabId}`);
    expect(await waitUntil(popup, 'the main story', story, undefined, (s) => s === 'us-iran-thaw')).toBe('us-iran-thaw');
    expect(page.errors()).toEqual([]);
    await popup.close();
    await page.close();
  });
});
