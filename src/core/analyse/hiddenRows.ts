import { a1 } from '../cells';
import type { CellValue, ColumnMap, Issue, SheetGrid } from '../types';

/*
 * SPEC 9, a filtered or hidden range. Both paths write every tracker row by its position, so
 * a hidden row is rated and written like any other; what it needs is a word to the user, who
 * cannot see those rows. The add-in learns of hidden rows from Range.rowHidden over the used
 * range (one property, no extra round trip), which says all, none or some, never which. So the
 * warning names no row, and the command line reduces what the file says of each row to the
 * same all, none or some over the same range: both paths give the same warning at the same cell.
 */

/**
 * Range.rowHidden over a sheet's used range (its first to its last row holding a value), from
 * the 0-based rows a file marks hidden: true when every one is hidden, false when none is, null
 * when some are. A filter's hidden rows count, as the file and Excel mark them hidden too.
 * @example usedRowsHidden([[null], ['Action'], ['Publish'], ['Audit']], [3]) // null
 * @example usedRowsHidden([[null], ['Action'], ['Publish']], [0]) // false
 */
export function usedRowsHidden(rows: readonly (readonly CellValue[])[], hidden: readonly number[]): boolean | null {
  const top = rows.findIndex((row) => row.some((v) => v !== null));
  if (top < 0) return false;
  // Readers trim trailing empty rows, so the last row holds a value: the used range ends there.
  const bottom = rows.length - 1;
  const inside = new Set(hidden.filter((r) => r >= top && r <= bottom)).size;
  return inside === 0 ? false : inside === bottom - top + 1 ? true : null;
}

/**
 * The warning for a tracker on a sheet with hidden or filtered-out rows, at the header row's
 * first mapped cell, where a filter's buttons are; none when the host said no row is hidden or
 * said nothing. `header` is the 0-based header row.
 * @example hiddenRowsIssues({ ...grid, rowsHidden: null }, 2, { ref: 0, action: 1 })[0]?.cell // 'A3'
 * @example hiddenRowsIssues({ ...grid, rowsHidden: false }, 2, { action: 1 }) // []
 */
export function hiddenRowsIssues(grid: SheetGrid, header: number, columns: ColumnMap): Issue[] {
  if (grid.rowsHidden === false || grid.rowsHidden === undefined) return [];
  const first = Math.min(...Object.values(columns).filter((c): c is number => c !== undefined));
  return [
    {
      sheet: grid.name,
      cell: a1(Number.isFinite(first) ? first : 0, header + 1),
      severity: 'warning',
      code: 'hidden_rows',
      message: `Some rows on sheet "${grid.name}" are hidden or filtered out. Any actions in them were still rated, and their RAG columns written in their own rows. To see them, clear the filter (Data > Clear), or select the whole sheet and choose Home > Format > Hide & Unhide > Unhide Rows.`,
    },
  ];
}
