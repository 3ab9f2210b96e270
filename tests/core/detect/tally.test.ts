import { rawActions, type RowLayout } from '../../../src/core/detect/rows';
import type { CellValue } from '../../../src/core/types';

function layout(rows: readonly (readonly CellValue[])[], columns: RowLayout['columns']): RowLayout {
  return { columns, extraStatus: [6], headerIndex: 0, lastIndex: rows.length - 1, skip: new Set() };
}

// A board action log as teams keep it: the meeting date first, and counts of open actions below.
const HEADER = ['Meeting date', 'Item', 'Action', 'Owner', 'Due date', 'Update', 'Status'];
const COLUMNS = { ref: 1, action: 2, lead: 3, timeframe: 4, status: 5 };
const LOG: CellValue[][] = [
  HEADER,
  [{ kind: 'date', iso: '2024-09-05' }, 'TB24/090', 'Report back on the ED 12-hour breach harm reviews', 'COO', { kind: 'date', iso: '2024-11-07' }, 'Verbal update given', 'Open'],
  [{ kind: 'date', iso: '2024-11-07' }, 'TB24/105', 'Benchmark vacancy rates against peer trusts', 'Director of People', { kind: 'date', iso: '2025-01-09' }, null, 'Open'],
];

describe('counts kept under a tracker are not actions', () => {
  it('leaves out rows whose action cell holds a count (a COUNTIF beside its label), with no owner, date or update', () => {
    const rows = [...LOG, [], ['Open actions', null, 10, null, null, null, null], ['Overdue actions', null, 4, null, null, null, null]];
    expect(rawActions(rows, layout(rows, COLUMNS)).map((a) => a.rows)).toEqual([[2], [3]]);
  });

  it('leaves out a "Total" row of numbers typed under the table', () => {
    const rows = [['Action', 'Lead', 'Open', 'Closed'], ['Publish the plan', 'Ann', 1, 0], ['Total', null, 12, 7]];
    expect(rawActions(rows, layout(rows, { action: 0, lead: 1 })).map((a) => a.rows)).toEqual([[2]]);
  });

  it('still reads an action whose text starts with "Total" or that has an owner beside a number', () => {
    const rows = [
      ['Action', 'Lead', 'Due date'],
      ['Total rewards statement to all staff', 'HR', '31/03/2025'],
      ['Total', 'Finance', '31/03/2025'],
      [42, 'Ann', '31/01/2025'],
    ];
    expect(rawActions(rows, layout(rows, { action: 0, lead: 1, timeframe: 2 })).map((a) => a.rows)).toEqual([[2], [3], [4]]);
  });
});
