import { a1, cellText } from '../cells';
import { finish, Work, type Chunks } from '../chunks';
import type { CellValue, Issue } from '../types';
import { historyColumns, historyDate, historyRating, historyStatus } from './cells';
import { HISTORY_HEADERS, HISTORY_SHEET, type HistoryRow } from './types';

const FIELD = { refreshedAt: 0, asOf: 1, sheet: 2, key: 3, rating: 4, status: 5, nextDue: 6 } as const;

function raw(row: readonly CellValue[]): (string | null)[] {
  return row.map((v) => (v === null || v === undefined ? null : cellText(v)));
}

/** A history row from a row of the sheet; what is wrong with it when it cannot be read. */
function historyRow(row: readonly CellValue[], columns: readonly number[], line: number): HistoryRow {
  const at = (f: number): CellValue | undefined => (columns[f] === undefined || (columns[f] as number) < 0 ? undefined : row[columns[f] as number]);
  const text = (f: number) => cellText(at(f)).trim();
  const asOf = historyDate(at(FIELD.asOf));
  const rating = historyRating(at(FIELD.rating));
  const status = historyStatus(at(FIELD.status));
  const fault: [number, string] | null =
    asOf === null ? [FIELD.asOf, `As of "${text(FIELD.asOf)}" is not a date`]
    : text(FIELD.sheet) === '' ? [FIELD.sheet, 'the sheet name is empty']
    : text(FIELD.key) === '' ? [FIELD.key, 'the action key is empty']
    : rating === null ? [FIELD.rating, `"${text(FIELD.rating)}" is not a rating`]
    : status === null ? [FIELD.status, `"${text(FIELD.status)}" is not a status`]
    : null;
  if (fault !== null || asOf === null || rating === null || status === null) {
    const [field, problem] = fault ?? [FIELD.asOf, 'it cannot be read'];
    const cell = a1(Math.max(columns[field] ?? field, 0), line);
    return { refreshedAt: '', asOf: '', sheet: '', key: '', rating: 'not_rated', status: 'unknown', nextDue: null, unreadable: { line, cell, problem, cells: raw(row) } };
  }
  return { refreshedAt: text(FIELD.refreshedAt), asOf, sheet: text(FIELD.sheet), key: text(FIELD.key), rating, status, nextDue: historyDate(at(FIELD.nextDue)) };
}

function isEmpty(row: readonly CellValue[]): boolean {
  return row.every((v) => cellText(v).trim() === '');
}

/**
 * Reads the RAG History sheet's cells (from A1) back into rows. Columns are found by the
 * header row, so a column moved or deleted by hand does not scramble every entry; dates
 * retyped the UK way and rating or status words are read as what they mean, so the next
 * write repairs them. A row still unreadable comes back marked `unreadable`, to be written
 * back unchanged and reported (historyIssues), never silently dropped.
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
  const columns = historyColumns(cells[0]);
  const out: HistoryRow[] = [];
  for (let r = 0; r < cells.length; r++) {
    const row = cells[r] as readonly CellValue[];
    if (!isEmpty(row)) {
      const read = historyRow(row, columns, r + 1);
      // The first row is the header whenever it is not an entry, whatever it now says.
      if (r > 0 || read.unreadable === undefined) out.push(read);
    }
    if (work.add()) yield work.end();
  }
  return out;
}

/**
 * A warning per RAG History row that could not be read, saying what to do about it.
 * @example historyIssues(readHistoryTable(cells))[0]?.message // 'RAG History row 3 was left out of the trends: As of "last week" is not a date. …'
 */
export function historyIssues(rows: readonly HistoryRow[]): Issue[] {
  const out: Issue[] = [];
  for (const { unreadable: u } of rows) {
    if (u === undefined) continue;
    const message = `${HISTORY_SHEET} row ${u.line} was left out of the trends: ${u.problem}. It is kept as it is; correct it (columns ${HISTORY_HEADERS.join(', ')}; dates YYYY-MM-DD) or delete the row.`;
    out.push({ sheet: HISTORY_SHEET, cell: u.cell, severity: 'warning', code: 'history_row_unreadable', message });
  }
  return out;
}
