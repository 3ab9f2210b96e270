import { RowLine } from '../../../src/core/detect/line';
import type { PeriodColumn } from '../../../src/core/detect/milestones';
import { rawActions, type RowLayout } from '../../../src/core/detect/rows';
import { marksPeriod } from '../../../src/core/detect/timeline';
import { TimelineRow } from '../../../src/core/detect/timelineRow';
import { parseTimeframe } from '../../../src/core/timeframe';
import type { CellValue } from '../../../src/core/types';

/*
 * SPEC 3 (a range's end is its deadline) for a Gantt chart: on a sheet with no time frame column,
 * the periods marked in an action's row are its time frame, from the first marked to the last.
 */

const MONTHS_2024_25 = ['Apr 2024', 'May 2024', 'Jun 2024', 'Jul 2024', 'Aug 2024', 'Sep 2024', 'Oct 2024', 'Nov 2024', 'Dec 2024', 'Jan 2025', 'Feb 2025', 'Mar 2025'];
/** A chart of months from column C (2), dated as withPlanYear dates them in a 2024/25 plan. */
const chart = (labels: readonly string[] = MONTHS_2024_25, from = 2): PeriodColumn[] => labels.map((period, i) => ({ col: from + i, period }));
/** A row of an action and its lead, then the chart's cells. */
const row = (...cells: CellValue[]): CellValue[] => ['Open a same day emergency care unit', 'Clinical Director ED', ...cells];
const AS_OF = '2024-11-20';

describe('TimelineRow: a Gantt chart\'s marks as the row\'s time frame', () => {
  const timeline = new TimelineRow(chart());

  it('writes the first marked month to the last into the chart\'s first column, a range the time-frame parser reads as due at the end of the last', () => {
    const read = timeline.read(row('X', 'X', 'X'));
    expect(timeline.column).toBe(2);
    expect(read[2]).toBe('Apr 2024 to Jun 2024');
    expect(parseTimeframe(String(read[2]), AS_OF)).toEqual({ kind: 'range', start: '2024-04-01', end: '2024-06-30', redated: false });
  });

  it('runs over gaps: Apr and Jun marked with May blank is still Apr to Jun', () => {
    expect(timeline.read(row('X', null, 'X'))[2]).toBe('Apr 2024 to Jun 2024');
    expect(timeline.read(row(null, null, null, null, null, null, null, '✓', null, '✓'))[2]).toBe('Nov 2024 to Jan 2025');
  });

  it('gives a row marked in one period that period alone, due at its end', () => {
    const quarters = new TimelineRow(chart(['Q1 2024/25', 'Q2 2024/25', 'Q3 2024/25', 'Q4 2024/25']));
    const text = String(quarters.read(row(null, true, null, null))[2]);
    expect(text).toBe('Q2 2024/25');
    expect(parseTimeframe(text, AS_OF).end).toBe('2024-09-30');
    expect(quarters.read(row(null, '✔', '✔', null))[2]).toBe('Q2 2024/25 to Q3 2024/25');
    expect(parseTimeframe('Q2 2024/25 to Q3 2024/25', AS_OF)).toMatchObject({ kind: 'range', end: '2024-12-31' });
  });

  it('reads the marks a Gantt chart is drawn with, a milestone named in its month, and no "-", FALSE or RAG letter', () => {
    for (const mark of ['X', 'x', '✓', '√', '●', '■', 'Y', 'yes', 1, '1', true, 'Go live']) expect([mark, marksPeriod(mark)]).toEqual([mark, true]);
    for (const none of ['-', 'n/a', 'N', 0, false, 'FALSE', 'G', 'Complete', null, '  ']) expect([none, marksPeriod(none)]).toEqual([none, false]);
    expect(timeline.read(row('-', 'X', 'X', false, 'n/a'))[2]).toBe('May 2024 to Jun 2024');
  });

  it('leaves a row with no marks without a time frame, emptying a first cell that holds no mark rather than read it as a date', () => {
    const blank = row(null, null, null);
    expect(timeline.read(blank)).toBe(blank);
    expect(timeline.read(row('-', null, null))[2]).toBeNull();
  });

  it('never changes the sheet\'s own row', () => {
    const own = row('X', 'X', null, 'X');
    const copy = [...own];
    expect(timeline.read(own)).not.toBe(own);
    expect(own).toEqual(copy);
  });

  it('writes a span of months numbered in the financial year (a plan naming no year) as a span, due at the end of its last month', () => {
    const numbered = new TimelineRow(chart(['Month 1', 'Month 2', 'Month 3', 'Month 4']));
    expect(numbered.read(row('X', 'X', 'X'))[2]).toBe('Month 1 to Month 3');
    expect(parseTimeframe('Month 1 to Month 3', AS_OF)).toMatchObject({ start: '2024-04-01', end: '2024-06-30' });
  });
});

describe('RowLine and the row reader over a Gantt chart', () => {
  const header = ['Action', 'Lead', ...MONTHS_2024_25.map((m) => m.slice(0, 3))];
  const layout = (rows: readonly (readonly CellValue[])[], extra: Partial<RowLayout> = {}): RowLayout => ({
    columns: { action: 0, lead: 1 },
    extraStatus: [],
    headerIndex: 0,
    lastIndex: rows.length - 1,
    skip: new Set(),
    timeline: chart(),
    ...extra,
  });

  it('reads the chart\'s first column as the time frame column, and the sheet\'s own where it has one', () => {
    expect(new RowLine(layout([header])).columns).toEqual({ action: 0, lead: 1, timeframe: 2 });
    const own = new RowLine(layout([header], { columns: { action: 0, lead: 1, timeframe: 14 } }));
    expect(own.columns).toEqual({ action: 0, lead: 1, timeframe: 14 });
    expect(own.read(row('X'))).toEqual(row('X'));
  });

  it('hands each action its span as its time frame cell, and leaves a row of marks alone, with no action, out as before', () => {
    const rows: CellValue[][] = [header, row(null, null, null, null, null, null, 'X', 'X', 'X'), [null, null, 'X', 'X'], ['Agree the ToR', 'COO']];
    const actions = rawActions(rows, layout(rows));
    expect(actions.map((a) => [a.rows, a.cells.timeframe?.map((c) => c.value)])).toEqual([
      [[2], ['Oct 2024 to Dec 2024']],
      [[4], undefined],
    ]);
  });
});
