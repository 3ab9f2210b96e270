import { cellText } from '../core/cells';
import type { CellValue, TableRegion } from '../core/types';
import { drain, type Steps } from './pace';

/** What one sync tells about an Excel table without asking for its range. */
export interface TableInfo {
  name: string;
  showHeaders: boolean;
  showTotals: boolean;
  /** Data rows (Table.rows.count: header and totals excluded). */
  dataRows: number;
  columns: string[];
}

function* runsOf(rows: readonly (readonly CellValue[])[], columns: readonly string[]): Steps<{ row: number; col: number }[]> {
  const hits: { row: number; col: number }[] = [];
  for (let row = 0; row < rows.length; row++) {
    const line = rows[row] ?? [];
    line.forEach((value, col) => {
      if (cellText(value ?? null) !== columns[0]) return;
      if (columns.every((name, i) => cellText(line[col + i] ?? null) === name)) hits.push({ row, col });
    });
    yield;
  }
  return hits;
}

/*
 * Table.getRange() would need a second round trip after the tables are listed, so a table
 * is placed by its header instead: Excel keeps each header cell equal to its column's name,
 * and names are unique within a table. A table whose header row is shown exactly once on the
 * sheet is placed; anything else (a header shown twice, a date header) returns null and the
 * caller asks Excel for the ranges. Tables without a header row are left out: the engine
 * only uses a table through its header.
 */

/**
 * The regions of a sheet's tables from their names, counts and the sheet's cells.
 * @example locateTables([[null, 'Ref', 'Action'], [null, 1, 'Do']], [{ name: 'T', showHeaders: true, showTotals: false, dataRows: 1, columns: ['Ref', 'Action'] }])
 *   // [{ name: 'T', range: { top: 0, left: 1, bottom: 1, right: 2 }, hasHeaderRow: true, hasTotalsRow: false }]
 */
export function locateTables(rows: readonly (readonly CellValue[])[], infos: readonly TableInfo[]): TableRegion[] | null {
  return drain(locateSteps(rows, infos));
}

/** locateTables a row per step. */
export function* locateSteps(rows: readonly (readonly CellValue[])[], infos: readonly TableInfo[]): Steps<TableRegion[] | null> {
  const out: TableRegion[] = [];
  for (const info of infos) {
    if (!info.showHeaders) continue;
    const hits = info.columns.length === 0 ? [] : yield* runsOf(rows, info.columns);
    const hit = hits[0];
    if (hits.length !== 1 || !hit) return null;
    const bottom = hit.row + info.dataRows + (info.showTotals ? 1 : 0);
    out.push({ name: info.name, range: { top: hit.row, left: hit.col, bottom, right: hit.col + info.columns.length - 1 }, hasHeaderRow: true, hasTotalsRow: info.showTotals });
  }
  return out;
}
