/**
 * Precision and recall of the matcher on the labelled evaluation set (tests/eval/cases.ts),
 * overall and per tag. The set describes what a careful reader would link, and is never
 * edited to fit the code; this test fails below precision 0.98 or recall 0.95.
 */
import { describe, expect, it } from 'vitest';
import { bundledPacks } from '../../data';
import { compileKnowledge } from '../../lib/knowledge/compile';
import { findMentions } from '../../lib/knowledge/describe';
import { EVAL_CASES, EVAL_WRITTEN, type EvalCase } from '../eval/cases';

const knowledge = compileKnowledge(bundledPacks());

interface Tally {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

function predicted(c: EvalCase): string[] {
  const found = findMentions(knowledge, c.passages, {}, c.published ?? EVAL_WRITTEN);
  return found.flatMap((list, i) =>
    list.map((m) => `${m.entity}|${c.passages[i]!.slice(m.start, m.end)}`),
  );
}

/** Compares two lists of "entity|text" as multisets. */
function compare(expected: string[], got: string[]): Tally & { missed: string[]; extra: string[] } {
  const left = new Map<string, number>();
  for (const e of expected) left.set(e, (left.get(e) ?? 0) + 1);
  const extra: string[] = [];
  for (const g of got) {
    const n = left.get(g) ?? 0;
    if (n > 0) left.set(g, n - 1);
    else extra.push(g);
  }
  const missed = [...left].flatMap(([k, n]) => Array<string>(n).fill(k));
  return {
    truePositives: got.length - extra.length,
    falsePositives: extra.length,
    falseNegatives: missed.length,
    missed,
    extra,
  };
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

describe('the evaluation set', () => {
  it('has at least 300 cases', () => {
    expect(EVAL_CASES.length).toBeGreaterThanOrEqual(300);
  });

  it('names only entities that exist', () => {
    const unknown = EVAL_CASES.flatMap((c) => c.expected.filter((e) => !knowledge.byId.has(e.entity)).map((e) => `${c.id}: ${e.entity}`));
    expect(unknown).toEqual([]);
  });

  it('is matched with precision >= 0.98 and recall >= 0.95', () => {
    const total: Tally = { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
    const byTag = new Map<string, Tally>();
    const errors: string[] = [];
    for (const c of EVAL_CASES) {
      const result = compare(
        c.expected.map((e) => `${e.entity}|${e.text}`),
        predicted(c),
      );
      for (const tally of [total, ...c.tags.map((t) => byTag.get(t) ?? byTag.set(t, { truePositives: 0, falsePositives: 0, falseNegatives: 0 }).get(t)!)]) {
        tally.truePositives += result.truePositives;
        tally.falsePositives += result.falsePositives;
        tally.falseNegatives += result.falseNegatives;
      }
      if (result.missed.length || result.extra.length) {
        errors.push(`${c.id}: missed [${result.missed.join(', ')}] extra [${result.extra.join(', ')}]`);
      }
    }
    const precision = ratio(total.truePositives, total.truePositives + total.falsePositives);
    const recall = ratio(total.truePositives, total.truePositives + total.falseNegatives);
    const lines = [
      `evaluation: ${EVAL_CASES.length} cases, precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} ` +
        `(${total.truePositives} found, ${total.falsePositives} wrong, ${total.falseNegatives} missed)`,
      ...[...byTag]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(
          ([tag, t]) =>
            `  ${tag.padEnd(12)} precision ${ratio(t.truePositives, t.truePositives + t.falsePositives).toFixed(3)}  recall ${ratio(t.truePositives, t.truePositives + t.falseNegatives).toFixed(3)}`,
        ),
      ...errors.map((e) => `  ${e}`),
    ];
    console.log(lines.join('\n'));
    expect(precision).toBeGreaterThanOrEqual(0.98);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });
});
