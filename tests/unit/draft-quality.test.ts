/**
 * The names a draft proposes, against the hand labels of sixteen corpus pages
 * (tests/draft/labels.json): recall at least 0.85 and no junk (navigation, bylines, dates).
 * Prints the figures. The labels were written before the code and are never edited to fit it.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GOAL, scoreLabels, totals } from '../../tools/bench/draft-scoring';

describe('the names a draft proposes, on hand-labelled pages', () => {
  it(`finds at least ${GOAL.recall} of the wanted names and proposes no junk`, () => {
    const corpus = process.env.BACKSTORY_CORPUS ?? join(__dirname, '../../../shared/corpus/pages');
    const scores = scoreLabels(join(__dirname, '../draft/labels.json'), corpus);
    const all = totals(scores);
    console.log(`draft quality: recall ${all.recall.toFixed(2)} (${all.found} of ${all.wanted}), junk ${all.junk}`);
    expect(scores.flatMap((s) => s.junk.map((j) => `${s.page}: ${j}`))).toEqual([]);
    expect(all.recall).toBeGreaterThanOrEqual(GOAL.recall);
  }, 60_000);
});
