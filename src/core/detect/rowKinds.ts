import { cellText, isBlank } from '../cells';
import type { CellValue, ColumnMap, Role } from '../types';

/*
 * What a row of the tracker is: blank, a group heading, a continuation of the action above,
 * or a new action (with objective and ambition filled down).
 */

const CONTINUES_LIST = /^\s*(<\/?(ul|ol|li)\b|[•▪◦·-]\s|o\s)/i;
const CONTINUES_SENTENCE = /^\s*(<[^>]+>\s*)*[a-z(&]/;
const FILLED_DOWN = ['objective', 'ambition'] as const;

function text(row: readonly CellValue[], col: number | undefined): string {
  return col === undefined ? '' : cellText(row[col]).trim();
}

/**
 * True when none of the given columns holds anything.
 * @example blankRow(['', null, 'x'], [0, 1]) // true
 */
export function blankRow(row: readonly CellValue[], columns: readonly number[]): boolean {
  for (const c of columns) if (!isBlank(row[c])) return false;
  return true;
}

/**
 * A group heading: the row's only filled cell is a label (not a bare number) in the first mapped column.
 * @example isHeading(['Provide outstanding care', null], 0) // true
 */
export function isHeading(row: readonly CellValue[], first: number): boolean {
  // A loop rather than collecting the filled cells: this runs for every row of the sheet.
  for (let i = 0; i < row.length; i++) if (i !== first && !isBlank(row[i])) return false;
  return typeof row[first] === 'string' && !isBlank(row[first]) && !/^\s*[\d.]+\s*$/.test(cellText(row[first]));
}

/**
 * A row without a ref whose action text carries on the sentence or list of the row above (a
 * PDF page break). `previousHasRef` says whether the action above has a ref of its own.
 * @example continues([null, 'involve residents'], { ref: 0, action: 1 }, true) // true
 */
export function continues(row: readonly CellValue[], columns: ColumnMap, previousHasRef: boolean): boolean {
  if (text(row, columns.ref) !== '') return false;
  const action = text(row, columns.action ?? columns.ambition);
  // A row with no action text cannot stand alone: its next steps, dates or notes belong above.
  if (action === '') return true;
  return previousHasRef && (CONTINUES_SENTENCE.test(action) || CONTINUES_LIST.test(action));
}

/**
 * Objective and ambition filled down through the blank cells a vertical merge leaves; the
 * row itself when there is nothing to fill, so most rows are not copied.
 * @example fillDown([null, 'Sites'], { objective: 0, ambition: 1 }, { objective: 'Be sustainable' }) // ['Be sustainable', 'Sites']
 */
export function fillDown(row: readonly CellValue[], columns: ColumnMap, carried: Partial<Record<Role, CellValue>>): readonly CellValue[] {
  let filled: CellValue[] | null = null;
  for (const role of FILLED_DOWN) {
    const col = columns[role];
    if (col === undefined) continue;
    if (!isBlank(row[col])) carried[role] = row[col] ?? null;
    else if ((carried[role] ?? null) !== null) (filled ??= [...row])[col] = carried[role] ?? null;
  }
  return filled ?? row;
}
