/// <reference types="office-js" />
import { cellText } from '../core/cells';
import { HISTORY_SHEET, historyTable, type HistoryRow } from '../core/history';
import type { CellValue } from '../core/types';
import { drain, type Steps } from './pace';
import { TEXT_FORMAT, rowBytesSteps, type RowLayout } from './write-plan';

// The very-hidden sheet each refresh records its ratings in, named once in core for both adapters.
export { HISTORY_SHEET };

function sameRow(a: readonly (string | null)[], b: readonly CellValue[] | undefined): boolean {
  return a.every((v, i) => (v ?? '') === cellText(b?.[i] ?? null));
}

/*
 * The history only grows at its end, unless a refresh at an as-of already recorded changes
 * that snapshot; so only the rows from the first one that differs are written, and rows left
 * over below the new end are cleared. A repeat refresh writes nothing at all.
 */

/**
 * The writes that bring the sheet's cells (`stored`, from A1) to the history table, or null
 * when they already match.
 * @example historyLayout(grid.rows, mergeHistory(old, fresh))?.top // the first row that changed, 0-based
 */
export function historyLayout(stored: readonly (readonly CellValue[])[], rows: readonly HistoryRow[]): RowLayout | null {
  return drain(historyLayoutSteps(stored, historyTable(rows)));
}

/** historyLayout from the history table (historyTable's rows), a row per step. */
export function* historyLayoutSteps(stored: readonly (readonly CellValue[])[], table: readonly (readonly (string | null)[])[]): Steps<RowLayout | null> {
  const width = table[0]?.length ?? 0;
  let from = 0;
  while (from < table.length && sameRow(table[from] ?? [], stored[from])) {
    from++;
    yield;
  }
  let staleBelow = false;
  for (let r = table.length; r < stored.length && !staleBelow; r++) {
    staleBelow = (stored[r] ?? []).some((v) => v !== null);
    yield;
  }
  const end = staleBelow ? Math.max(table.length, stored.length) : table.length;
  if (from >= end) return null;
  const values: (string | null)[][] = [];
  const formats: (string | null)[][] = [];
  for (let r = from; r < end; r++) {
    const line = table[r];
    values.push(Array.from({ length: width }, (_, c) => line?.[c] ?? ''));
    formats.push(Array.from({ length: width }, (_, c) => (line?.[c] ? TEXT_FORMAT : null)));
    yield;
  }
  const blocks = [{ left: 0, width, values, formats }];
  return { top: from, rows: end - from, blocks, boldRuns: from === 0 ? [{ row: 0, left: 0, width }] : [], widths: [], wraps: [], rowBytes: yield* rowBytesSteps(blocks, end - from) };
}
