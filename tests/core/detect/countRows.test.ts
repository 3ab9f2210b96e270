import { analyseWorkbook } from '../../../src/core/analyse/workbook';
import { defaultSettings } from '../../../src/core/settings';
import type { CellValue, SheetGrid } from '../../../src/core/types';

/*
 * A count kept under a tracker ("Total recommendations open | 7", "Number of actions overdue | 3")
 * is no action, wherever its label sits: here in the ref column, left of the action's.
 */
const grid = (rows: CellValue[][]): SheetGrid => ({ name: 'IA recs', rows, merges: [], tables: [], hidden: false, protected: false });
const HEAD: CellValue[][] = [
  ['Ref', 'Audit', 'Recommendation', 'Lead', 'Due date', 'Status'],
  ['1', 'Payroll', 'Starters’ checklist to be kept on file', 'Payroll Manager', '31/01/2027', 'On track'],
];
const refs = (rows: CellValue[][]) => analyseWorkbook([grid(rows)], defaultSettings('2026-12-07')).trackers[0];

describe('a count row under the tracker', () => {
  it.each([
    [['Total recommendations open', 7]],
    [['Number of actions overdue', null, 3]],
    [['Count of open actions', 4]],
    [[null, null, 'Total open', null, null, 12]],
  ])('is no action: %j', (count) => {
    const tracker = refs([...HEAD, count as CellValue[]]);
    expect(tracker?.actions.map((a) => a.ref)).toEqual(['1']);
    expect(tracker?.issues.map((i) => i.code)).not.toContain('blank_action');
  });

  it('leaves an action whose words start so, with its lead and date', () => {
    const tracker = refs([...HEAD, ['2', 'Payroll', 'Number of overpayments to be reported monthly', 'Payroll Manager', '31/01/2027', 3]]);
    expect(tracker?.actions.map((a) => a.ref)).toEqual(['1', '2']);
  });
});
