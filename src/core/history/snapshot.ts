import type { IsoDate, Rating } from '../types';
import type { HistoryRow, Snapshot } from './types';

/**
 * The snapshot a refresh at `asOf` is compared against (SPEC 5.2): the sheet's rows with the
 * latest as-of date before `asOf`. Rows at the same as-of are the refresh being repeated, and
 * rows at a later as-of (a report re-run for an earlier date) are not "the last meeting", so
 * neither counts. When one date holds several rows for an action, the last stored wins.
 * Sheet names match case-insensitively, as Excel's do. Null when nothing earlier is stored.
 * @example previousSnapshot(history, 'Action Plan', '2022-12-15')?.ratings.get('3') // 'green'
 * @example previousSnapshot([], 'Action Plan', '2022-12-15') // null
 */
export function previousSnapshot(history: readonly HistoryRow[], sheet: string, asOf: IsoDate): Snapshot | null {
  const name = sheet.toLowerCase();
  const earlier = history.filter((r) => r.sheet.toLowerCase() === name && r.asOf < asOf);
  if (earlier.length === 0) return null;
  const latest = earlier.reduce((max, r) => (r.asOf > max ? r.asOf : max), earlier[0]?.asOf ?? asOf);
  const rows = earlier.filter((r) => r.asOf === latest);
  const ratings = new Map<string, Rating>();
  for (const row of rows) ratings.set(row.key, row.rating);
  return { sheet, asOf: latest, refreshedAt: rows[rows.length - 1]?.refreshedAt ?? '', ratings };
}
