import { analyseWorkbook } from '../../../src/core/analyse/workbook';
import { readHeader } from '../../../src/core/detect/columns';
import { rawActions } from '../../../src/core/detect/rows';
import { findHeader } from '../../../src/core/detect/tracker';
import { latestUpdate } from '../../../src/core/detect/updates';
import { defaultSettings } from '../../../src/core/settings';
import type { CellValue, SheetGrid } from '../../../src/core/types';

const grid = (rows: CellValue[][]): SheetGrid => ({ name: 'Plan', rows, merges: [], tables: [], hidden: false, protected: false });
const HEADER = ['Action', 'Lead', 'Deadline', 'Q1 update', 'Q2 update', 'Q3 update'];

describe('dated update columns ("Q1 update", "Q2 update", …): the latest filled one is the status', () => {
  it('lists them in sheet order and reads none of them as a further status column', () => {
    const reading = readHeader(HEADER);
    expect(reading.updates).toEqual([3, 4, 5]);
    expect(reading.columns.status).toBe(3);
    expect(reading.extraStatus).toEqual([]);
  });

  it.each([
    [['Action', 'Update Nov 22', 'Update Dec 22']],
    [['Action', 'Position at Sept 2024', 'Position at March 2025']],
    [['Action', 'Progress update 23/24', 'Progress update 24/25']],
  ])('finds them in %j', (header) => {
    expect(readHeader(header).updates).toEqual([1, 2]);
  });

  it('leaves undated narratives and flags as they were', () => {
    const reading = readHeader(['Action', 'Update', 'Comments', 'RAG status']);
    expect(reading.updates).toBeUndefined();
    expect(reading.extraStatus).toEqual([2, 3]);
  });

  it('rates each row by its latest update', () => {
    const rows: CellValue[][] = [
      HEADER,
      ['Recruit advisers', 'CN', 'March 2025', 'On track', 'Delayed - recruitment paused', null],
      ['Publish the plan', 'HR', 'March 2025', 'Not started', 'In progress', 'Completed'],
      ['Run the audit', 'HR', 'March 2025', 'Delayed', null, '  '],
    ];
    const actions = analyseWorkbook([grid(rows)], defaultSettings('2024-10-15')).trackers[0]?.actions ?? [];
    expect(actions.map((a) => a.rating)).toEqual(['amber', 'complete', 'amber']);
  });

  it('keeps a confirmed mapping\'s status column, with the updates beside it, unless it is one of them', () => {
    const rows: CellValue[][] = [[...HEADER, 'Status'], ['Plan', 'Ann', 'March 2025', 'On track', 'Delayed', null, 'Open']];
    const own = findHeader(grid(rows), { headerRow: 1, columns: { action: 'A', lead: 'B', timeframe: 'C', status: 'G' } });
    expect(own?.reading.updates).toBeUndefined();
    expect(own?.reading.extraStatus).toEqual([3, 4, 5]);
    const one = findHeader(grid(rows), { headerRow: 1, columns: { action: 'A', lead: 'B', timeframe: 'C', status: 'D' } });
    expect(one?.reading.updates).toEqual([3, 4, 5]);
  });
});

describe('latestUpdate', () => {
  it('puts the rightmost filled update in the status cell', () => {
    expect(latestUpdate(['Plan', 'On track', 'Delayed', null], 1, [1, 2, 3])).toEqual(['Plan', 'Delayed', 'Delayed', null]);
  });

  it('leaves the row as it is when the status column holds the latest, or nothing is filled', () => {
    const latest: CellValue[] = ['Plan', 'On track', null];
    expect(latestUpdate(latest, 1, [1, 2])).toBe(latest);
    const none: CellValue[] = ['Plan', null, ' '];
    expect(latestUpdate(none, 1, [1, 2])).toBe(none);
  });
});

describe('the cell a row\'s status is read from', () => {
  it('is its latest filled update column, recorded on the action only where that is not the status column', () => {
    const rows: CellValue[][] = [HEADER, ['Publish plan', 'Ann', '31/03/2025', null, 'Drafted', 'Published'], ['Train staff', 'Bob', '31/03/2025', 'Started', null, null]];
    const [first, second] = rawActions(rows, { columns: readHeader(HEADER).columns, extraStatus: [], headerIndex: 0, lastIndex: 2, skip: new Set(), updates: [3, 4, 5] });
    expect(first?.statusFrom).toBe(5);
    expect(first?.cells.status?.[0]?.value).toBe('Published');
    expect(second?.statusFrom).toBeUndefined();
  });
});
