import type { CellRange } from '../types';
import type { OutputPlan } from './plan';

/**
 * A sheet AutoFilter's range (0-based) widened to take in a refresh's output columns, or null
 * when it should stay as it is. Only a filter over the tracker is widened: one whose rows take
 * in the header row and which starts left of the output columns (a filter elsewhere on the
 * sheet is the user's own). Its top row and first column never move, so the filter's column
 * criteria (numbered from its first column) keep their columns; its bottom row reaches the
 * tracker's last row when that is lower. Every writer (the package patcher, ExcelJS,
 * Office.js) widens by this one rule.
 * @example widenedFilter({ top: 2, left: 0, bottom: 39, right: 5 }, plan) // { top: 2, left: 0, bottom: 39, right: 10 } with outputs in G:K
 */
export function widenedFilter(filter: CellRange, plan: Pick<OutputPlan, 'headerRow' | 'columns' | 'cells'>): CellRange | null {
  const header = plan.headerRow - 1;
  const cols = plan.columns.map((c) => c.col);
  if (cols.length === 0 || filter.top > header || filter.bottom < header || filter.left >= Math.min(...cols)) return null;
  // The plan lists the header cells first, then the rows in order: its last cell is on the tracker's last row.
  const lastRow = (plan.cells[plan.cells.length - 1]?.row ?? plan.headerRow) - 1;
  const right = Math.max(filter.right, ...cols);
  const bottom = Math.max(filter.bottom, lastRow);
  return right === filter.right && bottom === filter.bottom ? null : { ...filter, right, bottom };
}
