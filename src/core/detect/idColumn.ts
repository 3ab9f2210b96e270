import { cellText, isBlank } from '../cells';
import type { CellValue, Role, SheetGrid } from '../types';
import type { HeaderReading } from './reading';

/*
 * The first column of many plans numbers their items under a header no ref word names: a WRES
 * plan's "Indicator" (WRES 1, WRES 2), an assurance plan's "Std", a review's "Rec". Its cells
 * are short codes, one per row, so they are the ref whatever the header says: the actions keep
 * the names the board knows them by, and headings spanning the row in that column head groups.
 */

/** Rows under the header looked at: enough to see the codes differ, quick on any sheet. */
const SAMPLE_ROWS = 50;
/** Grouping roles: a first column of them holding a code of its own per row groups nothing, and is the ref. */
const GROUP_ROLES: readonly Role[] = ['ambition', 'objective'];
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
 * first holds a distinct short code on every action's row (section headings that fill the row
 * alone are passed over), under a header no role reads or one naming a group: a DSPT plan's
 * "Contributing outcome" (A1.a, B2.a) names the outcome each row answers, one per row, and read
 * as the ambition it would make every action a group of one and leave the plan without refs.
 * @example withIdColumn({ columns: { action: 1 }, extraStatus: [], outputs: {}, duplicates: [], roleCount: 1 }, [['Indicator', 'Action'], ['WRES 1', 'A'], ['WRES 2', 'B'], ['WRES 3', 'C']], 0).columns // { action: 1, ref: 0 }
 * @example withIdColumn({ columns: { ambition: 0, action: 1 }, extraStatus: [], outputs: {}, duplicates: [], roleCount: 2 }, [['Outcome', 'Action'], ['A1.a', 'A'], ['A2.a', 'B'], ['B1.a', 'C']], 0).columns // { action: 1, ref: 0 }
 */
export function withIdColumn(reading: HeaderReading, rows: SheetGrid['rows'], header: number): HeaderReading {
  const { columns } = reading;
  const headerRow = rows[header] ?? [];
  const col = headerRow.findIndex((c) => !isBlank(c));
  const action = columns.action ?? columns.ambition;
  if (columns.ref !== undefined || col < 0 || action === undefined || col >= action) return reading;
  const group = GROUP_ROLES.find((role) => columns[role] === col && columns.action !== undefined);
  if (group === undefined && (Object.values(columns).includes(col) || reading.extraStatus.includes(col) || Object.values(reading.outputs).includes(col))) return reading;
  const filled = rows
    .slice(header + 1, header + 1 + SAMPLE_ROWS)
    .filter((row) => !isBlank(row[col]) && fillsOthers(row, col))
    .map((row) => row[col]);
  const codes = filled.filter(isCode).map((v) => cellText(v).trim().toLowerCase());
  if (codes.length < FEWEST_CODES || codes.length < filled.length * CODE_SHARE || new Set(codes).size !== codes.length) return reading;
  const { [group ?? 'ref']: _group, ...rest } = columns;
  return { ...reading, columns: { ...rest, ref: col }, roleCount: Object.keys(rest).length + 1 };
}
