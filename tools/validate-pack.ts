/**
 * Checks story pack files from the terminal, with the validator and the words the options page
 * uses when a reader imports a pack:
 *
 *   npm run validate-pack -- my-pack.json [more.json ...] [--alone]
 *
 * Each file is checked as if imported into a copy of Backstory that has the bundled packs
 * (data/packs/*.json) and the files named before it, so aliases that would shadow another
 * pack's are found here too; `--alone` checks each file by itself. Prints one line per problem,
 * `file: path: message`, and exits with 1 if any file is refused.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Pack } from '../data/schema';
import { readPackText } from '../lib/knowledge/pack-file';
import { formatProblem, validatePack } from '../lib/knowledge/validate';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const BUNDLED_DIR = join(ROOT, 'data/packs');

function main(argv: readonly string[]): number {
  const alone = argv.includes('--alone');
  const files = argv.filter((a) => !a.startsWith('--'));
  if (files.length === 0) {
    console.error('usage: npm run validate-pack -- FILE.json [MORE.json ...] [--alone]');
    return 2;
  }
  const bundled = alone ? [] : bundledPacks();
  const accepted: Pack[] = [];
  let refused = 0;
  for (const file of files) {
    const path = resolve(file);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      console.log(`${file}: cannot be read (${error instanceof Error ? error.message : String(error)})`);
      refused++;
      continue;
    }
    // A bundled pack checked by itself is not a second copy of itself.
    const installed = alone ? [] : [...bundled.filter((b) => b.path !== path).map((b) => b.pack), ...accepted];
    const result = readPackText(text, { installed });
    if (!result.ok) {
      refused++;
      console.log(`${file}: refused, ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}`);
      for (const problem of result.problems) console.log(`${file}: ${formatProblem(problem)}`);
      continue;
    }
    accepted.push(result.pack);
    const { pack, shared } = result;
    const sharing = shared.length > 0 ? `; shares ${shared.length} with installed packs (${shared.join(', ')})` : '';
    console.log(`${file}: ok, “${pack.story.title}” (${pack.id}), ${pack.entities.length} entities, as of ${pack.asOf}${sharing}`);
  }
  return refused > 0 ? 1 : 0;
}

function bundledPacks(): { path: string; pack: Pack }[] {
  return readdirSync(BUNDLED_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const path = join(BUNDLED_DIR, f);
      const result = validatePack(JSON.parse(readFileSync(path, 'utf8')));
      if (!result.ok) throw new Error(`the bundled pack ${relative(ROOT, path)} is invalid: run it through this command alone`);
      return { path, pack: result.pack };
    });
}

process.exitCode = main(process.argv.slice(2));
