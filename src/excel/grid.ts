import { excelSerialToIso, isoDate } from '../core/dates';
import { isDateFormat, isPercentFormat, percentText } from '../core/number-format';
import type { CellValue } from '../core/types';
import { drain, type Steps } from './pace';

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
function utcDay(serial: number, date1904: boolean): string | null {
  const d = new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * MS_PER_DAY));
  return Number.isFinite(d.getTime()) ? isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()) : null;
}

/** An empty cell: the engine's null. */
function isEmpty(value: unknown, type: unknown): boolean {
  return type === 'Empty' || value === '' || value === null || value === undefined;
}

/**
 * One cell for the engine; a date serial is read in the workbook's date system (`date1904`).
 * @example toCellValue(44927, 'Double', 'dd/mm/yyyy') // { kind: 'date', iso: '2023-01-01' }
 * @example toCellValue(43465, 'Double', 'dd/mm/yyyy', true) // { kind: 'date', iso: '2023-01-01' }
 * @example toCellValue('#N/A', 'Error', 'General') // { kind: 'error', code: '#N/A' }
 * @example toCellValue(1.2, 'Double', '0%') // '120%'
 */
export function toCellValue(value: unknown, type: unknown, numberFormat: unknown, date1904 = false): CellValue {
  if (isEmpty(value, type)) return null;
  if (type === 'Error') return { kind: 'error', code: String(value) };
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    const format = typeof numberFormat === 'string' ? numberFormat : null;
    if (isPercentFormat(format)) return percentText(value);
    if (!isDateFormat(format)) return value;
    const iso = excelSerialToIso(value, date1904) ?? utcDay(value, date1904);
    return iso === null ? value : { kind: 'date', iso };
  }
  return String(value);
}

/**
 * The engine's rows for a sheet from the blocks read of it, 0-based from A1: as many rows as
 * reach the last non-empty cell and as many columns as the widest, empty cells null.
 * @example gridRows([{ rowIndex: 1, columnIndex: 1, values: [['Ref']], numberFormat: [['General']], valueTypes: [['String']] }]) // [[null, null], [null, 'Ref']]
 */
export function gridRows(slices: readonly CellSlice[], date1904 = false): CellValue[][] {
  return drain(gridSteps(slices, date1904));
}

/** gridRows a row per step: one pass for the size, one to fill the rows. */
export function* gridSteps(slices: readonly CellSlice[], date1904 = false): Steps<CellValue[][]> {
  let width = 0;
  let height = 0;
  for (const slice of slices) {
    for (let i = 0; i < slice.values.length; i++) {
      const line = slice.values[i] ?? [];
      for (let j = 0; j < line.length; j++) {
        if (isEmpty(line[j], slice.valueTypes[i]?.[j])) continue;
        width = Math.max(width, slice.columnIndex + j + 1);
        height = Math.max(height, slice.rowIndex + i + 1);
      }
      yield;
    }
  }
  const rows: CellValue[][] = [];
  for (let r = 0; r < height; r++) {
    rows.push(new Array<CellValue>(width).fill(null));
    if (r % 256 === 255) yield;
  }
  for (const slice of slices) {
    for (let i = 0; i < slice.values.length && slice.rowIndex + i < height; i++) {
      const line = slice.values[i] ?? [];
      const out = rows[slice.rowIndex + i];
      for (let j = 0; j < line.length && out; j++) {
        const value = toCellValue(line[j], slice.valueTypes[i]?.[j], slice.numberFormat[i]?.[j], date1904);
        if (value !== null) out[slice.columnIndex + j] = value;
      }
      yield;
    }
  }
  return rows;
}
