import { cellText, isBlank } from '../cells';
import type { CellValue, ColumnMap } from '../types';
import { normaliseHeader } from './normalise';

/** What beside needs of a header reading: which column holds the action (or ambition). */
interface Anchored {
  columns: ColumnMap;
}

const anchorText = (cells: readonly CellValue[], columns: ColumnMap): string => {
  const col = columns.action ?? columns.ambition;
  return col === undefined ? '' : normaliseHeader(cellText(cells[col]));
};

/**
 * Where a second tracker's header starts on the same row as the first, past a blank column
 * ("Open actions" and "Closed actions" side by side), or -1. Read as one header, the second's
 * columns would be reported as rivals of the first's, and its status read as the first's. The
 * part past the gap must be a tracker header by itself (`read` and `isTracker`) repeating the
 * first part's action header, so a blank column between a plan and its updates
 * ("Action | Lead | Due | | Update | RAG") splits nothing.
 * @example besideStart(['Action', 'Lead', null, 'Action', 'Lead'], readHeader, isTrackerHeader) // 3
 */
export function besideStart<R extends Anchored>(cells: readonly CellValue[], read: (cells: readonly CellValue[]) => R, isTracker: (reading: R) => boolean): number {
  let filled = false;
  for (let c = 1; c < cells.length; c++) {
    filled ||= !isBlank(cells[c - 1]);
    if (!filled || !isBlank(cells[c - 1]) || isBlank(cells[c])) continue;
    const right = read(cells.map((v, i) => (i < c ? null : v)));
    if (!isTracker(right)) continue;
    const left = cells.slice(0, c);
    const first = read(left);
    if (isTracker(first) && anchorText(left, first.columns) === anchorText(cells, right.columns)) return c;
  }
  return -1;
}
