import { excelSerialToIso, isoDate } from '../core/dates';
import { isDateFormat } from '../core/number-format';
import type { CellValue } from '../core/types';

/*
 * Excel's cell data in the engine's shape, the same as the command line's ExcelJS reader
 * gives for the same file: a number shown with a date format is that day, an error value is
 * its code, an empty cell is null, and the grid runs from A1 to the last non-empty cell.
 */

/** A block of cells as Range.load('values, numberFormat, valueTypes') returns it. */
export interface CellSlice {
  rowIndex: number;
  columnIndex: number;
  values: unknown[][];
  numberFormat: unknown[][];
  valueTypes: unknown[][];
}

const MS_PER_DAY = 86_400_000;

/** ExcelJS's reading of a serial (rounded to the millisecond, UTC), for serials Excel's own calendar rule leaves out. */
function utcDay(serial: number): string | null {
  const d = new Date(Math.round((serial - 25569) * MS_PER_DAY));
  return Number.isFinite(d.getTime()) ? isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()) : null;
}

/**
 * One cell for the engine.
 * @example toCellValue(44927, 'Double', 'dd/mm/yyyy') // { kind: 'date', iso: '2023-01-01' }
 * @example toCellValue('#N/A', 'Error', 'General') // { kind: 'error', code: '#N/A' }
 */
export function toCellValue(value: unknown, type: unknown, numberFormat: unknown): CellValue {
  if (type === 'Empty' || value === '' || value === null || value === undefined) return null;
  if (type === 'Error') return { kind: 'error', code: String(value) };
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (!isDateFormat(typeof numberFormat === 'string' ? numberFormat : null)) return value;
    const iso = excelSerialToIso(value) ?? utcDay(value);
    return iso === null ? value : { kind: 'date', iso };
  }
  return String(value);
}

/**
 * The engine's rows for a sheet from the blocks read of it, 0-based from A1: as many rows as
 * reach the last non-empty cell and as many columns as the widest, empty cells null.
 * @example gridRows([{ rowIndex: 1, columnIndex: 1, values: [['Ref']], numberFormat: [['General']], valueTypes: [['String']] }]) // [[null, null], [null, 'Ref']]
 */
export function gridRows(slices: readonly CellSlice[]): CellValue[][] {
  const found: [number, number, CellValue][] = [];
  let width = 0;
  let height = 0;
  for (const slice of slices) {
    slice.values.forEach((line, i) => {
      line.forEach((raw, j) => {
        const value = toCellValue(raw, slice.valueTypes[i]?.[j], slice.numberFormat[i]?.[j]);
        if (value === null) return;
        const row = slice.rowIndex + i;
        const col = slice.columnIndex + j;
        found.push([row, col, value]);
        width = Math.max(width, col + 1);
        height = Math.max(height, row + 1);
      });
    });
  }
  const rows: CellValue[][] = Array.from({ length: height }, () => new Array<CellValue>(width).fill(null));
  for (const [row, col, value] of found) {
    const line = rows[row];
    if (line) line[col] = value;
  }
  return rows;
}
