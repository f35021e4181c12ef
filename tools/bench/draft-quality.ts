/**
 * How well a draft story finds an article's names, on the hand-labelled corpus pages
 * (tests/draft/labels.json; scoring in ./draft-scoring.ts).
 *
 *   npm run draft:quality [-- --corpus DIR] [--show]
 *
 * Prints a table per page and the totals; exits 0 whatever the figures (the unit test
 * tests/unit/draft-quality.test.ts holds them to the goal: recall 0.85 or more, no junk).
 */
import { fileURLToPath } from 'node:url';
import { corpusDir } from '../arguments';
import { GOAL, scoreLabels, totals } from './draft-scoring';

const SHOW = process.argv.includes('--show');
const scores = scoreLabels(fileURLToPath(new URL('../../tests/draft/labels.json', import.meta.url)), corpusDir());
const rows: string[][] = [['page', 'wanted', 'found', 'recall', 'junk', 'candidates', 'ms']];
for (const s of scores) {
  rows.push([s.page, String(s.wanted), String(s.found), (s.found / Math.max(1, s.wanted)).toFixed(2), String(s.junk.length), String(s.candidates), s.ms.toFixed(0)]);
  if (SHOW && s.missed.length > 0) console.log(`${s.page}: missed ${s.missed.join('; ')}`);
  if (SHOW && s.junk.length > 0) console.log(`  junk: ${s.junk.join('; ')}`);
}
const all = totals(scores);
rows.push(['all', String(all.wanted), String(all.found), all.recall.toFixed(2), String(all.junk), '', '']);
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const row of rows) console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '));
console.log(`\ngoal: recall ${GOAL.recall} or more, junk ${GOAL.junk}`);
