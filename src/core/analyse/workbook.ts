import { PRODUCT_SHEETS } from '../vocabulary/columns';
import type { Settings } from '../settings';
import type { Issue, SheetGrid, Tracker } from '../types';
import { createParsers } from './parsers';
import { analyseSheet } from './sheet';

export interface WorkbookAnalysis {
  trackers: Tracker[];
  /** Problems that belong to no tracker: sheets with data but no header row, no tracker at all. */
  issues: Issue[];
}

function hasData(grid: SheetGrid): boolean {
  return grid.rows.some((row) => row.some((v) => v !== null && !(typeof v === 'string' && v.trim() === '')));
}

/**
 * Reads every sheet of a workbook and rates each tracker found. Sheets named in the
 * confirmed mapping are read with that mapping; the product's own sheets are skipped.
 * @example analyseWorkbook([grid], defaultSettings('2022-11-30')).trackers[0]?.sheet // 'Action Plan'
 */
export function analyseWorkbook(grids: readonly SheetGrid[], settings: Settings): WorkbookAnalysis {
  const parsers = createParsers(settings);
  const trackers: Tracker[] = [];
  const issues: Issue[] = [];
  for (const grid of grids) {
    if (PRODUCT_SHEETS.includes(grid.name)) continue;
    const tracker = analyseSheet(grid, settings, parsers);
    if (tracker) trackers.push(tracker);
    else if (hasData(grid)) {
      issues.push({
        sheet: grid.name,
        cell: 'A1',
        severity: 'warning',
        code: 'no_header_row',
        message: `No header row was found in the first 30 rows of "${grid.name}" (it needs an Action or Ambition column and one more, such as Lead or Time frame), so the sheet was left alone.`,
      });
    }
  }
  if (trackers.length === 0) {
    issues.push({
      sheet: grids[0]?.name ?? '',
      cell: 'A1',
      severity: 'error',
      code: 'no_tracker',
      message: 'No action tracker was found in this workbook: add a header row with an Action (or Recommendation) column and a Lead, Time frame or Status column, or set the columns in the Columns view.',
    });
  }
  return { trackers, issues };
}
