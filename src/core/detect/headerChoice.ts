import { a1, isBlank, severalSentences, wordCount } from '../cells';
import type { CellValue, Issue, SheetGrid } from '../types';
import { MAX_HEADER_WORDS } from '../vocabulary/columns';

/*
 * Which of a sheet's first rows can be its header. Header cells are short labels; an action's row
 * holds dates, figures and sentences, whose words ("Practice-level action plans", "Quality Lead",
 * "… due end of Feb") can name more roles than the real header when its action column is named
 * by a task tool ("Title", "Name") rather than "Action".
 */

/** How many of a row's cells must be values for the row to be data: one figure may be a header's year. */
const DATA_CELLS = 2;

/** A row holding this many dates or more is a timeline's header, a row of periods, not an action's dates. */
const PERIOD_ROW_DATES = 3;

/** The fewest words of a cell written as a sentence: "Granted 24/07/24." is a note, "No." a label. */
const SENTENCE_WORDS = 3;

/** A year as a period column's header ("2024"), not a figure. */
const isYear = (n: number): boolean => Number.isInteger(n) && n >= 1900 && n <= 2100;

/** A date written as text at the start of a cell ("09/12/2024: Template issued", "Mon 29/07/24", "2025-03-31"). */
const WRITTEN_DATE = /^(?:[a-z]{3,9},? )?(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2})\b/i;

/** A figure written as text ("80%", "40 days", "3/5", "1.2.1"): a value, never a label. */
const WRITTEN_FIGURE = /^[\d.,/]+\s*(?:%|days?|d|hrs?|hours?|wks?|weeks?|edays?)?$/i;

/** A financial year ("2025/26", "2025-26", "FY 2025/2026"): a period column's header, as a bare year is, not a figure. */
const FINANCIAL_YEAR = /^(?:fy\s*)?(?:19|20)\d\d\s*[/-]\s*(?:\d\d|(?:19|20)\d\d)$/i;

/** True for a cell holding a date alone, whether Excel holds it as a date or as text: a timeline's period may be either. */
const isDateCell = (value: CellValue): boolean =>
  (typeof value === 'object' && value !== null && value.kind === 'date') || (typeof value === 'string' && WRITTEN_DATE.test(value.trim()) && value.trim().replace(WRITTEN_DATE, '') === '');

/**
 * A cell no header holds: a figure, a yes/no, a date, text over several lines, or a sentence
 * (past a label's length, several sentences, or closed with a stop).
 */
function isValueCell(value: CellValue, datesCount: boolean): boolean {
  if (typeof value === 'number') return !isYear(value);
  if (typeof value === 'boolean') return true;
  if (isDateCell(value)) return datesCount;
  if (typeof value !== 'string') return false;
  const text = value.trim();
  if (FINANCIAL_YEAR.test(text)) return false;
  // An entry opening with its date ("09/12/2024: Template issued") is an update, never a label.
  if (text.includes('\n') || WRITTEN_FIGURE.test(text) || WRITTEN_DATE.test(text)) return true;
  return wordCount(text) > MAX_HEADER_WORDS || severalSentences(text) || (wordCount(text) >= SENTENCE_WORDS && text.endsWith('.'));
}

/**
 * True when a row holds an action's values, not column labels: at least two figures, dates or
 * sentences. A row of three dates or more is a timeline's header (its periods), so its dates are
 * not counted; nor is a year ("2024") or a financial year ("2025/26"), a period column's header.
 * @example looksLikeData(['Practice-level action plans', 'Quality Lead', { kind: 'date', iso: '2025-02-28' }, '09/12/2024: Template issued.']) // true
 * @example looksLikeData(['Ref', 'Action', 'Lead', 2024, 2025]) // false
 * @example looksLikeData(['Action', 'Lead', '2025/26', '2026/27']) // false
 * @example looksLikeData(['Action', 'Lead', { kind: 'date', iso: '2024-04-01' }, { kind: 'date', iso: '2024-05-01' }, { kind: 'date', iso: '2024-06-01' }]) // false
 */
export function looksLikeData(cells: readonly CellValue[]): boolean {
  const datesCount = cells.filter(isDateCell).length < PERIOD_ROW_DATES;
  return cells.filter((c) => isValueCell(c, datesCount)).length >= DATA_CELLS;
}

/**
 * The rows that may hold a sheet's header, as the header search reads them: a row inside an
 * Excel table's body is a row of that table's data (its header is the table's first row), so it
 * is read as blank and can never be chosen, whatever words its cells hold.
 * @example headerCandidates({ name: 'L', rows: [['Title', 'Owner'], ['Plan', 'Ann']], merges: [], tables: [{ name: 'T', range: { top: 0, left: 0, bottom: 1, right: 1 }, hasHeaderRow: true, hasTotalsRow: false }], hidden: false, protected: false }, 30) // [['Title', 'Owner'], []]
 */
export function headerCandidates(grid: SheetGrid, limit: number): (readonly CellValue[])[] {
  const inBody = (r: number): boolean => grid.tables.some((t) => r > t.range.top - (t.hasHeaderRow ? 0 : 1) && r <= t.range.bottom);
  return grid.rows.slice(0, limit).map((row, r) => (inBody(r) ? [] : row));
}

/**
 * A warning when the row taken as the header reads as an action's values (looksLikeData): its
 * cells are dates or sentences, so the sheet's real header names no column the product knows and
 * the actions are read from the wrong columns. A confirmed mapping was chosen by the user: no warning.
 * @example dataHeaderIssues({ name: 'Plan', rows: [['Plan', 'Lead', '01/02/2025', 'Draft circulated to the board.']], merges: [], tables: [], hidden: false, protected: false }, 0, 'detected')[0]?.code // 'header_looks_like_data'
 */
export function dataHeaderIssues(grid: SheetGrid, header: number, source: 'mapping' | 'table' | 'detected'): Issue[] {
  const cells = grid.rows[header] ?? [];
  if (source === 'mapping' || !looksLikeData(cells)) return [];
  const first = Math.max(0, cells.findIndex((c) => !isBlank(c)));
  return [{
    sheet: grid.name,
    cell: a1(first, header + 1),
    severity: 'warning',
    code: 'header_looks_like_data',
    message: `Row ${header + 1} was taken as the header row, but its cells look like an action's details (dates, figures or sentences), not column names. Check that the right row and columns are used, and set the header row in the Columns view if not.`,
  }];
}
