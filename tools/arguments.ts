/**
 * The tools' command-line arguments: `--name value` pairs, and the corpus of saved pages the
 * benchmarks and the corpus run read (--corpus DIR, else BACKSTORY_CORPUS, else the shared
 * corpus beside the project).
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The value after `--name`, if given. */
export function argument(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? undefined : process.argv[i + 1];
}

export function corpusDir(): string {
  const root = fileURLToPath(new URL('../', import.meta.url));
  return resolve(argument('corpus') ?? process.env.BACKSTORY_CORPUS ?? join(root, '../shared/corpus/pages'));
}
