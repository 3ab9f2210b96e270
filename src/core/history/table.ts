import { finish, Work, type Chunks } from '../chunks';
import { HISTORY_HEADERS, type HistoryRow } from './types';

/** A kept row as wide as the table: every adapter writes the history as one block of its columns. */
function asWide(cells: readonly (string | null)[]): (string | null)[] {
  return HISTORY_HEADERS.map((_, i) => cells[i] ?? null);
}

/**
 * The RAG History sheet's cells from A1: the header row, then one row per history row. All
 * values are text (dates as YYYY-MM-DD), so both adapters write them as text and Excel never
 * turns a key or date into something else; an empty next due is null. A row that could not
 * be read is written back exactly as it was found.
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
    out.push(r.unreadable ? asWide(r.unreadable.cells) : [r.refreshedAt, r.asOf, r.sheet, r.key, r.rating, r.status, r.nextDue]);
    if (work.add()) yield work.end();
  }
  return out;
}
