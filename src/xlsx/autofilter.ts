import type ExcelJS from 'exceljs';
import { a1Range } from '../core/cells';
import type { CellRange } from '../core/types';
import { parseA1Range } from './read';

/*
 * A sheet's AutoFilter as ExcelJS keeps it: only the range (ExcelJS 4.4 reads no
 * <filterColumn> criteria and writes none back), with the workbook's _xlnm._FilterDatabase
 * name beside it. Used by the command line's fallback writer and the in-memory host's bridge.
 */

/**
 * The sheet AutoFilter's range (0-based), or null when the sheet has none.
 * @example excelJsFilter(ws) // { top: 2, left: 0, bottom: 39, right: 5 } for A3:F40
 */
export function excelJsFilter(ws: ExcelJS.Worksheet): CellRange | null {
  const model: unknown = ws.autoFilter;
  if (typeof model === 'string') return parseA1Range(model);
  // Set through ExcelJS's API it may be { from, to } as addresses.
  if (typeof model === 'object' && model !== null && 'from' in model && 'to' in model && typeof model.from === 'string' && typeof model.to === 'string') {
    return parseA1Range(`${model.from}:${model.to}`);
  }
  return null;
}

/**
 * Sets the sheet AutoFilter's range, and widens the workbook's _xlnm._FilterDatabase name to
 * it when the workbook has one, so Excel does not meet two ranges for one filter.
 * @example setExcelJsFilter(wb, ws, { top: 2, left: 0, bottom: 39, right: 10 }) // A3:K40
 */
export function setExcelJsFilter(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet, range: CellRange): void {
  ws.autoFilter = a1Range(range);
  const name = '_xlnm._FilterDatabase';
  const sheet = `'${ws.name.replace(/'/g, "''")}'`;
  const names = wb.definedNames as unknown as { getRanges(name: string): { ranges: string[] }; add(location: string, name: string): void };
  // ExcelJS keeps the name's cells per sheet; adding the wider range takes in the old one.
  const ours = names.getRanges(name).ranges.some((r) => r.startsWith(`${sheet}!`) || r.startsWith(`${ws.name}!`));
  if (ours) names.add(`${sheet}!${a1Range(range, true)}`, name);
}
