import { isBlank } from '../cells';
import type { CellValue } from '../types';
import { MONTH_WORDS } from '../vocabulary/timeframe';
import { CURRENT_UPDATE_WORDS, PEER_ROLE_WORDS } from '../vocabulary/columns';
import type { HeaderReading } from './columns';
import { currentStatusFirst } from './earlierStatus';
import { isFlagHeader, normaliseHeader, withoutHint } from './headers';

const CURRENT = new Set(CURRENT_UPDATE_WORDS.map((w) => normaliseHeader(w)));
const ROLE_WORDS = new Set(PEER_ROLE_WORDS.map((w) => normaliseHeader(w)));
/** True when a status header, hint aside, names an update written each period ("Progress update"), not a status of fixed words. */
const namesUpdate = (text: string): boolean => normaliseHeader(withoutHint(text)).split(' ').some((w) => CURRENT.has(w));

/** A (normalised) header naming a period: a quarter, a month, a year or a financial year ("Q2 update", "Update Nov 22"). */
export const PERIOD = new RegExp(`(?:^| )(?:q[1-4]|quarter [1-4]|${Object.keys(MONTH_WORDS).join('|')}|(?:19|20)\\d\\d|\\d\\d \\d\\d)(?: |$)`);

/** A dated header with its role words taken out: the period it names ("rag sept 26" and "update sept 26" both "sept 26"). */
const periodOf = (text: string): string => normaliseHeader(withoutHint(text)).split(' ').filter((w) => !ROLE_WORDS.has(w)).join(' ');

/**
 * The undated update column ("Progress update") right of every dated one (`updates`), where those
 * all name one period: last period's update, or its RAG and update, kept beside this period's.
 * The mapped status is preferred. Undefined for a run of periods ("Q1 update", "Q2 update"), whose
 * latest filled one is the status.
 * @example currentAfter([4, 5, 6, 7], [4, 5], 4, ['', '', '', '', 'RAG (Sept 26)', 'Update (Sept 26)', 'Progress update', 'RAG']) // 6
 */
function currentAfter(statusLike: readonly number[], updates: readonly number[], status: number, texts: readonly string[]): number | undefined {
  const last = updates[updates.length - 1];
  if (last === undefined || new Set(updates.map((c) => periodOf(texts[c] ?? ''))).size > 1) return undefined;
  const fits = (col: number): boolean => col > last && !updates.includes(col) && namesUpdate(texts[col] ?? '') && !isFlagHeader(normaliseHeader(texts[col] ?? ''));
  return fits(status) ? status : statusLike.find(fits);
}

/**
 * A header reading with the tracker's dated update columns ("Q1 update", "Q2 update", …) listed
 * as `updates`, in sheet order, when there are two or more: each quarter's update is written in
 * its own column, so a row's latest filled one is its status (see latestUpdate), not the first.
 * They are no longer read as further status columns. A status headed as of an earlier point
 * ("Baseline status (Feb 25)") is no update: it gives way to a current one first (currentStatusFirst).
 * One dated update, or one period's RAG and update ("RAG (Sept 26) | Update (Sept 26)"), left of an
 * undated update ("Progress update") is an earlier period's: they are a run, the undated one the
 * status column (currentAfter). Beside a status that names no update ("Status (Implemented / Not
 * implemented)") a dated update is this period's, read beside that status.
 * @example datedUpdates(readHeader(['Action', 'Q1 update', 'Q2 update']), ['Action', 'Q1 update', 'Q2 update']).updates // [1, 2]
 * @example datedUpdates(readHeader(['Action', 'Update (Sept 26)', 'Progress update']), ['Action', 'Update (Sept 26)', 'Progress update']).updates // [1, 2]
 * @example datedUpdates(readHeader(['Action', 'RAG Sept', 'Update Sept', 'Update', 'RAG']), ['Action', 'RAG Sept', 'Update Sept', 'Update', 'RAG']).columns.status // 3
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
  const current = currentAfter(statusLike, updates, status, texts);
  // An earlier period's update, or its RAG and update ("RAG (Sept 26) | Update (Sept 26)"), left of
  // an undated update: the undated one is rewritten each period and the dated kept as history, so
  // they are the status only where the current is blank. Only beside such an update: a lone dated
  // update beside a "Status" of fixed words is the only narrative, this period's.
  if (current !== undefined) {
    const extraStatus = statusLike.filter((c) => c !== current && !updates.includes(c));
    return { ...reading, columns: { ...reading.columns, status: current }, extraStatus, updates: [...updates, current] };
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
