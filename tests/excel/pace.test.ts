import fc from 'fast-check';
import { analyseWorkbook } from '../../src/core/analyse/workbook';
import { applyTrends, historyTable, type HistoryRow } from '../../src/core/history';
import { planOutput } from '../../src/core/output';
import { summaryModel, summarySheetPlan } from '../../src/core/summary';
import type { CellValue, SheetGrid } from '../../src/core/types';
import { gridSteps, type CellSlice } from '../../src/excel/grid';
import { historyLayoutSteps } from '../../src/excel/history';
import { drain, paced, timePace, type Pace } from '../../src/excel/pace';
import { settingsFor } from '../../src/excel/settings';
import { formatCallsSteps } from '../../src/excel/summary-formats';
import { planWriteSteps } from '../../src/excel/write-plan';
import { AS_OF, cellPrints, generatedTracker, hostFor, refreshOn } from './helpers';
import { addressChunksBefore, byStyleBefore, gridRowsBefore, heightsBefore, historyLayoutBefore, mergeRunsBefore, planWriteBefore } from './oracles';

/** A pace due every `every` checks, counting its pauses; it never waits on a timer. */
function countingPace(every: number): Pace & { pauses: number } {
  let checks = 0;
  const pace = {
    pauses: 0,
    due: () => ++checks % every === 0,
    pause: async () => {
      pace.pauses++;
      await Promise.resolve();
    },
  };
  return pace;
}

const never: Pace = { due: () => false, pause: async () => undefined };

/** A generated tracker's grid, as the engine reads it. */
function trackerGrid(rows: number): SheetGrid {
  const frames = ['End of Nov 22', 'Q3', 'Dec 2022', 'TBC', 'March 23 Board', '2023-01-15'];
  const statuses = ['On track', 'Completed', 'Delayed', 'Not started', null, 'Some issues'];
  const lines: CellValue[][] = [['Ref', 'Action', 'Lead', 'Time frame', 'Status']];
  for (let i = 1; i <= rows; i++) lines.push([i, `Action ${i} to improve the service`, `Lead ${i % 7}`, `${frames[i % 6]}\n${frames[(i + 1) % 6]}`, statuses[i % 6] ?? null]);
  return { name: 'Plan', rows: lines, merges: [], tables: [], hidden: false, protected: false };
}

describe('the pace: handing the thread back between slices', () => {
  it('pauses only when the slice is used up, and gives the same answer as running at once', async () => {
    function* count(n: number): Generator<void, number, undefined> {
      let total = 0;
      for (let i = 0; i < n; i++) {
        total += i;
        yield;
      }
      return total;
    }
    const pace = countingPace(10);
    expect(await paced(count(100), pace)).toBe(drain(count(100)));
    expect(pace.pauses).toBe(10);
  });

  it('measures slices by the clock it is given', async () => {
    let now = 0;
    const yields: number[] = [];
    const pace = timePace(12, () => now, async () => void yields.push(now));
    now = 11;
    expect(pace.due()).toBe(false);
    now = 12;
    expect(pace.due()).toBe(true);
    await pace.pause();
    expect([pace.due(), yields]).toEqual([false, [12]]);
  });
});

