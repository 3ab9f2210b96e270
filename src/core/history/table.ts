import { cellText } from '../cells';
import { finish, Work, type Chunks } from '../chunks';
import { isIsoDate } from '../dates';
import { isRating } from '../rating/ratings';
import type { CellValue, StatusClass } from '../types';
import { HISTORY_HEADERS, type HistoryRow } from './types';

const STATUS_CLASSES: readonly StatusClass[] = ['complete', 'on_track', 'at_risk', 'off_track', 'not_started', 'unknown'];

function isStatus(x: string): x is StatusClass {
  return (STATUS_CLASSES as readonly string[]).includes(x);
}

/**
 * The RAG History sheet's cells from A1: the header row, then one row per history row. All
 * values are text (dates as YYYY-MM-DD), so both adapters write them as text and Excel never
 * turns a key or date into something else; an empty next due is null.
 * @example historyTable([])[0] // ['Refreshed at', 'As of', 'Sheet', 'Action key', 'Rating', 'Status', 'Next due']
 */
export function historyTable(rows: readonly HistoryRow[]): (string | null)[][] {
  return finish(historyTableInChunks(rows, Infinity));
}

/**
 * {@link historyTable} pausing after every `chunkRows` rows, for a host that must not block.
 * @example finish(historyTableInChunks(rows, 1000)) // historyTable(rows)
 */
export function* historyTableInChunks(rows: readonly HistoryRow[], chunkRows: number): Chunks<(string | null)[][]> {
  const work = new Work(chunkRows);
  const out: (string | null)[][] = [[...HISTORY_HEADERS]];
  for (const r of rows) {
    out.push([r.refreshedAt, r.asOf, r.sheet, r.key, r.rating, r.status, r.nextDue]);
    if (work.add()) yield work.end();
  }
  return out;
}

/** A history row from a row of the sheet, or null when it is not a valid entry. */
function historyRow(row: readonly CellValue[]): HistoryRow | null {
  const [refreshedAt, asOf, sheet, key, rating, status, nextDue] = HISTORY_HEADERS.map((_, i) => cellText(row[i]).trim());
  if (asOf === undefined || !isIsoDate(asOf) || !sheet || !key || !isRating(rating) || status === undefined || !isStatus(status)) return null;
  const due = nextDue !== undefined && isIsoDate(nextDue) ? nextDue : null;
  return { refreshedAt: refreshedAt ?? '', asOf, sheet, key, rating, status, nextDue: due };
}

/**
 * Reads the RAG History sheet's cells back into rows. The header row and any row that is not
 * a valid entry (hand-edited, half-pasted) are skipped, so a damaged sheet never stops a
 * refresh; a date Excel stored as a date cell reads as its day.
 * @example readHistoryTable(historyTable(rows)) // rows
 */
export function readHistoryTable(cells: readonly (readonly CellValue[])[]): HistoryRow[] {
  return finish(readHistoryTableInChunks(cells, Infinity));
}

/**
 * {@link readHistoryTable} pausing after every `chunkRows` rows, for a host that must not block.
 * @example finish(readHistoryTableInChunks(cells, 1000)) // readHistoryTable(cells)
 */
export function* readHistoryTableInChunks(cells: readonly (readonly CellValue[])[], chunkRows: number): Chunks<HistoryRow[]> {
  const work = new Work(chunkRows);
  const out: HistoryRow[] = [];
  for (const row of cells) {
    const read = historyRow(row);
    if (read) out.push(read);
    if (work.add()) yield work.end();
  }
  return out;
}
