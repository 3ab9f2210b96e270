import { cellText, isBlank } from '../cells';
import type { CellValue, Role } from '../types';
import type { RowLayout } from './layout';
import { nextFilled } from './rowKinds';

/*
 * A plan exported from MS Project, Smartsheet or a WBS-numbered spreadsheet writes a summary row
 * above each set of tasks ("1.1 Estates and build" over 1.1.1, 1.1.2), with dates, % complete and
 * status rolled up from the tasks under it. Rated as an action it counts every task's problem
 * twice; it is the group's heading, nested as numbered section headings are (Headings).
 */

/** An outline number: "1", "1.2", "2.3.1" (a trailing stop allowed: "1."). */
const OUTLINE = /^\d+(?:\.\d+)*\.?$/;

/** Rows under the header looked at for the outline column, as narrativeColumns does: bounded on any sheet. */
const SAMPLE_ROWS = 50;

/** Where a parent row's group name is written: its task's name, else the group column it fills. */
const TITLES: readonly Role[] = ['action', 'objective', 'ambition'];

/** What a task under a summary row fills: rows under a parent with none of these are its steps, and it stays the action. */
const TASK: readonly Role[] = ['lead', 'timeframe', 'status', 'progress'];

/**
 * True when a ref is an outline number ("1", "1.2", "2.3.1").
 * @example isOutline('2.3.1') // true
 * @example isOutline('CQC2') // false
 */
export const isOutline = (ref: string): boolean => OUTLINE.test(ref);

const stripped = (text: string): string => text.replace(/\.$/, '');

/**
 * True when outline number `child` is numbered under `parent` ("1" → "1.1", "2.3" → "2.3.1"),
 * not a sibling ("1" → "2", "1" → "10") nor a decimal read as one.
 * @example outlineChild('1.1', '1.1.3') // true
 * @example outlineChild('1', '10') // false
 */
export function outlineChild(parent: string, child: string): boolean {
  if (!isOutline(parent) || !isOutline(child)) return false;
  return stripped(child).startsWith(`${stripped(parent)}.`);
}

/** A cell's outline number, or '' when it holds none: a dotted number typed as a number is a decimal (a score, a cost), not a WBS. */
function outlineOf(value: CellValue | undefined, numbers: boolean): string {
  if (typeof value === 'number') return numbers || Number.isInteger(value) ? String(value) : '';
  const text = cellText(value ?? null).trim();
  return OUTLINE.test(text) ? text : '';
}

/**
 * True when every filled cell of column `col` in the sampled rows is an outline number and
 * at least one numbers a row under the row above it: the column outlines the plan.
 */
function outlines(rows: readonly (readonly CellValue[])[], layout: RowLayout, col: number, numbers: boolean): boolean {
  const end = Math.min(layout.lastIndex, layout.headerIndex + SAMPLE_ROWS);
  let [last, nested] = ['', false];
  for (let r = layout.headerIndex + 1; r <= end; r++) {
    const value = rows[r]?.[col];
    if (isBlank(value)) continue;
    const own = outlineOf(value, numbers);
    if (own === '') return false;
    nested ||= outlineChild(last, own);
    last = own;
  }
  return nested;
}

/**
 * The column numbering the plan's outline, or -1: the ref column where its refs nest ("1", "1.1"),
 * else an unmapped column left of the action column that does (MS Project's "WBS" beside its
 * "ID", which numbers the rows 1, 2, 3 and nests nothing). Worked out once per sheet.
 * @example outlineColumn([['ID', 'WBS', 'Name'], [1, '1', 'CDC'], [2, '1.1', 'Build']], { columns: { ref: 0, action: 2 }, extraStatus: [], headerIndex: 0, lastIndex: 2, skip: new Set() }) // 1
 */
export function outlineColumn(rows: readonly (readonly CellValue[])[], layout: RowLayout): number {
  const { ref, action } = layout.columns;
  if (ref !== undefined && outlines(rows, layout, ref, true)) return ref;
  const mapped = new Set(Object.values(layout.columns));
  for (let c = 0; c < (action ?? 0); c++) if (!mapped.has(c) && outlines(rows, layout, c, false)) return c;
  return -1;
}

/**
 * The outline of a plan's rows (outlineColumn): which rows are summary rows over tasks numbered
 * under them, and the outline number a heading is nested by.
 * @example new Outline([['WBS', 'Task'], ['1', 'Build'], ['1.1', 'Plan']], { columns: { ref: 0, action: 1 }, extraStatus: [], headerIndex: 0, lastIndex: 2, skip: new Set() }, [0, 1]).parent(1, ['1', 'Build']) // 1
 */
export class Outline {
  private readonly col: number;

  constructor(
    private readonly rows: readonly (readonly CellValue[])[],
    private readonly layout: RowLayout,
    private readonly watched: readonly number[],
  ) {
    this.col = outlineColumn(rows, layout);
  }

  /** The outline number of a row ('' for none), else its ref: what nests one heading under another. */
  ref(row: readonly CellValue[]): string {
    const col = this.col >= 0 ? this.col : this.layout.columns.ref;
    return col === undefined ? '' : cellText(row[col] ?? null).trim();
  }

  /**
   * True when a row has a task's name and a lead, date, status or progress of its own. Rows under a
   * row with neither are its steps; one named only in a column of its own (a "Milestone" beside a
   * blank "Deliverable") is its milestone. Either way the row over them stays the action.
   */
  private task(row: readonly CellValue[]): boolean {
    const { action } = this.layout.columns;
    if (action !== undefined && isBlank(row[action])) return false;
    return TASK.some((role) => {
      const col = this.layout.columns[role];
      return col !== undefined && !isBlank(row[col]);
    });
  }

  /**
   * The column naming the group when row `r` (0-based) is a summary row, numbered over the next
   * filled row's number, whatever else it holds (its lead, dates, % complete, status); else -1.
   * A row with nothing numbered under it is a task, and stays an action.
   */
  parent(r: number, row: readonly CellValue[]): number {
    if (this.col < 0) return -1;
    const own = outlineOf(row[this.col], true);
    if (own === '') return -1;
    const below = nextFilled(this.rows, r, this.layout.lastIndex, this.watched);
    if (below === null || !outlineChild(own, outlineOf(below[this.col], true)) || !this.task(below)) return -1;
    for (const role of TITLES) {
      const col = this.layout.columns[role];
      if (col !== undefined && typeof row[col] === 'string' && !isBlank(row[col])) return col;
    }
    return -1;
  }
}
