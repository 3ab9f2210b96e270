import { isBlank } from '../cells';
import type { CellRange, CellValue, ColumnMap } from '../types';
import { groupRow } from './groupRow';
import type { RowLayout } from './layout';
import type { Outline } from './outline';
import { isHeading, loneTitle, nextFilled, sectionHeading } from './rowKinds';

/*
 * Which column of a row heads a group of the tracker's actions (ActionReader, rows.ts): a title alone on
 * its row, a section heading across the table, a workstream's own row, or a heading left of the table.
 */

/**
 * The column holding the group heading row `r` is (isHeading, sectionHeading, groupRow, a plan's summary row:
 * Outline.parent), or -1. `first` is the leftmost column the layout maps, `read` the columns as read (RowLine),
 * `watched` every column the tracker reads.
 * @example
 * headingColumn([['Ref', 'Action'], ['Safe care', null]], 1, ['Safe care', null], { columns: { ref: 0, action: 1 }, extraStatus: [], headerIndex: 0, lastIndex: 1, skip: new Set() }, 0, { ref: 0, action: 1 }, [0, 1], undefined) // 0
 */
export function headingColumn(
  rows: readonly (readonly CellValue[])[],
  r: number,
  row: readonly CellValue[],
  layout: RowLayout,
  first: number,
  read: ColumnMap,
  watched: readonly number[],
  objective: CellValue | undefined,
  outline?: Outline,
): number {
  const { columns } = layout;
  if (isHeading(row, first)) return first;
  // Only a row with a lone title can head a section (loneTitle): the rest skip making sectionAt's closure.
  const section = columns.ref === undefined || loneTitle(row, columns.ref) < 0 ? -1 : sectionAt(rows, r, row, layout, watched);
  if (section >= 0) return section;
  const group = groupRow(row, read, watched, objective);
  return group >= 0 || outline === undefined ? group : outline.parent(r, row);
}

/** sectionHeading of row `r`, reading the row below it only when asked: a function of its own, as its closure would cost headingColumn a context on every row. */
function sectionAt(rows: readonly (readonly CellValue[])[], r: number, row: readonly CellValue[], layout: RowLayout, watched: readonly number[]): number {
  return sectionHeading(row, () => nextFilled(rows, r, layout.lastIndex, watched), layout.columns);
}

/**
 * The column of a group heading written left of the tracker's columns (`first` the leftmost), or -1: alone on its
 * row in a column with no header (a spacer column, or a merge across the table from column A), or merged
 * across the table from a column that has one (`across`, the merge's left column: see acrossHeadings).
 * A note beside the tracker, under a header of its own and merged over nothing, heads nothing.
 * @example spacerHeading([null, 'Ref', 'Action'], ['Safe care', null, null], 1) // 0
 * @example spacerHeading(['Notes', 'Ref', 'Action'], ['Safe care', null, null], 1) // -1
 * @example spacerHeading(['Clinical area', 'Ref', 'Action'], ['ADULTS', null, null], 1, 0) // 0
 */
export function spacerHeading(header: readonly CellValue[], row: readonly CellValue[], first: number, across?: number): number {
  for (let c = 0; c < first; c++) if ((isBlank(header[c]) || c === across) && isHeading(row, c)) return c;
  return -1;
}

/**
 * The rows (0-based, to the merge's left column) where a merge starts left of the tracker's first column
 * and runs across it to its action column: a population or programme plan's heading ("ADULTS") merged
 * over the whole table from a column the tracker does not read. Undefined when there is none.
 * @example acrossHeadings([{ top: 4, left: 0, bottom: 4, right: 8 }], { action: 1, lead: 2 })?.get(4) // 0
 */
export function acrossHeadings(merges: readonly CellRange[], columns: ColumnMap): ReadonlyMap<number, number> | undefined {
  const mapped = Object.values(columns);
  if (mapped.length === 0) return undefined;
  const first = Math.min(...mapped);
  const reach = columns.action ?? columns.ambition ?? first;
  const rows = new Map<number, number>();
  for (const m of merges) if (m.left < first && m.right >= reach) rows.set(m.top, m.left);
  return rows.size === 0 ? undefined : rows;
}
