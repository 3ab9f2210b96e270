import { analyseWorkbook } from '../../../src/core/analyse/workbook';
import { defaultSettings } from '../../../src/core/settings';
import type { CellValue, SheetGrid } from '../../../src/core/types';

/*
 * Compliance plans (DSPT, IPC BAF) list every standard, with an action only where there is a gap:
 * a standard already met, with no action, next step or date, needs no action written, so its blank
 * action cell is not warned of. An open row with no action still is.
 */

function analysed(rows: CellValue[][]) {
  const grid: SheetGrid = { name: 'DSPT', rows: [['Ref', 'Action', 'Owner', 'Due date', 'Current status'], ...rows], merges: [], tables: [], hidden: false, protected: false };
  return analyseWorkbook([grid], defaultSettings('2025-05-12')).trackers[0];
}

describe('a standard already met with no action written', () => {
  it('is rated Complete with no blank-action warning', () => {
    const tracker = analysed([
      ['1.1.1', null, 'SIRO', null, 'Met'],
      ['1.2.1', 'Refresh the IG training needs analysis', 'IG Lead', '30/06/2025', 'On track'],
    ]);
    expect(tracker?.actions.map((a) => [a.ref, a.rating])).toEqual([
      ['1.1.1', 'complete'],
      ['1.2.1', 'green'],
    ]);
    expect(tracker?.issues.filter((i) => i.code === 'blank_action')).toEqual([]);
  });

  it('still warns of a blank action on an open row, or on a met row that still has a date', () => {
    const tracker = analysed([
      ['1.1.1', null, 'SIRO', '30/06/2025', 'Partially met'],
      ['1.3.1', null, 'SIRO', '30/06/2025', 'Met'],
    ]);
    expect(tracker?.issues.filter((i) => i.code === 'blank_action').map((i) => i.cell)).toEqual(['B2', 'B3']);
  });
});
