import { cellText, isBlank } from '../cells';
import type { CellValue, ColumnMap, Role } from '../types';

/** One cell's contribution to an action: its value and 1-based row, for addresses in warnings. */
export interface SourceCell {
  value: CellValue;
  row: number;
}

/** An action as found on the sheet, before any parsing: the cells of each role, in row order. */
export interface RawAction {
  rows: number[];
  cells: Partial<Record<Role, SourceCell[]>>;
  extraStatus: SourceCell[][];
  /** Carried down from a group-heading row above, when no objective column is mapped. */
  heading: string | null;
}

export interface RowLayout {
  columns: ColumnMap;
  extraStatus: readonly number[];
  /** 0-based index of the header row. */
  headerIndex: number;
  /** 0-based index of the last row of the tracker (inclusive). */
  lastIndex: number;
  /** 0-based row indexes to leave out (an Excel table's totals row). */
  skip: ReadonlySet<number>;
}

const CONTINUES_LIST = /^\s*(<\/?(ul|ol|li)\b|[•▪◦·-]\s|o\s)/i;
const CONTINUES_SENTENCE = /^\s*(<[^>]+>\s*)*[a-z(&]/;

function text(row: readonly CellValue[], col: number | undefined): string {
  return col === undefined ? '' : cellText(row[col]).trim();
}

function isHeading(row: readonly CellValue[], first: number): boolean {
  const filled = row.flatMap((v, i) => (isBlank(v) ? [] : [i]));
  return filled.length === 1 && filled[0] === first && typeof row[first] === 'string' && !/^\s*[\d.]+\s*$/.test(cellText(row[first]));
}

/** A row without a ref whose action text carries on the sentence or list of the row above (a PDF page break). */
function continues(row: readonly CellValue[], layout: RowLayout, previous: RawAction | null): boolean {
  if (previous === null) return false;
  const { columns } = layout;
  if (text(row, columns.ref) !== '') return false;
  const action = text(row, columns.action ?? columns.ambition);
  // A row with no action text cannot stand alone: its next steps, dates or notes belong above.
  if (action === '') return true;
  const previousHasRef = columns.ref !== undefined && (previous.cells.ref ?? []).length > 0;
  return previousHasRef && (CONTINUES_SENTENCE.test(action) || CONTINUES_LIST.test(action));
}

function add(action: RawAction, row: readonly CellValue[], rowNumber: number, layout: RowLayout): void {
  action.rows.push(rowNumber);
  for (const [role, col] of Object.entries(layout.columns) as [Role, number][]) {
    const value = row[col] ?? null;
    if (isBlank(value)) continue;
    (action.cells[role] ??= []).push({ value, row: rowNumber });
  }
  layout.extraStatus.forEach((col, i) => {
    const value = row[col] ?? null;
    if (!isBlank(value)) (action.extraStatus[i] ??= []).push({ value, row: rowNumber });
  });
}

/**
 * Groups the tracker's rows into actions: blank rows skipped, group-heading rows carried
 * down, continuation rows joined to the action above, objective and ambition filled down
 * (boards merge those cells vertically, which leaves them blank below the first row).
 * @example
 * rawActions([['Ref', 'Action'], ['1', 'Publish plan']], { columns: { ref: 0, action: 1 }, extraStatus: [], headerIndex: 0, lastIndex: 1, skip: new Set() }).length // 1
 */
export function rawActions(rows: readonly (readonly CellValue[])[], layout: RowLayout): RawAction[] {
  const { columns } = layout;
  const mapped = Object.values(columns);
  const first = Math.min(...mapped);
  const out: RawAction[] = [];
  let heading: string | null = null;
  let previous: RawAction | null = null;
  const carried: Partial<Record<Role, CellValue>> = {};
  for (let r = layout.headerIndex + 1; r <= layout.lastIndex; r++) {
    const row = rows[r] ?? [];
    if (layout.skip.has(r) || mapped.every((c) => isBlank(row[c])) && layout.extraStatus.every((c) => isBlank(row[c]))) continue;
    if (isHeading(row, first) && columns.objective !== first) {
      heading = cellText(row[first]).trim();
      previous = null;
      continue;
    }
    if (continues(row, layout, previous) && previous !== null) {
      add(previous, row, r + 1, layout);
      continue;
    }
    const filled = [...row];
    for (const role of ['objective', 'ambition'] as const) {
      const col = columns[role];
      if (col === undefined) continue;
      if (isBlank(row[col])) filled[col] = carried[role] ?? null;
      else carried[role] = row[col] ?? null;
    }
    const action: RawAction = { rows: [], cells: {}, extraStatus: [], heading };
    add(action, filled, r + 1, layout);
    out.push(action);
    previous = action;
  }
  return out;
}
