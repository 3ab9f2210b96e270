/*
 * Spreadsheet programs run a cell that starts with = + - @ (or a tab or carriage return,
 * which some of them skip before looking) as a formula. Text from a tracker or from the
 * product's own sentences could start that way, and a formula such as =HYPERLINK(...) or a
 * DDE call can leak data or run commands when a CSV or pasted value is opened. A leading
 * apostrophe makes Excel keep the value as text (and hide the apostrophe in the cell).
 */

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Text that no spreadsheet will run as a formula: a leading apostrophe when the first
 * character could start one. Used for CSV cells and for values the Office.js adapter writes.
 * @example safeText('=SUM(A1:A9)') // "'=SUM(A1:A9)"
 * @example safeText('-5 days') // "'-5 days"
 * @example safeText('Red') // 'Red'
 */
export function safeText(s: string): string {
  return FORMULA_START.test(s) ? `'${s}` : s;
}

/**
 * True when {@link safeText} would protect the text.
 * @example needsQuoting('@user') // true
 */
export function needsQuoting(s: string): boolean {
  return FORMULA_START.test(s);
}
