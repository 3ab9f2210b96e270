import { cellText, isBlank } from '../cells';
import type { CellValue, ColumnMap, Role } from '../types';

/*
 * What a row of the tracker is: blank, a group heading, a continuation of the action above,
 * or a new action (with objective and ambition filled down).
 */

const CONTINUES_LIST = /^\s*(<\/?(ul|ol|li)\b|[•▪◦·-]\s|o\s)/i;
const CONTINUES_SENTENCE = /^\s*(<[^>]+>\s*)*[a-z(&]/;
const FILLED_DOWN = ['objective', 'ambition'] as const;

/**
 * A cell's text, trimmed; '' for a column the sheet does not map.
 * @example text(['4.3', ' No action '], 1) // 'No action'
 */
export function text(row: readonly CellValue[], col: number | undefined): string {
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
 * The first row after row `r` (0-based) up to row `last` with anything in the given columns, or null.
 * @example nextFilled([['a'], [null], ['b']], 0, 2, [0]) // ['b']
 */
export function nextFilled(rows: readonly (readonly CellValue[])[], r: number, last: number, columns: readonly number[]): readonly CellValue[] | null {
  for (let i = r + 1; i <= last; i++) if (!blankRow(rows[i] ?? [], columns)) return rows[i] ?? [];
  return null;
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
 * True when ref `child` numbers an item under ref `parent` ("1" → "1.2", "A" → "A3"), not a sibling ("1" → "10").
 * @example isChildRef('1', '1.2') // true
 * @example isChildRef('1', '10') // false
 */
export function isChildRef(parent: string, child: string): boolean {
  if (child.length <= parent.length || !child.toLowerCase().startsWith(parent.toLowerCase())) return false;
  const [last, next] = [parent.slice(-1), child.charAt(parent.length)];
  const digit = (c: string): boolean => c >= '0' && c <= '9';
  return !/[a-z0-9]/i.test(next) || digit(last) !== digit(next);
}

/**
 * The column of a section heading's title, or -1: a row holding only a title and its section's
 * number in the ref column ("2 | Workforce" over "2.1", "2.2"), or only a title in the action
 * column with no ref where the actions below have refs ("Section 2: Workforce" over "2.1").
 * `next` gives the next filled row, read only for a row that could be a heading. Read as an
 * action it would be one with no lead or date; a title that carries on a sentence or list from
 * the row above is a continuation instead (continues).
 * @example sectionHeading(['2', 'Workforce', null], () => ['2.1', 'Recruit', 'Ann'], { ref: 0, action: 1, lead: 2 }) // 1
 * @example sectionHeading(['2', 'Recruit', null], () => ['3', 'Train', 'Ann'], { ref: 0, action: 1, lead: 2 }) // -1
 */
export function sectionHeading(row: readonly CellValue[], next: () => readonly CellValue[] | null, columns: ColumnMap): number {
  const { ref, action } = columns;
  if (ref === undefined || action === undefined) return -1;
  const at = loneTitle(row, ref);
  if (at < 0 || /^[\d.\s]+$/.test(cellText(row[at]))) return -1;
  const [own, below] = [text(row, ref), text(next() ?? [], ref)];
  if (below === '') return -1;
  if (own !== '') return isChildRef(own, below) ? at : -1;
  const title = text(row, at);
  return at === action && !CONTINUES_SENTENCE.test(title) && !CONTINUES_LIST.test(title) ? at : -1;
}

/**
 * The column of a row's only filled cell besides its ref column, when it is text; else -1. Nearly
 * every row has a second filled cell, and leaves here at it: the cheap first test of sectionHeading.
 * @example loneTitle(['2', 'Workforce', null], 0) // 1
 */
export function loneTitle(row: readonly CellValue[], ref: number): number {
  let at = -1;
  for (let i = 0; i < row.length; i++) {
    if (i === ref || isBlank(row[i])) continue;
    if (at >= 0 || typeof row[i] !== 'string') return -1;
    at = i;
  }
  return at;
}

/**
 * A row without a ref whose action text carries on the sentence or list of the row above (a
 * PDF page break). `previousHasRef` says whether the action above has a ref of its own;
 * `carried` holds the group (objective, ambition) the action above is under (fillDown).
 * @example continues([null, 'involve residents'], { ref: 0, action: 1 }, true) // true
 * @example continues(['Well-led', null, 'Ann', 'Mar 25'], { objective: 0, action: 1, lead: 2, timeframe: 3 }, false, { objective: 'Safe' }) // false
 */
export function continues(row: readonly CellValue[], columns: ColumnMap, previousHasRef: boolean, carried: Partial<Record<Role, CellValue>> = {}): boolean {
  if (text(row, columns.ref) !== '') return false;
  const action = text(row, columns.action ?? columns.ambition);
  // A row with no action text carries next steps, dates or notes for the action above, unless it starts a group of its own.
  if (action === '') return !untitled(row, columns, carried);
  return previousHasRef && (CONTINUES_SENTENCE.test(action) || CONTINUES_LIST.test(action));
}

/**
 * A row with no action text that is a new action all the same: it names a group other than the
 * one above (a new domain or theme) with a lead and a status or date of its own. Its action
 * text was left out, and joined to the action above it would be rated on that action's cells.
 */
function untitled(row: readonly CellValue[], columns: ColumnMap, carried: Partial<Record<Role, CellValue>>): boolean {
  if (text(row, columns.lead) === '' || (text(row, columns.status) === '' && text(row, columns.timeframe) === '')) return false;
  // Without an action column the ambition is what is rated, not a group.
  const groups = columns.action === undefined ? (['objective'] as const) : FILLED_DOWN;
  return groups.some((role) => {
    const own = text(row, columns[role]);
    return own !== '' && own.toLowerCase() !== cellText(carried[role] ?? null).trim().toLowerCase();
  });
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
