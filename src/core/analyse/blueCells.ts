import type { CellValue } from '../types';
import type { StatusFlags } from './flagColumns';

/*
 * Many plans rate on a BRAG scale under a plain "RAG" header: the scale shows only in the column's
 * cells, where the lead marks finished work "B" or "Blue". On such a scale Green is not the best a
 * lead can give finished work, so a Green or Amber beside an update reading complete says the
 * action goes on (colourHoldsOpen), exactly as under a "BRAG" header. Only a whole cell counts:
 * "Blue badge parking" or "B3" in a column is no colour.
 */

/** Whole cells that are the Blue of a BRAG scale, as cells are folded (trimmed, lower case, no full stop). */
const BLUE_CELLS: ReadonlySet<string> = new Set(['b', 'blue']);

/**
 * True when a cell holds nothing but Blue ("B", "Blue", "blue.").
 * @example isBlueCell(' B ') // true
 * @example isBlueCell('Blue badge') // false
 */
export function isBlueCell(value: CellValue | undefined): boolean {
  return typeof value === 'string' && BLUE_CELLS.has(value.trim().toLowerCase().replace(/\.$/, ''));
}

/**
 * The sheet's status flags (statusFlags), with `blueScale` set when an explicit status column
 * (StatusFlags.cols) holds a whole-cell "B" or "Blue" on a row from `from` to `to` (0-based, in
 * `rows`), though its header says only "RAG". Stops at the first Blue found; a sheet whose header
 * already names the scale, or with no such column, is not scanned.
 * @example withBlueCells({ ...NO_FLAGS, cols: [2] }, [['Action', 'Update', 'RAG'], ['Leaflet', 'Published', 'B']], 1, 1).blueScale // true
 * @example withBlueCells({ ...NO_FLAGS, cols: [2] }, [['Action', 'Update', 'RAG'], ['Leaflet', 'Drafted', 'G']], 1, 1).blueScale // false
 */
export function withBlueCells(flags: StatusFlags, rows: readonly (readonly CellValue[])[], from: number, to: number): StatusFlags {
  if (flags.blueScale || flags.cols.length === 0) return flags;
  for (let r = from; r <= to; r++) {
    const row = rows[r];
    if (row === undefined) continue;
    for (const col of flags.cols) if (isBlueCell(row[col])) return { ...flags, blueScale: true };
  }
  return flags;
}
