import { isBlank } from '../cells';
import type { CellValue } from '../types';
import { MONTH_WORDS } from '../vocabulary/timeframe';
import { CURRENT_UPDATE_WORDS } from '../vocabulary/columns';
import type { HeaderReading } from './columns';
import { currentStatusFirst } from './earlierStatus';
import { isFlagHeader, normaliseHeader, withoutHint } from './headers';

const CURRENT = new Set(CURRENT_UPDATE_WORDS.map((w) => normaliseHeader(w)));
/** True when a status header, hint aside, names an update written each period ("Progress update"), not a status of fixed words. */
const namesUpdate = (text: string): boolean => normaliseHeader(withoutHint(text)).split(' ').some((w) => CURRENT.has(w));

/** A (normalised) header naming a period: a quarter, a month, a year or a financial year ("Q2 update", "Update Nov 22"). */
export const PERIOD = new RegExp(`(?:^| )(?:q[1-4]|quarter [1-4]|${Object.keys(MONTH_WORDS).join('|')}|(?:19|20)\\d\\d|\\d\\d \\d\\d)(?: |$)`);

/**
 * A header reading with the tracker's dated update columns ("Q1 update", "Q2 update", …) listed
 * as `updates`, in sheet order, when there are two or more: each quarter's update is written in
 * its own column, so a row's latest filled one is its status (see latestUpdate), not the first.
 * They are no longer read as further status columns. A status headed as of an earlier point
 * ("Baseline status (Feb 25)") is no update: it gives way to a current one first (currentStatusFirst).
 * One dated update left of an undated update ("Update (Sept 26) | Progress update") is an earlier
 * period's: the two are a run, the undated one still the status column. Beside a status that names
 * no update ("Status (Implemented / Not implemented)") it is this period's, read beside that status.
 * @example datedUpdates(readHeader(['Action', 'Q1 update', 'Q2 update']), ['Action', 'Q1 update', 'Q2 update']).updates // [1, 2]
 * @example datedUpdates(readHeader(['Action', 'Update (Sept 26)', 'Progress update']), ['Action', 'Update (Sept 26)', 'Progress update']).updates // [1, 2]
 */
export function datedUpdates(read: HeaderReading, texts: readonly string[]): HeaderReading {
  const reading = currentStatusFirst(read, texts);
  const status = reading.columns.status;
  if (status === undefined || reading.extraStatus.length === 0) return reading;
  const dated = (col: number): boolean => {
    const norm = normaliseHeader(texts[col] ?? '');
    return !isFlagHeader(norm) && PERIOD.test(norm);
  };
  const statusLike = [status, ...reading.extraStatus].sort((a, b) => a - b);
  const updates = statusLike.filter(dated);
  const past = updates[0];
  // "Update (Sept 26)" left of an undated "Progress update": the undated one is rewritten each
  // period and the dated one kept as history, so it is the status only where the current is blank.
  // Only beside such an update: a lone dated update beside a "Status" of fixed words is the only narrative, this period's.
  if (updates.length === 1 && past !== undefined && past < status && !dated(status) && namesUpdate(texts[status] ?? '') && !isFlagHeader(normaliseHeader(texts[status] ?? ''))) {
    return { ...reading, extraStatus: reading.extraStatus.filter((c) => c !== past), updates: [past, status] };
  }
  if (updates.length < 2) return reading;
  const first = updates[0] ?? status;
  const extraStatus = statusLike.filter((c) => !updates.includes(c));
  return { ...reading, columns: { ...reading.columns, status: first }, extraStatus, updates };
}

/**
 * The column of a row's latest filled update (the rightmost filled of `updates`), or `status`
 * when none is filled: where the row's status is read from, which warnings name.
 * @example latestUpdateColumn(['Plan', 'On track', 'Delayed', null], 1, [1, 2, 3]) // 2
 */
export function latestUpdateColumn(row: readonly CellValue[], status: number, updates: readonly number[]): number {
  for (let i = updates.length - 1; i >= 0; i--) {
    const col = updates[i] ?? status;
    if (!isBlank(row[col])) return col;
  }
  return status;
}

/**
 * A row with its cell in column `from` (its latest update, latestUpdateColumn) as its status
 * cell; the row itself when that is the status column already.
 * @example movedStatus(['Plan', 'On track', 'Delayed'], 1, 2) // ['Plan', 'Delayed', 'Delayed']
 */
export function movedStatus(row: readonly CellValue[], status: number, from: number): readonly CellValue[] {
  if (from === status) return row;
  const out = [...row];
  out[status] = row[from] ?? null;
  return out;
}

/**
 * A row with its latest filled update (the rightmost of `updates`) as its status cell; the row
 * itself when that is the status column already or no update is filled.
 * @example latestUpdate(['Plan', 'On track', 'Delayed'], 1, [1, 2]) // ['Plan', 'Delayed', 'Delayed']
 */
export function latestUpdate(row: readonly CellValue[], status: number, updates: readonly number[]): readonly CellValue[] {
  return movedStatus(row, status, latestUpdateColumn(row, status, updates));
}
