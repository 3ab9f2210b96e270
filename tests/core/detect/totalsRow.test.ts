import { analyseWorkbook } from '../../../src/core/analyse/workbook';
import { defaultSettings } from '../../../src/core/settings';
import type { CellValue, SheetGrid } from '../../../src/core/types';

const rows: CellValue[][] = [
  ['Ref', 'Action', 'Lead', 'Due date', 'Status'],
  ['1', 'Publish the plan', 'Ann', '31/12/2024', 'On track'],
  ['2', 'Audit sepsis six', 'Ben', '31/10/2024', 'Delayed'],
  ['Total', null, null, null, 2],
];
const sheet = (hasTotalsRow: boolean): SheetGrid => ({
  name: 'Actions',
  rows,
  merges: [],
  tables: [{ name: 'ActionTable', range: { top: 0, left: 0, bottom: 3, right: 4 }, hasHeaderRow: true, hasTotalsRow }],
  hidden: false,
  protected: false,
});

describe('an Excel table with a totals row (SPEC 9)', () => {
  it('leaves the row out and says so at its cell', () => {
    const analysis = analyseWorkbook([sheet(true)], defaultSettings('2024-11-20'));
    const tracker = analysis.trackers[0];
    expect(tracker?.actions.map((a) => a.ref)).toEqual(['1', '2']);
    expect(tracker?.issues.filter((i) => i.code === 'table_totals_row').map((i) => [i.cell, i.message])).toEqual([
      ['A4', 'Row 4 is the totals row of table "ActionTable": it is not an action, so it was left out and not rated.'],
    ]);
  });

  it('says nothing of a table without one', () => {
    const analysis = analyseWorkbook([sheet(false)], defaultSettings('2024-11-20'));
    expect(analysis.trackers[0]?.issues.some((i) => i.code === 'table_totals_row')).toBe(false);
  });
});
