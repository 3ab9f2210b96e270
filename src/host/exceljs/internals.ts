import type ExcelJS from 'exceljs';

/*
 * ExcelJS's eachRow/eachCell with includeEmpty create a row or cell in every gap, changing
 * the workbook being read; without it they skip rows and cells that hold only a style. The
 * bridge reads ExcelJS's own row and cell lists instead (internal, hence the checks and the
 * public fallbacks), so every styled cell is seen and nothing is added.
 */

/**
 * The rows a sheet holds, 0-based, gaps left empty.
 * @example rowsOf(ws)[2]?.number // 3
 */
export function rowsOf(ws: ExcelJS.Worksheet): (ExcelJS.Row | undefined)[] {
  const own = (ws as unknown as { _rows?: (ExcelJS.Row | undefined)[] })._rows;
  if (Array.isArray(own)) return own;
  const out: ExcelJS.Row[] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    out[r - 1] = row;
  });
  return out;
}

/**
 * The cells a row holds, 0-based, empty styled cells included.
 * @example cellsOf(row)[0]?.address // 'A3'
 */
export function cellsOf(row: ExcelJS.Row): (ExcelJS.Cell | undefined)[] {
  const own = (row as unknown as { _cells?: (ExcelJS.Cell | undefined)[] })._cells;
  if (Array.isArray(own)) return own;
  const out: ExcelJS.Cell[] = [];
  row.eachCell({ includeEmpty: false }, (cell, c) => {
    out[c - 1] = cell;
  });
  return out;
}
