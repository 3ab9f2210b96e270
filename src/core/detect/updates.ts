import { isBlank } from '../cells';
import type { CellValue } from '../types';
import { MONTH_WORDS } from '../vocabulary/timeframe';
import type { HeaderReading } from './columns';
import { isFlagHeader, normaliseHeader } from './headers';

/** A (normalised) header naming a period: a quarter, a month, a year or a financial year ("Q2 update", "Update Nov 22"). */
export const PERIOD = new RegExp(`(?:^| )(?:q[1-4]|quarter [1-4]|${Object.keys(MONTH_WORDS).join('|')}|(?:19|20)\\d\\d|\\d\\d \\d\\d)(?: |$)`);

/**
 * A header reading with the tracker's dated update columns ("Q1 update", "Q2 update", …) listed
 * as `updates`, in sheet order, when there are two or more: each quarter's update is written in
 * its own column, so a row's latest filled one is its status (see latestUpdate), not the first.
 * They are no longer read as further status columns.
 * @example datedUpdates(readHeader(['Action', 'Q1 update', 'Q2 update']), ['Action', 'Q1 update', 'Q2 update']).updates // [1, 2]
 */
export function datedUpdates(reading: HeaderReading, texts: readonly string[]): HeaderReading {
  const status = reading.columns.status;
  if (status === undefined || reading.extraStatus.length === 0) return reading;
  const dated = (col: number): boolean => {
    const norm = normaliseHeader(texts[col] ?? '');
    return !isFlagHeader(norm) && PERIOD.test(norm);
  };
  const statusLike = [status, ...reading.extraStatus].sort((a, b) => a - b);
  const updates = statusLike.filter(dated);
  if (updates.length < 2) return reading;
  const first = updates[0] ?? status;
  const extraStatus = statusLike.filter((c) => !updates.includes(c));
  return { ...reading, columns: { ...reading.columns, status: first }, extraStatus, updates };
}

/**
 * A row with its latest filled update (the rightmost of `updates`) as its status cell; the row
 * itself when that is the status column already or no update is filled.
 * @example latestUpdate(['Plan', 'On track', 'Delayed'], 1, [1, 2]) // ['Plan', 'Delayed', 'Delayed']
 */
export function latestUpdate(row: readonly CellValue[], status: number, updates: readonly number[]): readonly CellValue[] {
  for (let i = updates.length - 1; i >= 0; i--) {
    const col = updates[i] ?? status;
    if (isBlank(row[col])) continue;
    if (col === status) return row;
    const out = [...row];
    out[status] = row[col] ?? null;
    return out;
  }
  return row;
}
