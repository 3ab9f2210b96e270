import { analyseWorkbook } from '../../../src/core/analyse/workbook';
import { findHeader } from '../../../src/core/detect/tracker';
import { defaultSettings } from '../../../src/core/settings';
import type { CellValue, SheetGrid } from '../../../src/core/types';

/*
 * A Freedom to Speak Up improvement plan keeps last period's update ("Update (Sept 26)") beside
 * the current "Progress update", rewritten for each meeting. The dated one is history: its
 * "Complete" no longer closes an action the current update reports still under way. It counts
 * only where the current update is blank, as the latest of a run of period updates does.
 */

const grid = (rows: CellValue[][]): SheetGrid => ({ name: 'Stage 3 action plan', rows, merges: [], tables: [], hidden: false, protected: false });
const HEADER = ['Ref', 'Action', 'Exec lead', 'Target date', 'Update (Sept 26)', 'Progress update', 'BRAG'];

describe('an earlier period\'s update beside the current update', () => {
  it('is read as an earlier update, the current one still the status column', () => {
    const reading = findHeader(grid([HEADER]), undefined)?.reading;
    expect([reading?.columns.status, reading?.extraStatus, reading?.updates]).toEqual([5, [6], [4, 5]]);
  });

  it('never closes an action over the current update, and stands in only where that is blank', () => {
    const rows: CellValue[][] = [
      HEADER,
      ['4.1', 'Procure a case management system', 'CPO', '31/03/2027', 'Complete', 'Specification drafted with IT', null],
      ['4.2', 'Publish the FTSU policy', 'CPO', '30/09/2026', 'Complete', null, null],
    ];
    const actions = analyseWorkbook([grid(rows)], defaultSettings('2026-12-07')).trackers[0]?.actions ?? [];
    expect(actions.map((a) => [a.ref, a.rating === 'complete'])).toEqual([['4.1', false], ['4.2', true]]);
  });
});
