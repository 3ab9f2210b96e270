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

/**
 * True when a number format shows the number as a percentage: a % sign outside quoted text,
 * brackets and escapes. Excel stores 120% as 1.2, so only the format tells the two apart.
 * @example isPercentFormat('0%') // true
 * @example isPercentFormat('0.0%;[Red]-0.0%') // true
 * @example isPercentFormat('0" %"') // false
 */
export function isPercentFormat(numFmt: string | null | undefined): boolean {
  if (!numFmt) return false;
  return numFmt.replace(LITERALS, '').includes('%');
}

/**
 * A number shown with a percentage format, as the text a person reads without the format's
 * rounding: both adapters hand the engine this, so a confidence typed as 120% reads as 120%
 * (and is reported out of range) rather than as the number 1.2.
 * @example percentText(1.2) // '120%'
 * @example percentText(0.07) // '7%'
 */
export function percentText(n: number): string {
  // toPrecision drops the binary noise of the multiplication (0.07 × 100 = 7.000000000000001).
  return `${Number((n * 100).toPrecision(12))}%`;
}
