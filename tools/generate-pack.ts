/**
 * Writes a generated story pack of made-up entities, for trying Backstory with a large pack:
 *
 *   npm run generate-pack -- [--entities 10000] [--out reports/pack-10000.json]
 *
 * The pack is the matching benchmark's (tools/bench/text.ts: people, organisations and
 * places with about five aliases each, some ambiguous, some case-sensitive, a quarter with
 * diacritics), so what is measured in the browser is what `npm run bench:match` measures in
 * Node. It is made when needed and never committed (10,000 entities is about 5 MB). The file
 * is checked as an import would check it, beside the bundled packs, before it is written.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Pack } from '../data/schema';
import { formatProblems, validatePack } from '../lib/knowledge/validate';
import { syntheticPack } from './bench/text';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? undefined : process.argv[i + 1];
}

/** The generated pack, checked beside the bundled packs; throws if it would be refused. */
export function generatedPack(entities: number): Pack {
  const pack = syntheticPack(entities);
  const bundledDir = join(ROOT, 'data/packs');
  const bundled = readdirSync(bundledDir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(bundledDir, f), 'utf8')) as Pack);
  const result = validatePack(JSON.parse(JSON.stringify(pack)), { installed: bundled });
  if (!result.ok) throw new Error(`the generated pack would be refused:\n${formatProblems(result.problems)}`);
  return result.pack;
}

function main(): void {
  const entities = Number(option('entities') ?? 10_000);
  if (!Number.isInteger(entities) || entities < 1) throw new Error('--entities needs a whole number');
  const out = resolve(option('out') ?? join(ROOT, `reports/pack-${entities}.json`));
  const pack = generatedPack(entities);
  mkdirSync(dirname(out), { recursive: true });
  const text = JSON.stringify(pack);
  writeFileSync(out, text);
  const aliases = pack.entities.reduce((n, e) => n + e.aliases.length, 0);
  console.log(`${out}: ${pack.entities.length} entities, ${aliases} aliases, ${(text.length / 1e6).toFixed(1)} MB`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
