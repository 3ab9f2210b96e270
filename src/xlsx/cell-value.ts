import ExcelJS from 'exceljs';
import { excelSerialToIso, isoDate } from '../core/dates';
import { isDateFormat, isPercentFormat, percentText } from '../core/number-format';
import type { CellValue } from '../core/types';

const MS_PER_DAY = 86_400_000;

function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null && 'richText' in value && Array.isArray(value.richText)) {
    return value.richText.map((run: { text?: unknown }) => (typeof run.text === 'string' ? run.text : '')).join('');
  }
  return value === null || value === undefined ? '' : String(value);
}

function fromNumber(n: number, numFmt: string | undefined, date1904: boolean): CellValue {
  if (isPercentFormat(numFmt)) return percentText(n);
  if (!isDateFormat(numFmt)) return n;
  const iso = excelSerialToIso(n, date1904);
  return iso === null ? n : { kind: 'date', iso };
}

/*
 * ExcelJS hands back a JS Date (midnight UTC) for a number shown with any date or time
 * format. A date format gives that UTC day; a pure time format ("h:mm") gives the number
 * back, which is what Office.js reports for the same cell.
 */
function fromDate(d: Date, numFmt: string | undefined, date1904: boolean): CellValue {
  const ms = d.getTime();
  if (!Number.isFinite(ms)) return null;
  if (numFmt !== undefined && numFmt !== '' && !isDateFormat(numFmt)) {
    return 25569 + ms / MS_PER_DAY - (date1904 ? 1462 : 0);
  }
  const iso = isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  return iso === null ? null : { kind: 'date', iso };
}

/**
 * An ExcelJS cell value in the engine's shape: rich text and hyperlinks as their text,
 * formulas as their cached result, dates as ISO days, percentages as the text shown ("75%"),
 * errors as their code.
 * @example convertValue({ formula: 'VLOOKUP(A1,B:C,2,0)', result: { error: '#N/A' } }, undefined, false)
 *   // { kind: 'error', code: '#N/A' }
 */
export function convertValue(value: unknown, numFmt: string | undefined, date1904: boolean): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return fromNumber(value, numFmt, date1904);
  if (value instanceof Date) return fromDate(value, numFmt, date1904);
  if (typeof value !== 'object') return null;
  if ('error' in value) return { kind: 'error', code: String(value.error) };
  if ('richText' in value) return textOf(value);
  if ('formula' in value || 'sharedFormula' in value) {
    const result = 'result' in value ? value.result : undefined;
    return convertValue(result, numFmt, date1904);
  }
  if ('hyperlink' in value) return textOf('text' in value ? value.text : '');
  return null;
}

/**
 * One ExcelJS cell for the engine. The covered cells of a merge read as empty (ExcelJS would
 * repeat the top-left value), as Office.js reports them.
 * @example cellValue(ws.getCell('A1'), false) // 'Action plan'
 */
export function cellValue(cell: ExcelJS.Cell, date1904: boolean): CellValue {
  if (cell.type === ExcelJS.ValueType.Merge) return null;
  return convertValue(cell.value, cell.numFmt, date1904);
}
