/*
 * Excel keeps a date as a plain number and shows it as a date only through the cell's
 * number format, so both adapters (ExcelJS and Office.js) ask this one rule whether a
 * number in a cell is a day.
 */

/** Parts of a format that never carry date tokens: quoted text, [colour]/[$-locale]/[h] sections, \x escapes, _x and *x padding. */
const LITERALS = /"[^"]*"|\[[^\]]*\]|\\.|_.|\*./g;

/**
 * True when a number format shows a calendar day: it has a day, month or year token outside
 * quoted text and brackets. An "m" beside hours or seconds is minutes, so pure times
 * ("h:mm", "mm:ss") are not dates; "General", "0.00" and "0%" are not either.
 * @example isDateFormat('dd/mm/yyyy') // true
 * @example isDateFormat('mmm-yy') // true
 * @example isDateFormat('h:mm AM/PM') // false
 * @example isDateFormat('0.00"d"') // false
 */
export function isDateFormat(numFmt: string | null | undefined): boolean {
  if (!numFmt) return false;
  // Elapsed-time sections ([h], [mm], [ss]) mark a duration, so they count as an hour token.
  const tokens = numFmt.replace(/\[(h+|m+|s+)\]/gi, 'h').replace(LITERALS, '').toLowerCase();
  if (/[dy]/.test(tokens)) return true;
  if (!tokens.includes('m')) return false;
  // Strip AM/PM markers so their "m" is not read as a month.
  const withoutAmPm = tokens.replace(/a\/p|am\/pm/g, '');
  return withoutAmPm.includes('m') && !/[hs]/.test(withoutAmPm);
}
