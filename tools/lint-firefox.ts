/**
 * Runs `web-ext lint` on the Firefox build and fails on any error, and on any warning that is
 * ours. Two kinds of warning are accepted: Preact's own `innerHTML` assignment, which only runs
 * for `dangerouslySetInnerHTML`, a prop no code of ours uses (checked here too); and
 * Readability's two in the draft script, which rewrite the inert copy of a page it reads (a
 * document with no window, where nothing runs or loads), never the page itself.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BUILD = join(ROOT, '.output/firefox-mv2');

interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

function lint(): { errors: LintMessage[]; warnings: LintMessage[]; notices: LintMessage[] } {
  let out: string;
  try {
    out = execFileSync('npx', ['web-ext', 'lint', '--source-dir', BUILD, '--self-hosted=false', '--output', 'json'], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch (error) {
    // web-ext exits non-zero when it finds errors; its report is still on stdout.
    out = (error as { stdout?: string }).stdout ?? '';
  }
  return JSON.parse(out) as ReturnType<typeof lint>;
}

/** Whether a warning points at Preact's `e.innerHTML = x.__html` in a built file. */
function isPreactInnerHtml(warning: LintMessage): boolean {
  if (warning.code !== 'UNSAFE_VAR_ASSIGNMENT' || !warning.file || !warning.line) return false;
  const line = readFileSync(join(BUILD, warning.file), 'utf8').split('\n')[warning.line - 1] ?? '';
  const column = warning.column ?? 0;
  return /innerHTML=\w+\.__html/.test(line.slice(Math.max(0, column - 20), column + 60));
}

/** Source files of ours that assign or inject HTML. */
function htmlInOurSources(): string[] {
  const hits: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(ts|tsx)$/.test(name) && /innerHTML|dangerouslySetInnerHTML|insertAdjacentHTML/.test(readFileSync(path, 'utf8'))) {
        hits.push(path.slice(ROOT.length));
      }
    }
  };
  for (const dir of ['components', 'entrypoints', 'lib', 'data']) walk(join(ROOT, dir));
  return hits;
}

/** Whether a warning points at Readability's own rewriting of the copy it reads, in the draft script. */
function isReadabilityInnerHtml(warning: LintMessage): boolean {
  if (warning.code !== 'UNSAFE_VAR_ASSIGNMENT' || warning.file !== 'draft.js' || !warning.line) return false;
  const line = readFileSync(join(BUILD, warning.file), 'utf8').split('\n')[warning.line - 1] ?? '';
  const column = warning.column ?? 0;
  return /this\._attempts\.push|this\._isSingleImage/.test(line.slice(Math.max(0, column - 120), column + 80));
}

const report = lint();
const accepted = (w: LintMessage) => isPreactInnerHtml(w) || isReadabilityInnerHtml(w);
const ours = report.warnings.filter((w) => !accepted(w));
const injected = htmlInOurSources();
console.log(
  `web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings ` +
    `(${report.warnings.length - ours.length} from Preact's and Readability's own innerHTML code), ${report.notices.length} notices`,
);
for (const m of [...report.errors, ...ours]) console.log(`  ${m.code}: ${m.message} (${m.file ?? ''}:${m.line ?? ''})`);
for (const file of injected) console.log(`  our source injects HTML: ${file}`);
process.exit(report.errors.length + ours.length + injected.length > 0 ? 1 : 0);
