import { readHeader } from '../detect/columns';
import type { Issue, Role, SheetGrid } from '../types';
import { HEADER_SEARCH_ROWS, ROLE_LABELS } from '../vocabulary/columns';

/*
 * Why a sheet with no tracker on it was left alone. Workbooks carry cover pages, instructions
 * and drop-down lists beside their tracker: warning of each would bury the warnings that
 * matter, so once a workbook has a tracker only a sheet that looks like a tracker missing its
 * action column is named. A workbook with no tracker at all names every sheet with data.
 */

/** Roles in one row that make it read like a tracker's header, though no action column was found. */
const NEAR_MISS_ROLES = 3;

/** The first row among the header rows with at least NEAR_MISS_ROLES roles (0-based), and its roles in sheet order. */
function nearMiss(grid: SheetGrid): { row: number; roles: Role[] } | null {
  const end = Math.min(grid.rows.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < end; r++) {
    const { columns, roleCount } = readHeader(grid.rows[r] ?? []);
    if (roleCount < NEAR_MISS_ROLES) continue;
    const roles = (Object.entries(columns) as [Role, number][]).sort((a, b) => a[1] - b[1]).map(([role]) => role);
    return { row: r, roles };
  }
  return null;
}

/**
 * The warning for a sheet with data but no tracker, or null when it is better left unsaid:
 * `anyTracker` says whether the workbook has a tracker elsewhere.
 * @example skippedSheet(coverSheet, true) // null: a cover page beside the tracker
 * @example skippedSheet(planWithoutAction, true)?.cell // 'A4', its header row
 */
export function skippedSheet(grid: SheetGrid, anyTracker: boolean): Issue | null {
  const near = nearMiss(grid);
  if (near === null && anyTracker) return null;
  const labels = near?.roles.map((r) => ROLE_LABELS[r]) ?? [];
  const found = near === null ? '' : `; row ${near.row + 1} has the ${labels.slice(0, -1).join(', ')} and ${labels.at(-1) ?? ''} columns`;
  return {
    sheet: grid.name,
    cell: `A${(near?.row ?? 0) + 1}`,
    severity: 'warning',
    code: 'no_header_row',
    message: `No header row was found in the first ${HEADER_SEARCH_ROWS} rows of "${grid.name}" (it needs an Action or Ambition column and one more, such as Lead or Time frame${found}), so the sheet was left alone. Name its action column "Action" (or "Recommendation"), then refresh again.`,
  };
}

/**
 * The warning for a hidden or archive sheet holding a tracker that was not rated, beside the
 * live trackers: named, so the user knows why its actions are missing and how to add them.
 * @example setAsideSheet({ ...grid, name: 'Closed actions' }).code // 'archive_sheet'
 */
export function setAsideSheet(grid: SheetGrid): Issue {
  const sheet = grid.name;
  const [code, why, fix] = grid.hidden
    ? ['hidden_sheet', 'is hidden', 'unhide it (right-click a sheet tab > Unhide), or confirm its columns in the Columns view']
    : ['archive_sheet', 'is named as an archive or old copy', 'confirm its columns in the Columns view'];
  return {
    sheet,
    cell: 'A1',
    severity: 'warning',
    code,
    message: `Sheet "${sheet}" ${why}, so its tracker was not rated (beside the live sheets its actions would be counted again in the summary). To rate it, ${fix}.`,
  };
}

/**
 * The warning for the closed actions kept under the live ones, below a heading that names them
 * an archive and a repeat of the header (see ActionReader): left out, as an archive sheet is,
 * and named, so the user knows why those rows have no rating and how to bring one back.
 * @example archiveSection('Action log', { heading: 'Closed actions', cell: 'A40' }).code // 'archive_section'
 */
export function archiveSection(sheet: string, archive: { heading: string; cell: string }): Issue {
  return {
    sheet,
    cell: archive.cell,
    severity: 'warning',
    code: 'archive_section',
    message: `The actions under "${archive.heading}" (${archive.cell}) on sheet "${sheet}" are kept as a record of closed actions, so they were not rated (with the live ones they would be counted again in the summary). To rate one, move its row above that heading.`,
  };
}

/**
 * The error for a protected sheet: read and rated, but its RAG columns not written (SPEC 9: never unprotect).
 * @example protectedIssue('Action plan', 'A3').code // 'protected_sheet'
 */
export function protectedIssue(sheet: string, cell: string): Issue {
  return {
    sheet,
    cell,
    severity: 'error',
    code: 'protected_sheet',
    message: `Sheet "${sheet}" is protected, so its RAG columns cannot be written. Ask the sheet's owner to unprotect it (Review > Unprotect Sheet), then refresh again.`,
  };
}
