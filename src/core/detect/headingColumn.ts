import { isBlank } from '../cells';
import type { CellValue, ColumnMap } from '../types';
import { groupRow } from './groupRow';
import type { RowLayout } from './layout';
import type { Outline } from './outline';
import { isHeading, nextFilled, sectionHeading } from './rowKinds';

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
  const { columns, lastIndex } = layout;
  if (isHeading(row, first)) return first;
  const section = sectionHeading(row, () => nextFilled(rows, r, lastIndex, watched), columns);
  if (section >= 0) return section;
  const group = groupRow(row, read, watched, objective);
  return group >= 0 || outline === undefined ? group : outline.parent(r, row);
}

/**
 * The column of a group heading written left of the tracker's columns (`first` the leftmost), or -1: alone on its
 * row in a column with no header (a spacer column, or a merge across the table from column A).
 * A note beside the tracker, under a header of its own, heads nothing.
 * @example spacerHeading([null, 'Ref', 'Action'], ['Safe care', null, null], 1) // 0
 * @example spacerHeading(['Notes', 'Ref', 'Action'], ['Safe care', null, null], 1) // -1
 */
export function spacerHeading(header: readonly CellValue[], row: readonly CellValue[], first: number): number {
  for (let c = 0; c < first; c++) if (isBlank(header[c]) && isHeading(row, c)) return c;
  return -1;
}
