import { analyseWorkbook } from '../../../src/core/analyse/workbook';
import { readHeader } from '../../../src/core/detect/columns';
import { defaultSettings } from '../../../src/core/settings';
import type { CellValue, SheetGrid } from '../../../src/core/types';

/*
 * An internal-audit tracker gives each recommendation and management's agreed action beside it. The
 * recommendation is what the committee tracks (recommendationAsAction); the agreed action says how
 * it will be done, so it is read as the recommendation's next steps rather than left unread.
 */
const grid = (rows: CellValue[][]): SheetGrid => ({ name: 'IA recs', rows, merges: [], tables: [], hidden: false, protected: false });

describe('management’s agreed action beside the recommendation', () => {
  it.each(['Agreed management action', 'Agreed action', 'Management response'])('"%s" is the next steps', (answer) => {
    const r = readHeader(['Audit ref', 'Recommendation', answer, 'Responsible officer', 'Due date', 'Status']);
    expect([r.columns.action, r.columns.next_steps]).toEqual([1, 2]);
  });

  it('stays unread beside a next steps column of the sheet’s own', () => {
    const r = readHeader(['Ref', 'Recommendation', 'Agreed action', 'Next steps', 'Owner', 'Due date']);
    expect([r.columns.action, r.columns.next_steps]).toEqual([1, 3]);
  });

  it('rates the recommendation by its one agreed step', () => {
    const rows: CellValue[][] = [
      ['Ref', 'Recommendation', 'Agreed management action', 'Responsible officer', 'Due date', 'Status'],
      ['1', 'Starters’ checklist to be kept on file', 'Checklist to be scanned to ESR', 'Payroll Manager', '31/01/2027', 'On track'],
      ['2', 'Overtime to be authorised before payment', 'Agreed', 'Payroll Manager', '30/09/2026', 'Implemented'],
    ];
    const actions = analyseWorkbook([grid(rows)], defaultSettings('2026-12-07')).trackers[0]?.actions ?? [];
    expect(actions.map((a) => [a.action, a.steps.length, a.rating])).toEqual([
      ['Starters’ checklist to be kept on file', 1, 'green'],
      ['Overtime to be authorised before payment', 1, 'complete'],
    ]);
  });
});
