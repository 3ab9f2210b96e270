import type { CellRange } from '../../core/types';
import type { MemorySheet } from './model';

/*
 * A sheet's merged areas by row, so checking a write or a new merge against them costs the
 * rows it spans rather than every merge on the sheet (a 100,000-row summary holds over
 * 100,000 merges). Kept beside the model, not in it: the index follows `sheet.merges` (built
 * again whenever that array is replaced or shrinks, extended when merges are pushed onto it).
 */

/** Merges taller than this are few; they are checked one by one rather than listed per row. */
const TALL = 64;

interface MergeIndex {
  list: CellRange[];
  size: number;
  byRow: Map<number, CellRange[]>;
  tall: CellRange[];
}

const indexes = new WeakMap<MemorySheet, MergeIndex>();

function indexOf(sheet: MemorySheet): MergeIndex {
  let index = indexes.get(sheet);
  if (!index || index.list !== sheet.merges || index.size > sheet.merges.length) {
    index = { list: sheet.merges, size: 0, byRow: new Map(), tall: [] };
    indexes.set(sheet, index);
  }
  for (; index.size < sheet.merges.length; index.size++) {
    const m = sheet.merges[index.size];
    if (!m) continue;
    if (m.bottom - m.top >= TALL) {
      index.tall.push(m);
      continue;
    }
    for (let r = m.top; r <= m.bottom; r++) {
      const list = index.byRow.get(r);
      if (list) list.push(m);
      else index.byRow.set(r, [m]);
    }
  }
  return index;
}

/**
 * True when a range shares a cell with a merged area of the sheet.
 * @example overlapsMerge(sheet, { top: 3, left: 0, bottom: 3, right: 4 })
 */
export function overlapsMerge(sheet: MemorySheet, range: CellRange): boolean {
  const hit = (m: CellRange): boolean => m.top <= range.bottom && range.top <= m.bottom && m.left <= range.right && range.left <= m.right;
  // A range taller than the rows worth walking is checked against every merge instead.
  if (range.bottom - range.top >= 4 * TALL) return sheet.merges.some(hit);
  const index = indexOf(sheet);
  if (index.tall.some(hit)) return true;
  for (let r = range.top; r <= range.bottom; r++) if ((index.byRow.get(r) ?? []).some(hit)) return true;
  return false;
}

/**
 * True when a cell is in the covered part of a merged area (not its top-left cell).
 * @example isCovered(sheet, 3, 1) // true when B4 lies inside a merge that starts at A4
 */
export function isCovered(sheet: MemorySheet, row: number, col: number): boolean {
  const index = indexOf(sheet);
  const covers = (m: CellRange): boolean => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right && (row !== m.top || col !== m.left);
  return (index.byRow.get(row) ?? []).some(covers) || index.tall.some(covers);
}