describe('the chunked helpers give what the one-pass helpers gave', () => {
  const cell = fc.oneof(fc.constant(''), fc.string({ maxLength: 4 }), fc.integer({ min: 40000, max: 46000 }), fc.boolean());
  const slice = fc.record({ rowIndex: fc.nat(4), columnIndex: fc.nat(4), rows: fc.array(fc.array(fc.tuple(cell, fc.constantFrom('General', 'dd/mm/yyyy')), { minLength: 3, maxLength: 3 }), { maxLength: 6 }) });

  it('turns read blocks into the same engine rows', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(slice, { maxLength: 3 }), async (specs) => {
        const slices: CellSlice[] = specs.map(({ rowIndex, columnIndex, rows }) => ({
          rowIndex,
          columnIndex,
          values: rows.map((line) => line.map(([v]) => v)),
          numberFormat: rows.map((line) => line.map(([, f]) => f)),
          valueTypes: rows.map((line) => line.map(([v]) => (v === '' ? 'Empty' : typeof v === 'number' ? 'Double' : typeof v === 'boolean' ? 'Boolean' : 'String'))),
        }));
        expect(await paced(gridSteps(slices), countingPace(3))).toEqual(gridRowsBefore(slices));
      }),
    );
  });

  const settings = settingsFor(null, { asOf: AS_OF, nextMeeting: '2022-12-14' });
  const tracker = analyseWorkbook([trackerGrid(400)], settings).trackers[0];

  it('plans the same output cells, with and without merged cells over them', async () => {
    if (!tracker) throw new Error('the generated grid holds a tracker');
    const plan = planOutput(tracker, settings);
    for (const merges of [[], [{ top: 3, left: 0, bottom: 3, right: 8 }, { top: 10, left: 5, bottom: 12, right: 7 }]]) {
      for (const first of [true, false]) expect(await paced(planWriteSteps(plan, merges, first), countingPace(7))).toEqual(planWriteBefore(plan, merges, first));
    }
  });

  it('lays out the same history writes', async () => {
    const row = (i: number, asOf = AS_OF): HistoryRow => ({ refreshedAt: 't', asOf, sheet: 'Plan', key: String(i), rating: i % 2 ? 'red' : 'green', status: 'unknown', nextDue: null });
    const old = Array.from({ length: 50 }, (_, i) => row(i, '2022-11-01'));
    const fresh = Array.from({ length: 50 }, (_, i) => row(i));
    const stored = historyTable([...old, ...fresh]);
    for (const rows of [[...old, ...fresh], [...old, ...fresh.slice(0, 20)], [...old, ...fresh, ...fresh], []]) {
      expect(await paced(historyLayoutSteps(stored, historyTable(rows)), countingPace(5))).toEqual(historyLayoutBefore(stored, rows));
    }
  });

  it('groups the RAG Summary formats into the same calls, in the same order', async () => {
    if (!tracker) throw new Error('the generated grid holds a tracker');
    const { trackers, trends } = applyTrends([tracker], [], settings.asOf);
    const plan = summarySheetPlan(summaryModel(trackers, settings, trends, { issues: [] }));
    expect(plan.merges.length).toBeGreaterThan(10);
    for (const areas of [true, false]) {
      const calls = await paced(formatCallsSteps(plan, () => areas), countingPace(4));
      const styles = [...byStyleBefore(plan)].filter(([style]) => plan.styles[style] !== undefined);
      expect(calls.styles.map((s) => s.targets)).toEqual(styles.map(([, ranges]) => (areas ? { addresses: addressChunksBefore(ranges), ranges: [] } : { addresses: [], ranges })));
      expect(calls.merges).toEqual(mergeRunsBefore(plan.merges));
      expect(calls.heights).toEqual([...heightsBefore(plan)].map(([points, rows]) => ({ points, targets: areas ? { addresses: addressChunksBefore(rows), ranges: [] } : { addresses: [], ranges: rows } })));
    }
  });
});

describe('a paced refresh', () => {
  it('hands the thread back many times, still in one read and one write round trip, with the same result', async () => {
    const wb = generatedTracker(600);
    const pace = countingPace(16);
    const slow = await hostFor(wb);
    const fast = await hostFor(wb);
    const paced600 = await refreshOn(slow, { pace });
    const atOnce = await refreshOn(fast, { pace: never });
    expect([paced600.syncs, slow.stats.syncs]).toEqual([2, 2]);
    expect(pace.pauses).toBeGreaterThan(600 / 16);
    expect(paced600.report).toEqual(atOnce.report);
    expect(cellPrints(slow.workbook)).toEqual(cellPrints(fast.workbook));
    // Request bytes name proxies by id, and the second refresh's ids have more digits.
    const counts = ({ requestBytes: _r, maxRequestBytes: _m, ...rest }: typeof slow.stats) => rest;
    expect(counts(slow.stats)).toEqual(counts(fast.stats));
  }, 60_000);
});
