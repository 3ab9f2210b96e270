import { applyTrends } from '../../../src/core/history';
import { planOutput, planOutputInChunks } from '../../../src/core/output';
import { chunkCases, same, stepsOf, type ChunkCase } from '../summary/chunk-fixtures';

let cases: ChunkCase[];
beforeAll(async () => {
  cases = await chunkCases();
}, 60_000);

describe('output plans in chunks', () => {
  it.each([1, 7, 250])('give exactly the plain plan at %i rows a step, no step over the bound', (bound) => {
    for (const c of cases) {
      for (const tracker of applyTrends(c.analysis.trackers, c.history, c.settings.asOf).trackers) {
        const expected = planOutput(tracker, c.settings);
        const { value, steps } = stepsOf(planOutputInChunks(tracker, c.settings, bound));
        expect(same(value, expected)).toBe(true);
        expect(value).toEqual(expected);
        expect(steps.every((n) => n >= 1 && n <= bound)).toBe(true);
      }
    }
  });

  it('pauses in proportion to the rows of a large tracker', () => {
    const tracker = cases.find((c) => c.name === 'generated 5k')?.analysis.trackers[0];
    if (!tracker) throw new Error('no generated case');
    expect(stepsOf(planOutputInChunks(tracker, cases[0]?.settings ?? ({} as never), 100)).steps.length).toBeGreaterThanOrEqual(Math.floor((tracker.lastRow - tracker.headerRow) / 100));
  });
});
