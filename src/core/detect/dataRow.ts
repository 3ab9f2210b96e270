import { severalSentences, wordCount } from '../cells';
import type { CellValue } from '../types';
import { MAX_HEADER_WORDS } from '../vocabulary/columns';

/*
 * Whether a row that names roles is an action's data rather than a header: a row of updates can
 * hold "Action plan agreed" and "… due by end of Q4", which read as headers name two roles.
 */

/** How many of a row's cells must be data for the row to be data: one figure may be a header's year. */
const DATA_CELLS = 2;

/** A year as a period column's header ("2024"), not a figure. */
const isYear = (n: number): boolean => Number.isInteger(n) && n >= 1900 && n <= 2100;

/**
 * A cell no header holds: a figure, a yes/no, or text past a label's length or of several
 * sentences. Dates are left out: a timeline's header row is a row of months.
 */
function isDataCell(value: CellValue): boolean {
  if (typeof value === 'number') return !isYear(value);
  if (typeof value === 'boolean') return true;
  return typeof value === 'string' && (wordCount(value) > MAX_HEADER_WORDS || severalSentences(value.trim()));
}

/**
 * True when a row holds values, not column labels: at least two figures or sentences. Header cells
 * are short labels, so a row like this under a row naming more roles is an action, never the header.
 * @example isDataRow(['E3', 'Chief Operating Officer', 0, 24, 15, 'Action plan agreed']) // true
 * @example isDataRow(['Ref', 'Action', 'Lead', 2024, 2025]) // false
 */
export function isDataRow(cells: readonly CellValue[]): boolean {
  return cells.filter(isDataCell).length >= DATA_CELLS;
}
