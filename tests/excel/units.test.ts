import { parseAreas } from '../../src/excel/address';
import { takeRows } from '../../src/excel/chunks';
import { toRefreshError, Progress } from '../../src/excel/errors';
import { gridRows, toCellValue } from '../../src/excel/grid';
import { historyLayout } from '../../src/excel/history';
import { locateTables } from '../../src/excel/tables';
import { DATE_FORMAT, planWrite } from '../../src/excel/write-plan';
import { historyTable, type HistoryRow } from '../../src/core/history';

describe('reading Excel\'s cells the way the command line reads the file', () => {
  it('turns a serial with a date format into that day, an error into its code, an empty cell into null', () => {
    expect(toCellValue(44927, 'Double', 'dd/mm/yyyy')).toEqual({ kind: 'date', iso: '2023-01-01' });
    expect(toCellValue(44927.75, 'Double', 'd mmm yy h:mm')).toEqual({ kind: 'date', iso: '2023-01-01' });
    expect(toCellValue(0.5, 'Double', 'h:mm')).toBe(0.5);
    expect(toCellValue('#N/A', 'Error', 'General')).toEqual({ kind: 'error', code: '#N/A' });
    expect(toCellValue('', 'Empty', 'General')).toBeNull();
    expect(toCellValue(true, 'Boolean', 'General')).toBe(true);
    expect(toCellValue(0.75, 'Double', '0%')).toBe('75%');
    expect(toCellValue(1.2, 'Double', '0.0%')).toBe('120%');
  });

  it('lays the used range out from A1, as wide and as tall as its last value', () => {
    const rows = gridRows([{ rowIndex: 1, columnIndex: 1, values: [['Ref', ''], ['', 'x']], numberFormat: [['General', 'General'], ['General', 'General']], valueTypes: [['String', 'Empty'], ['Empty', 'String']] }]);
    expect(rows).toEqual([
      [null, null, null],
      [null, 'Ref', null],
      [null, null, 'x'],
    ]);
  });

  it('reads merged areas from a RangeAreas address, quoted sheet names and all', () => {
    expect(parseAreas("'Plan, 2023'!A6:K6,'Plan, 2023'!B2")).toEqual([
      { top: 5, left: 0, bottom: 5, right: 10 },
      { top: 1, left: 1, bottom: 1, right: 1 },
    ]);
  });

  it('places a table by its header, and gives up when the header shows twice', () => {
    const info = { name: 'T', showHeaders: true, showTotals: true, dataRows: 2, columns: ['Ref', 'Action'] };
    const rows = [[null], [null, 'Ref', 'Action'], [null, 1, 'Do'], [null, 2, 'Done'], [null, 'Total']];
    expect(locateTables(rows, [info])).toEqual([{ name: 'T', range: { top: 1, left: 1, bottom: 4, right: 2 }, hasHeaderRow: true, hasTotalsRow: true }]);
    expect(locateTables([...rows, [null, 'Ref', 'Action']], [info])).toBeNull();
  });
});

describe('sizing round trips', () => {
  it('takes whole rows up to the budget, at least one, across items', () => {
    const items = [{ rows: 3 }, { rows: 5 }];
    expect(takeRows(items, { item: 0, row: 0 }, () => 100, 450)).toEqual([
      { item: items[0], start: 0, count: 3 },
      { item: items[1], start: 0, count: 1 },
    ]);
    expect(takeRows(items, { item: 1, row: 1 }, () => 1000, 450)).toEqual([{ item: items[1], start: 1, count: 1 }]);
  });
});

