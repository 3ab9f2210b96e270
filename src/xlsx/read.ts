import type ExcelJS from 'exceljs';
import { usedRowsHidden } from '../core/analyse/hiddenRows';
import { columnIndex } from '../core/cells';
import type { CellRange, CellValue, SheetGrid, TableRegion } from '../core/types';
import { PRODUCT_SHEETS } from '../core/vocabulary/columns';
import { cellValue } from './cell-value';
import './exceljs-fixes';

/** The 1-based bounds ExcelJS keeps per merge (a Range), keyed by the master cell's address. */
interface MergeBounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}
/** What ExcelJS keeps per table (its typings describe the options, not this model). */
interface TableModel {
  name?: string;
  tableRef?: string;
  headerRow?: boolean;
  totalsRow?: boolean;
}

/**
 * A 0-based range from "A1:D9" (or a single "C3").
 * @example parseA1Range('B2:D9') // { top: 1, left: 1, bottom: 8, right: 3 }
 */
export function parseA1Range(ref: string): CellRange | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(ref.trim());
  if (!m) return null;
  const left = columnIndex((m[1] ?? '').toUpperCase());
  const right = columnIndex((m[3] ?? m[1] ?? '').toUpperCase());
  const top = Number(m[2]) - 1;
  const bottom = Number(m[4] ?? m[2]) - 1;
  if (left === null || right === null) return null;
  return { top: Math.min(top, bottom), left: Math.min(left, right), bottom: Math.max(top, bottom), right: Math.max(left, right) };
}

function readRows(ws: ExcelJS.Worksheet, date1904: boolean): CellValue[][] {
  const sparse: { index: number; cells: [number, CellValue][] }[] = [];
  let width = 0;
  let height = 0;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: [number, CellValue][] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const value = cellValue(cell, date1904);
      if (value === null) return;
      cells.push([colNumber - 1, value]);
      width = Math.max(width, colNumber);
    });
    if (cells.length === 0) return;
    sparse.push({ index: rowNumber - 1, cells });
    height = rowNumber;
  });
  const rows: CellValue[][] = Array.from({ length: height }, () => new Array<CellValue>(width).fill(null));
  for (const { index, cells } of sparse) {
    const row = rows[index];
    if (row) for (const [col, value] of cells) row[col] = value;
  }
  return rows;
}

function readMerges(ws: ExcelJS.Worksheet): CellRange[] {
  // ExcelJS keeps merges in _merges; its public `model` would rebuild every row to list them.
  const internal = (ws as unknown as { _merges?: Record<string, MergeBounds> })._merges;
  if (!internal) return ws.model.merges.map(parseA1Range).filter((r): r is CellRange => r !== null);
  return Object.values(internal).map((b) => ({ top: b.top - 1, left: b.left - 1, bottom: b.bottom - 1, right: b.right - 1 }));
}

/** 0-based rows the file marks hidden: hidden by hand, or filtered out (a filter hides the rows it leaves out). */
function hiddenRows(ws: ExcelJS.Worksheet): number[] {
  // ExcelJS keeps a row for every <row> in the file in _rows; eachRow skips those without values, and a hidden blank row is still hidden.
  const internal = (ws as unknown as { _rows?: (ExcelJS.Row | undefined)[] })._rows;
  const out: number[] = [];
  if (!internal) {
    ws.eachRow((row, n) => {
      if (row.hidden) out.push(n - 1);
    });
    return out;
  }
  internal.forEach((row, r) => {
    if (row?.hidden === true) out.push(r);
  });
  return out;
}

function readTables(ws: ExcelJS.Worksheet): TableRegion[] {
  const tables = ws.getTables() as unknown as { table?: TableModel }[];
  const out: TableRegion[] = [];
  for (const { table } of tables) {
    const range = table?.tableRef ? parseA1Range(table.tableRef) : null;
    if (!table || !range) continue;
    out.push({ name: table.name ?? '', range, hasHeaderRow: table.headerRow !== false, hasTotalsRow: table.totalsRow === true });
  }
  return out;
}

/**
 * True for the product's own sheets (settings, history, summary), which are never trackers.
 * @example isProductSheet('rag summary') // true
 */
export function isProductSheet(name: string): boolean {
  const lower = name.trim().toLowerCase();
  return PRODUCT_SHEETS.some((s) => s.toLowerCase() === lower);
}

/**
 * True when the sheet is protected (Excel protects only when the sheet flag is on); the
 * product reports such a sheet and never writes to it or unprotects it.
 * @example isSheetProtected(wb.getWorksheet('Action plan')) // false
 */
export function isSheetProtected(ws: ExcelJS.Worksheet): boolean {
  // ExcelJS keeps the <sheetProtection> element here; its typings leave it out.
  return Boolean((ws as unknown as { sheetProtection?: { sheet?: boolean } | null }).sheetProtection?.sheet);
}

/**
 * Every worksheet but the product's own, as the engine reads it: values from A1 to the last
 * non-empty cell, merges and Excel tables 0-based, hidden and protected flags, and whether
 * rows of the used range are hidden or filtered out (all, none or some, as the add-in sees it).
 * @example gridsFromWorkbook(wb)[0]?.rows[0]?.[0] // 'THT Engagement Lead Group Action Plan'
 */
export function gridsFromWorkbook(wb: ExcelJS.Workbook): SheetGrid[] {
  const date1904 = Boolean((wb.properties as { date1904?: boolean } | undefined)?.date1904);
  return wb.worksheets
    .filter((ws) => !isProductSheet(ws.name))
    .map((ws) => {
      const rows = readRows(ws, date1904);
      return {
        name: ws.name,
        rows,
        merges: readMerges(ws),
        tables: readTables(ws),
        hidden: ws.state === 'hidden' || ws.state === 'veryHidden',
        protected: isSheetProtected(ws),
        rowsHidden: usedRowsHidden(rows, hiddenRows(ws)),
      };
    });
}
