import { a1, isBlank } from '../cells';
import type { CellValue } from '../types';
import { namesArchive } from './archive';
import type { Furniture } from './furniture';
import type { RowLayout } from './layout';

/*
 * A sheet of several tables, each under a title of its own ("Workforce actions", its header and rows; "Digital
 * actions", the header again and its rows): the later titles head their groups as heading rows do (rows.ts), and
 * the first table's title, above the header the tracker was found by, names its group the same way. Over a
 * sheet's only table, or one whose later table is its archive ("Closed actions"), the title is the document's.
 */

/** How far above a header its title may sit: a blank row or two between them. */
const REACH = 3;

export interface SectionTitle {
  text: string;
  /** Where it is (A1), for a warning that names it. */
  cell: string;
}

/** The lone text of the nearest filled row above row `r` (0-based), within REACH rows, or null. */
function titleAbove(rows: readonly (readonly CellValue[])[], r: number): SectionTitle | null {
  for (let k = r - 1; k >= Math.max(0, r - REACH); k--) {
    const row = rows[k] ?? [];
    let found: SectionTitle | null = null;
    for (let c = 0; c < row.length; c++) {
      const value = row[c];
      if (isBlank(value)) continue;
      if (found !== null || typeof value !== 'string') return null;
      found = { text: value.trim(), cell: a1(c, k + 1) };
    }
    if (found !== null) return found;
  }
  return null;
}

/**
 * The title over the tracker's header when a later table on the sheet repeats the header under a title of its
 * own that is no archive; else null.
 * @example firstSectionTitle([['Workforce actions'], header, row, ['Digital actions'], header, row], layout, furniture) // { text: 'Workforce actions', cell: 'A1' }
 */
export function firstSectionTitle(rows: readonly (readonly CellValue[])[], layout: RowLayout, furniture: Furniture): SectionTitle | null {
  const first = titleAbove(rows, layout.headerIndex);
  if (first === null) return null;
  for (let r = layout.headerIndex + 1; r <= layout.lastIndex; r++) {
    if (!furniture.repeatsHeader(rows[r] ?? [])) continue;
    const title = titleAbove(rows, r);
    if (title !== null && !namesArchive(title.text)) return first;
  }
  return null;
}
