import { detectTracker } from '../../../src/core/detect/tracker';
import type { CellValue, SheetGrid } from '../../../src/core/types';

/*
 * A "Priority" column is read as the action where a sheet has no action column (a Quality Account's
 * priorities), but a column of levels (High, Medium, P1) names no action: a risk register beside
 * the trackers must not be rated as actions called "High".
 */

const grid = (rows: CellValue[][]): SheetGrid => ({ name: 'Risks', rows, merges: [], tables: [], hidden: false, protected: false });

describe('a priority column of levels, on a sheet with no action column', () => {
  it('is no action, so the sheet is no tracker', () => {
    const rows: CellValue[][] = [
      ['Priority', 'Exec lead', 'Target date', 'Update'],
      ['High', 'Chief Nurse', 'Mar 2026', 'On track'],
      ['Medium', 'Medical Director', 'Jun 2026', 'Not started'],
      ['Low', 'COO', 'Sep 2026', 'On track'],
    ];
    expect(detectTracker(grid(rows), undefined)?.columns.action).toBeUndefined();
  });

  it('but a column of named priorities is the action', () => {
    const rows: CellValue[][] = [
      ['Priority', 'Exec lead', 'Target date', 'Update'],
      ['1. Reduce falls with moderate harm', 'Chief Nurse', 'Mar 2026', 'On track'],
      ['2. Improve sepsis screening in ED', 'Medical Director', 'Jun 2026', 'Not started'],
      ['3. Discharge before midday', 'COO', 'Sep 2026', 'On track'],
    ];
    expect(detectTracker(grid(rows), undefined)?.columns.action).toBe(0);
  });
});
