import type { CellValue } from '../types';

/** A number as typed, without a per cent sign: as a cell number, or as text ("0.8", "75"). */
const BARE_NUMBER = /^\s*[+-]?(?:\d+(?:\.\d+)?|\.\d+)\s*$/;

function bareNumber(value: CellValue | undefined): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  return typeof value === 'string' && BARE_NUMBER.test(value) ? Number(value) : null;
}

/**
 * The columns among `cols` (progress, confidence; -1 for none) whose bare numbers, over the
 * 0-based rows `from`..`to`, are typed as fractions: more of them between 0 and 1 (0.8 for 80%,
 * 1 for 100%) than above 1. There a number just above 1 is a fraction too, so over 100% (1.2 is
 * 120%), not a percentage (1.2%) as it is in a column of percentages (readConfidence). A cell formatted as a percentage
 * arrives as its text ("80%") and says nothing of the column's scale.
 * @example fractionColumns([[0.8], [0.5], [1.2]], [0], 0, 2) // Set { 0 }
 * @example fractionColumns([[80], [50], [1.2]], [0], 0, 2) // Set {}
 */
export function fractionColumns(rows: readonly (readonly CellValue[])[], cols: readonly number[], from: number, to: number): ReadonlySet<number> {
  const found = new Set<number>();
  for (const col of cols) {
    if (col < 0) continue;
    let fractions = 0;
    let above = 0;
    for (let r = from; r <= to; r++) {
      const n = bareNumber(rows[r]?.[col]);
      if (n === null || n <= 0) continue;
      if (n <= 1) fractions += 1;
      else above += 1;
    }
    if (fractions > above) found.add(col);
  }
  return found;
}