describe('laying out the writes', () => {
  const plan = {
    sheet: 'Plan',
    headerRow: 2,
    headerRows: [2],
    columns: [
      { header: 'RAG' as const, col: 3 },
      { header: 'Next due' as const, col: 4 },
    ],
    cells: [
      { row: 2, col: 3, value: 'RAG' },
      { row: 2, col: 4, value: 'Next due' },
      { row: 3, col: 3, value: '-5 days' },
      { row: 3, col: 4, value: { kind: 'date' as const, iso: '2023-01-01' } },
      { row: 4, col: 3, value: null },
      { row: 4, col: 4, value: null },
    ],
    rules: [],
    legend: '',
    widths: [
      { col: 3, width: 11 },
      { col: 4, width: 13 },
    ],
    wraps: [{ top: 2, left: 3, bottom: 3, right: 3 }],
  };

  it('writes text under the Text format, dates as serials with the date format, and clears empty cells', () => {
    const write = planWrite(plan, [], true);
    expect(write.blocks).toEqual([
      {
        left: 3,
        width: 2,
        values: [['RAG', 'Next due'], ['-5 days', 44927], ['', '']],
        formats: [[null, null], ['@', DATE_FORMAT], [null, null]],
      },
    ]);
    expect(write.boldRuns).toEqual([{ row: 0, left: 3, width: 2 }]);
    expect(write.widths).toEqual([
      { col: 3, points: 61.5 },
      { col: 4, points: 72 },
    ]);
    expect(write.wraps).toEqual([{ top: 2, left: 3, bottom: 3, right: 3 }]);
  });

  it('sets widths and wrapping on the first refresh only: afterwards they are the user\'s', () => {
    const later = planWrite(plan, [], false);
    expect([later.widths, later.wraps]).toEqual([[], []]);
  });

  it('emboldens each table\'s header on a sheet of several (OutputPlan.headerRows), in one getRanges call with ExcelApi 1.9', () => {
    const several = { ...plan, headerRows: [2, 4], cells: plan.cells.map((c) => (c.row === 4 ? { ...c, value: c.col === 3 ? 'RAG' : 'Next due' } : c)) };
    const below = planWrite(several, [{ top: 3, left: 4, bottom: 4, right: 4 }], false);
    // The second header's Next due cell is the top-left of a merge, so still its own; the row under it is covered.
    expect(below.boldRuns).toEqual([
      { row: 0, left: 3, width: 2 },
      { row: 2, left: 3, width: 2 },
    ]);
    expect(below.boldAreas).toBeUndefined();
    // Header text keeps the cell's own format, as on the first header row.
    expect(below.blocks[0]?.formats[2]).toEqual([null, null]);
    expect(planWrite(several, [], false, false, true).boldAreas).toEqual(['D2:E2,D4:E4']);
    // One header row needs no RangeAreas.
    expect(planWrite(plan, [], false, false, true).boldAreas).toBeUndefined();
  });

  it('never writes into the covered part of a merged cell', () => {
    const write = planWrite(plan, [{ top: 3, left: 0, bottom: 3, right: 4 }], false);
    expect(write.blocks[0]?.values[2]).toEqual([null, null]);
  });

  it('writes only the history rows that change, and nothing when none do', () => {
    const row: HistoryRow = { refreshedAt: 't', asOf: '2022-11-30', sheet: 'Plan', key: '1', rating: 'red', status: 'unknown', nextDue: null };
    const stored = historyTable([row]);
    expect(historyLayout(stored, [row])).toBeNull();
    const grown = historyLayout(stored, [row, { ...row, asOf: '2022-12-20' }]);
    expect([grown?.top, grown?.rows, grown?.blocks[0]?.values[0]?.[1]]).toEqual([2, 1, '2022-12-20']);
  });
});

describe('one sentence per failure', () => {
  it('maps Office error codes once, saying how far the refresh got', () => {
    const progress = new Progress();
    progress.phase = 'write';
    progress.pending = ['A', 'B'];
    progress.written = ['A'];
    expect(toRefreshError({ code: 'GeneralException' }, progress).userMessage).toBe(
      'Excel could not finish the refresh (GeneralException), so the RAG columns on "A" were updated and those on "B" may not be: refresh again, and if it fails again save, close and reopen the workbook.',
    );
    expect(toRefreshError({ code: 'ApiNotFound' }, new Progress()).code).toBe('old_excel');
  });
});
