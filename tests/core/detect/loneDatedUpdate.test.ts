import { analyseWorkbook } from '../../../src/core/analyse/workbook';
import { findHeader } from '../../../src/core/detect/tracker';
import { defaultSettings } from '../../../src/core/settings';
import type { CellValue, SheetGrid } from '../../../src/core/types';

/*
 * A tracker whose only narrative is headed with the period it was written for ("Management update
 * (Nov 26)"), beside a status of fixed words ("Implemented / Partly implemented"): the dated column
 * is this period's update, not an earlier one's giving way to a current update there is none of.
 */
const grid = (rows: CellValue[][]): SheetGrid => ({ name: 'IA recs', rows, merges: [], tables: [], hidden: false, protected: false });
const HEADER = ['Ref', 'Recommendation', 'Responsible officer', 'Due date', 'Management update (Nov 26)', 'Status\n(Implemented / Partly implemented / Not implemented)'];

describe('a lone dated update beside a status of fixed words', () => {
  it('is read beside the status, not set aside as history', () => {
    const reading = findHeader(grid([HEADER]), undefined)?.reading;
    expect(reading?.updates).toBeUndefined();
    expect([reading?.columns.status, reading?.extraStatus].flat().sort()).toEqual([4, 5]);
  });

  it('is the update the board paper quotes', () => {
    const rows: CellValue[][] = [
      HEADER,
      ['1', 'IAR review by all IAOs', 'SIRO', '31/03/2027', 'IAR returns received from 31/38 IAOs. Chasing the rest.', 'Partly implemented'],
    ];
    const action = analyseWorkbook([grid(rows)], defaultSettings('2026-12-07')).trackers[0]?.actions[0];
    expect(action?.update ?? '').toContain('IAR returns received from 31/38 IAOs');
  });

  it('still gives way to a current update beside it', () => {
    const reading = findHeader(grid([['Ref', 'Action', 'Lead', 'Target date', 'Update (Sept 26)', 'Progress update']]), undefined)?.reading;
    expect(reading?.updates).toEqual([4, 5]);
  });
});
