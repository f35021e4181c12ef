/**
 * The interface in the browser's language, end to end in both browsers with the built extension,
 * each running in Persian (Chromium with --lang=fa and its Persian language pack, Firefox with
 * intl.locale.requested and its): the manifest's description and the welcome page are in
 * Persian, the page reads right to left, and axe finds nothing serious there.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, waitUntil, type BrowserName, type TestBrowser, type TestPage } from './harness/browsers';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describe.each(BROWSERS)('%s: in Persian', (name: BrowserName) => {
  let browser: TestBrowser;
  let welcome: TestPage;

  beforeAll(async () => {
    browser = await launch(name, { language: 'fa' });
    welcome = await browser.newPage(`${browser.extensionOrigin}/welcome.html`);
    await waitUntil(welcome, 'the welcome page', () => document.querySelectorAll('.bs-legend li').length, undefined, (n) => n > 0);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('speaks Persian, right to left: the welcome page and the manifest’s description', async () => {
    const page = await welcome.evaluate(() => ({
      lang: document.documentElement.lang,
      dir: document.documentElement.dir,
      title: document.querySelector('h1')?.textContent,
      legend: [...document.querySelectorAll('.bs-legend li')].map((li) => li.textContent),
      direction: getComputedStyle(document.querySelector('main')!).direction,
    }));
    expect(page.lang).toMatch(/^fa/);
    expect(page.dir).toBe('rtl');
    expect(page.direction).toBe('rtl');
    expect(page.title).toBe('به Backstory خوش آمدید');
    expect(page.legend).toContain('شخص');
    const description = await welcome.evaluate(() => {
      type I18n = { i18n: { getMessage(name: string): string } };
      const scope = globalThis as unknown as { browser?: I18n; chrome?: I18n };
      return (scope.browser ?? scope.chrome)!.i18n.getMessage('extDescription');
    });
    expect(description).toMatch(/^زمینهٔ خبر/);
  });

  it('has no serious or critical accessibility violation in Persian', async () => {
    await welcome.evaluateScript(AXE);
    const serious = await welcome.evaluate(async () => {
      type Axe = { run(context: unknown, options: unknown): Promise<{ violations: { id: string; impact: string | null }[] }> };
      const result = await (globalThis as unknown as { axe: Axe }).axe.run(document, { resultTypes: ['violations'] });
      return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
    });
    expect(serious).toEqual([]);
  });
});
