/**
 * Shows Backstory at work: serves the demo article (demo/article.html) from 127.0.0.1 and
 * opens it in Chromium with the built extension. With a display, the browser stays open for
 * you to read and hover; without one (or with --headless), it writes screenshots of the marked
 * page, an open card, the popup, the options page and the story editor on a draft of the article
 * to demo-output/ and prints their paths.
 *
 * With `--language fa` the browser runs in Persian, and so does Backstory's interface.
 *
 *   npx tsx tools/demo.ts [--headless] [--browser chromium|firefox] [--language fa]
 */
import { fileURLToPath } from 'node:url';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch, waitUntil, type BrowserName } from '../tests/e2e/harness/browsers';
import { cardState, centreOf, otherTabIds, paintedMentions } from '../tests/e2e/harness/in-page';
import { servePages } from '../tests/e2e/harness/server';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'demo-output');

const args = process.argv.slice(2);
const browserName = (args[args.indexOf('--browser') + 1] ?? 'chromium') as BrowserName;
const headless = args.includes('--headless') || !process.env.DISPLAY;
const language = args.includes('--language') ? args[args.indexOf('--language') + 1] : undefined;

async function main() {
  const server = await servePages([join(ROOT, 'demo')]);
  const browser = await launch(browserName === 'firefox' ? 'firefox' : 'chromium', { headless, language });
  const pageUrl = server.url('/article.html');
  const page = await browser.newPage(pageUrl);
  const painted = await waitUntil(page, 'the marks', paintedMentions, undefined, (m) => m.length > 0);
  console.log(`Backstory marked ${painted.length} mentions on ${pageUrl}`);

  if (!headless) {
    console.log('The browser is open: hover a marked name to see its card. Press Ctrl-C here to stop.');
    await new Promise(() => {});
  }

  mkdirSync(OUT, { recursive: true });
  const shots: string[] = [];
  const shot = async (name: string, take: (path: string) => Promise<void>) => {
    const path = join(OUT, language ? name.replace('.png', `-${language}.png`) : name);
    await take(path);
    shots.push(path);
  };

  await page.setViewport(1200, 900);
  await shot('1-marked-page.png', (p) => page.screenshot(p));

  const at = await page.evaluate(centreOf, { selector: 'article', text: 'Ali Khamenei' });
  if (!at) throw new Error('The demo page has no "Ali Khamenei" to hover.');
  await page.mouseMove(at.x, at.y);
  await waitUntil(page, 'the card', cardState, undefined, (c) => c.open);
  await new Promise((r) => setTimeout(r, 300));
  await shot('2-card-on-hover.png', (p) => page.screenshot(p));

  const popup = await browser.newPage();
  await popup.goto(`${browser.extensionOrigin}/popup.html`);
  const tabs = await popup.evaluate(otherTabIds);
  await popup.setViewport(460, 1400);
  await popup.goto(`${browser.extensionOrigin}/popup.html?tabId=${tabs[0]}`);
  // The tab's names, and the settings behind the switches (until they arrive, the switches are disabled).
  await waitUntil(popup, 'the popup', () => Boolean(document.querySelector('.bs-found, .bs-empty') && !document.querySelector('[role="switch"][disabled]')), undefined, Boolean);
  await new Promise((r) => setTimeout(r, 300)); // the switches slide to their place
  await shot('3-popup.png', (p) => popup.screenshot(p));

  const options = await browser.newPage();
  await options.setViewport(900, 1300);
  await options.goto(`${browser.extensionOrigin}/options.html`);
  await waitUntil(options, 'the options', () => Boolean(document.querySelector('.bs-option-group')), undefined, Boolean);
  await shot('4-options.png', (p) => options.screenshot(p, true));

  // "Start a story from this page": the editor on a draft of the demo article.
  const author = await browser.newPage();
  await author.setViewport(1200, 1000);
  await author.goto(`${browser.extensionOrigin}/author.html?tabId=${tabs[0]}`);
  await waitUntil(author, 'the draft', () => document.querySelectorAll('.bs-entity-button').length, undefined, (n) => n > 0, 30_000);
  await shot('5-story-editor.png', (p) => author.screenshot(p));

  await browser.close();
  await server.close();
  console.log('Screenshots:');
  for (const path of shots) console.log(`  ${path}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
