import {
  applyTrends,
  applyTrendsInChunks,
  historyRows,
  historyRowsInChunks,
  historyTable,
  historyTableInChunks,
  mergeHistory,
  mergeHistoryInChunks,
  readHistoryTable,
  readHistoryTableInChunks,
  type HistoryRow,
} from '../../../src/core/history';
import { chunkCases, same, stepsOf, type ChunkCase } from '../summary/chunk-fixtures';

let cases: ChunkCase[];
beforeAll(async () => {
  cases = await chunkCases();
}, 60_000);

const REFRESHED = '2022-11-30T09:00:00.000Z';

/** Checks a chunked pass against the plain result, and every step against the bound. */
function expectSame<T>(chunks: Generator<number, T, undefined>, expected: T, bound: number): void {
  const { value, steps } = stepsOf(chunks);
  expect(same(value, expected)).toBe(true);
  expect(value).toEqual(expected);
  expect(steps.every((n) => n >= 1 && n <= bound)).toBe(true);
}

describe('history in chunks', () => {
  it.each([1, 7, 250])('sets exactly the plain trends at %i rows a step', (bound) => {
    for (const c of cases) {
      expectSame(applyTrendsInChunks(c.analysis.trackers, c.history, c.settings.asOf, bound), applyTrends(c.analysis.trackers, c.history, c.settings.asOf), bound);
      expectSame(applyTrendsInChunks(c.analysis.trackers, [], c.settings.asOf, bound), applyTrends(c.analysis.trackers, [], c.settings.asOf), bound);
    }
  });

  it.each([1, 7, 250])('adds, merges, lays out and reads back exactly the plain rows at %i rows a step', (bound) => {
    for (const c of cases) {
      const { trackers } = c.analysis;
      const fresh = historyRows(trackers, c.settings.asOf, REFRESHED);
      expectSame(historyRowsInChunks(trackers, c.settings.asOf, REFRESHED, bound), fresh, bound);
      const merged = mergeHistory(c.history, fresh);
      expectSame(mergeHistoryInChunks(c.history, fresh, bound), merged, bound);
      // A repeat keeps the stored snapshot; a changed one replaces it.
      const repeat = historyRows(trackers, c.settings.asOf, 'later');
      const changed: HistoryRow[] = repeat.map((r, i) => (i === 0 ? { ...r, rating: r.rating === 'red' ? 'green' : 'red' } : r));
      expectSame(mergeHistoryInChunks(merged, repeat, bound), mergeHistory(merged, repeat), bound);
      expect(same(mergeHistory(merged, repeat), merged)).toBe(true);
      expectSame(mergeHistoryInChunks(merged, changed, bound), mergeHistory(merged, changed), bound);
      const table = historyTable(merged);
      expectSame(historyTableInChunks(merged, bound), table, bound);
      expectSame(readHistoryTableInChunks(table, bound), readHistoryTable(table), bound);
      expect(readHistoryTable(table)).toEqual(merged);
    }
  });

  it('pauses in proportion to the history of a large plan', () => {
    const big = cases.find((c) => c.name === 'generated 5k');
    if (!big) throw new Error('no generated case');
    const { steps } = stepsOf(applyTrendsInChunks(big.analysis.trackers, big.history, big.settings.asOf, 100));
    expect(steps.length).toBeGreaterThanOrEqual(Math.floor(big.history.length / 100));
  });
});
