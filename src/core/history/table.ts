import { cellText } from '../cells';
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
  return [[...HISTORY_HEADERS], ...rows.map((r) => [r.refreshedAt, r.asOf, r.sheet, r.key, r.rating, r.status, r.nextDue])];
}

/**
 * Reads the RAG History sheet's cells back into rows. The header row and any row that is not
 * a valid entry (hand-edited, half-pasted) are skipped, so a damaged sheet never stops a
 * refresh; a date Excel stored as a date cell reads as its day.
 * @example readHistoryTable(historyTable(rows)) // rows
 */
export function readHistoryTable(cells: readonly (readonly CellValue[])[]): HistoryRow[] {
  const out: HistoryRow[] = [];
  for (const row of cells) {
    const [refreshedAt, asOf, sheet, key, rating, status, nextDue] = HISTORY_HEADERS.map((_, i) => cellText(row[i]).trim());
    if (asOf === undefined || !isIsoDate(asOf) || !sheet || !key || !isRating(rating) || status === undefined || !isStatus(status)) continue;
    const due = nextDue !== undefined && isIsoDate(nextDue) ? nextDue : null;
    out.push({ refreshedAt: refreshedAt ?? '', asOf, sheet, key, rating, status, nextDue: due });
  }
  return out;
}
