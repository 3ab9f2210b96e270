import { finish } from '../../../src/core/chunks';
import { applyTrends } from '../../../src/core/history';
import { summaryModel, summaryModelInChunks, summarySheetPlan, summarySheetPlanInChunks } from '../../../src/core/summary';
import { chunkCases, same, stepsOf, type ChunkCase } from './chunk-fixtures';

let cases: ChunkCase[];
beforeAll(async () => {
  cases = await chunkCases();
}, 60_000);

/** A case's trended trackers and the summary model the plain functions give. */
function plain(c: ChunkCase) {
  const { trackers, trends } = applyTrends(c.analysis.trackers, c.history, c.settings.asOf);
  return { trackers, trends, model: summaryModel(trackers, c.settings, trends, { issues: c.analysis.issues }) };
}

describe('the summary in chunks', () => {
  it.each([1, 7, 250])('gives exactly the plain summary model at %i rows a step, no step over the bound', (bound) => {
    for (const c of cases) {
      const { trackers, trends, model } = plain(c);
      const { value, steps } = stepsOf(summaryModelInChunks(trackers, c.settings, trends, { issues: c.analysis.issues }, bound));
      expect(same(value, model)).toBe(true);
      expect(value).toEqual(model);
      expect(steps.every((n) => n >= 1 && n <= bound)).toBe(true);
    }
  });

  it.each([1, 7, 250])('gives exactly the plain sheet plan at %i rows a step, no step over the bound', (bound) => {
    for (const c of cases) {
      const { model } = plain(c);
      const expected = summarySheetPlan(model);
      const { value, steps } = stepsOf(summarySheetPlanInChunks(model, bound));
      expect(same(value, expected)).toBe(true);
      expect(value).toEqual(expected);
      expect(steps.every((n) => n >= 1 && n <= bound)).toBe(true);
    }
  });

  it('pauses in proportion to the rows of a large plan', () => {
    const big = cases.find((c) => c.name === 'generated 5k');
    if (!big) throw new Error('no generated case');
    const { model } = plain(big);
    const rows = summarySheetPlan(model).rows.length;
    expect(stepsOf(summarySheetPlanInChunks(model, 100)).steps.length).toBeGreaterThanOrEqual(Math.floor(rows / 100));
  });

  it('runs straight through when the bound is Infinity', () => {
    for (const c of cases) {
      const { model } = plain(c);
      expect(stepsOf(summarySheetPlanInChunks(model, Infinity)).steps).toEqual([]);
      expect(same(finish(summarySheetPlanInChunks(model, Infinity)), summarySheetPlan(model))).toBe(true);
    }
  });
});
