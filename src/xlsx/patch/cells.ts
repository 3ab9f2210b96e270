import { isoToExcelSerial } from '../../core/dates';
import type { IsoDate } from '../../core/types';

function styled(style: number): string {
  return style === 0 ? '' : ` s="${style}"`;
}

/**
 * A text cell, by its index in the shared-strings table (see SharedStrings). Text is never
 * read as a formula, whatever it starts with.
 * @example textCell('G7', 3, 12) // '<c r="G7" s="3" t="s"><v>12</v></c>'
 */
export function textCell(ref: string, style: number, stringIndex: number): string {
  return `<c r="${ref}"${styled(style)} t="s"><v>${stringIndex}</v></c>`;
}

/**
 * A number cell.
 * @example numberCell('B4', 0, 0.5) // '<c r="B4"><v>0.5</v></c>'
 */
export function numberCell(ref: string, style: number, value: number): string {
  return Number.isFinite(value) ? `<c r="${ref}"${styled(style)}><v>${value}</v></c>` : styleOnlyCell(ref, style);
}

/**
 * A cell with a style and no value.
 * @example styleOnlyCell('C2', 4) // '<c r="C2" s="4"/>'
 */
export function styleOnlyCell(ref: string, style: number): string {
  return `<c r="${ref}"${styled(style)}/>`;
}

/**
 * Excel's serial number for a day: days since 1899-12-30 (which absorbs Excel's phantom
 * 29 February 1900), or since 1904-01-01 in a workbook on the 1904 date system.
 * @example dateSerial('2022-11-30', false) // 44895
 * @example dateSerial('2022-11-30', true) // 43433
 */
export function dateSerial(iso: IsoDate, date1904: boolean): number {
  // The 1904 system starts 1,462 days later.
  return isoToExcelSerial(iso) - (date1904 ? 1462 : 0);
}
