import { hiddenRowsIssues, usedRowsHidden } from '../../../src/core/analyse/hiddenRows';
import { analyseWorkbook } from '../../../src/core/analyse/workbook';
import { defaultSettings } from '../../../src/core/settings';
import type { CellValue, SheetGrid } from '../../../src/core/types';

/** A title row, then a tracker whose first column is B (column A holds nothing). */
const rows: CellValue[][] = [
  [null, 'Quality improvement plan', null, null, null],
  [null, null, null, null, null],
  [null, 'Action', 'Lead', 'Due date', 'Status'],
  [null, 'Publish the plan', 'Ann', '31/12/2022', 'On track'],
  [null, 'Audit sepsis six', 'Ben', '31/10/2022', 'Delayed'],
  [null, 'Recruit patient partners', 'Cath', '30/09/2022', 'Completed'],
];
const grid = (rowsHidden?: boolean | null): SheetGrid => ({ name: 'Quality plan', rows, merges: [], tables: [], hidden: false, protected: false, ...(rowsHidden === undefined ? {} : { rowsHidden }) });
const MESSAGE =
  'Some rows on sheet "Quality plan" are hidden or filtered out. Any actions in them were still rated, and their RAG columns written in their own rows. To see them, clear the filter (Data > Clear), or select the whole sheet and choose Home > Format > Hide & Unhide > Unhide Rows.';

describe('usedRowsHidden: Range.rowHidden over the used range, from the rows a file marks hidden', () => {
  it('is false when no row of the used range is hidden, hidden empty rows above it included', () => {
    expect(usedRowsHidden(rows, [])).toBe(false);
    expect(usedRowsHidden([[null], [null], ['Action'], ['Publish']], [0, 1])).toBe(false);
  });

  it('is null when some are, a hidden blank row between actions counting as Excel counts it', () => {
    expect(usedRowsHidden(rows, [4])).toBeNull();
    expect(usedRowsHidden([['Action'], [null], ['Publish']], [1])).toBeNull();
    expect(usedRowsHidden(rows, [4, 4, 5])).toBeNull();
  });

  it('is true when every row from the first value to the last is hidden', () => {
    expect(usedRowsHidden(rows, [0, 1, 2, 3, 4, 5])).toBe(true);
    expect(usedRowsHidden([[null], ['Action'], ['Publish']], [1, 2])).toBe(true);
  });

  it('is false for a sheet with nothing in it', () => {
    expect(usedRowsHidden([], [0, 3])).toBe(false);
  });
});

describe('hiddenRowsIssues', () => {
  it('names the header row\'s first mapped cell and no row, for some rows or all hidden', () => {
    for (const hidden of [null, true]) {
      expect(hiddenRowsIssues(grid(hidden), 2, { action: 1, lead: 2, timeframe: 3, status: 4 })).toEqual([
        { sheet: 'Quality plan', cell: 'B3', severity: 'warning', code: 'hidden_rows', message: MESSAGE },
      ]);
    }
  });

  it('says nothing when no row is hidden, or when the host did not say', () => {
    expect(hiddenRowsIssues(grid(false), 2, { action: 1 })).toEqual([]);
    expect(hiddenRowsIssues(grid(), 2, { action: 1 })).toEqual([]);
  });
});

describe('a tracker with hidden or filtered-out rows (SPEC 9)', () => {
  const settings = defaultSettings('2022-11-30');

  it('rates every row, hidden or not, and warns once at the header', () => {
    const tracker = analyseWorkbook([grid(null)], settings).trackers[0];
    expect(tracker?.actions.map((a) => [a.row, a.rating])).toEqual([
      [4, 'green'],
      [5, 'red'],
      [6, 'complete'],
    ]);
    expect(tracker?.issues.filter((i) => i.code === 'hidden_rows').map((i) => [i.sheet, i.cell, i.severity, i.message])).toEqual([['Quality plan', 'B3', 'warning', MESSAGE]]);
  });

  it('says nothing of a sheet with no hidden rows', () => {
    for (const hidden of [false, undefined]) {
      const tracker = analyseWorkbook([grid(hidden)], settings).trackers[0];
      expect(tracker?.issues.some((i) => i.code === 'hidden_rows')).toBe(false);
    }
  });
});
