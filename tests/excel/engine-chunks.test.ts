import { applyTrends } from '../../src/core/history';
import { buildReport, buildReportInChunks } from '../../src/core/report';
import { summaryModel, summarySheetPlan, summarySheetPlanInChunks } from '../../src/core/summary';
import { ENGINE_CHUNK_ROWS, paced, type Pace } from '../../src/excel/pace';
import { chunkCases, same, stepsOf, type ChunkCase } from '../core/summary/chunk-fixtures';

let cases: ChunkCase[];
beforeAll(async () => {
  cases = await chunkCases();
}, 60_000);

describe('the report in chunks', () => {
  it.each([1, 7, ENGINE_CHUNK_ROWS])('gives exactly the plain report at %i rows a step, no step over the bound', (bound) => {
    for (const c of cases) {
      const analysis = { ...c.analysis, trackers: applyTrends(c.analysis.trackers, c.history, c.settings.asOf).trackers };
      const expected = buildReport(analysis, c.settings);
      const { value, steps } = stepsOf(buildReportInChunks(analysis, c.settings, bound));
      expect(same(value, expected)).toBe(true);
      expect(steps.every((n) => n >= 1 && n <= bound)).toBe(true);
    }
  });
});

describe('an engine pass driven by the pace', () => {
  it('hands the thread back between its steps and gives the plain answer', async () => {
    const big = cases.find((c) => c.name === 'generated 5k');
    if (!big) throw new Error('no generated case');
    const { trackers, trends } = applyTrends(big.analysis.trackers, big.history, big.settings.asOf);
    const model = summaryModel(trackers, big.settings, trends, { issues: big.analysis.issues });
    let pauses = 0;
    // Due after every step, and never waiting on a timer.
    const pace: Pace = { due: () => true, pause: async () => void pauses++ };
    const plan = await paced(summarySheetPlanInChunks(model, 100), pace);
    expect(same(plan, summarySheetPlan(model))).toBe(true);
    expect(pauses).toBe(stepsOf(summarySheetPlanInChunks(model, 100)).steps.length);
    expect(pauses).toBeGreaterThan(10);
  });
});
