import { cellText, isBlank } from '../cells';
import type { CellValue, SheetGrid } from '../types';
import type { HeaderReading } from './reading';

/*
 * The first column of many plans numbers their items under a header no ref word names: a WRES
 * plan's "Indicator" (WRES 1, WRES 2), an assurance plan's "Std", a review's "Rec". Its cells
 * are short codes, one per row, so they are the ref whatever the header says: the actions keep
 * the names the board knows them by, and headings spanning the row in that column head groups.
 */

/** Rows under the header looked at: enough to see the codes differ, quick on any sheet. */
const SAMPLE_ROWS = 50;
/** Codes needed before a column is taken for the ref. */
const FEWEST_CODES = 3;
/** Share of the rows' filled cells that must be codes: a stray note may sit in the column. */
const CODE_SHARE = 0.9;
/** A short code with a number in it: "7", "4.3", "WRES 7", "WDES 9a", "SR3", "MSC/26/002", "1.2(a)". */
const CODE = /^[a-z]{0,8}[\s.\-/]?\d+[a-z0-9.\-/()]*$/i;
/** A date written as text is not a code, though it is short and numbered. */
const DATE_LIKE = /^\d{1,4}[/-]\d{1,2}[/-]\d{1,4}$/;

function isCode(value: CellValue | undefined): boolean {
  if (typeof value === 'number') return Number.isInteger(value) || String(value).length <= 6;
  if (typeof value !== 'string') return false;
  const text = value.trim();
  return text.length <= 16 && CODE.test(text) && !DATE_LIKE.test(text);
}

/** True when some cell of the row other than column `col` is filled: a heading fills only its own. */
function fillsOthers(row: readonly CellValue[], col: number): boolean {
  for (let i = 0; i < row.length; i++) if (i !== col && !isBlank(row[i])) return true;
  return false;
}

/**
 * The reading with the tracker's first column as its ref, when no column is the ref and the
 * first has a header no role reads but holds a distinct short code on every action's row
 * (section headings that fill the row alone are passed over).
 * @example withIdColumn({ columns: { action: 1 }, extraStatus: [], outputs: {}, duplicates: [], roleCount: 1 }, [['Indicator', 'Action'], ['WRES 1', 'A'], ['WRES 2', 'B'], ['WRES 3', 'C']], 0).columns // { action: 1, ref: 0 }
 */
export function withIdColumn(reading: HeaderReading, rows: SheetGrid['rows'], header: number): HeaderReading {
  const { columns } = reading;
  const headerRow = rows[header] ?? [];
  const col = headerRow.findIndex((c) => !isBlank(c));
  const action = columns.action ?? columns.ambition;
  if (columns.ref !== undefined || col < 0 || action === undefined || col >= action) return reading;
  if (Object.values(columns).includes(col) || reading.extraStatus.includes(col) || Object.values(reading.outputs).includes(col)) return reading;
  const filled = rows
    .slice(header + 1, header + 1 + SAMPLE_ROWS)
    .filter((row) => !isBlank(row[col]) && fillsOthers(row, col))
    .map((row) => row[col]);
  const codes = filled.filter(isCode).map((v) => cellText(v).trim().toLowerCase());
  if (codes.length < FEWEST_CODES || codes.length < filled.length * CODE_SHARE || new Set(codes).size !== codes.length) return reading;
  return { ...reading, columns: { ...columns, ref: col }, roleCount: reading.roleCount + 1 };
}
