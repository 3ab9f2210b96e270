import { finish, Work, type Chunks } from '../chunks';
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
  return finish(previousSnapshotInChunks(history, sheet, asOf, new Work(Infinity)));
}

/**
 * {@link previousSnapshot} counting each history row against `work`, pausing when it is full.
 * @example const snapshot = yield* previousSnapshotInChunks(history, 'Action Plan', '2022-12-15', work)
 */
export function* previousSnapshotInChunks(history: readonly HistoryRow[], sheet: string, asOf: IsoDate, work: Work): Chunks<Snapshot | null> {
  const name = sheet.toLowerCase();
  const earlier: HistoryRow[] = [];
  let latest: IsoDate | null = null;
  for (const r of history) {
    if (r.unreadable === undefined && r.asOf < asOf && r.sheet.toLowerCase() === name) {
      earlier.push(r);
      if (latest === null || r.asOf > latest) latest = r.asOf;
    }
    if (work.add()) yield work.end();
  }
  if (latest === null) return null;
  const ratings = new Map<string, Rating>();
  let refreshedAt = '';
  for (const row of earlier) {
    if (row.asOf === latest) {
      ratings.set(row.key, row.rating);
      refreshedAt = row.refreshedAt;
    }
    if (work.add()) yield work.end();
  }
  return { sheet, asOf: latest, refreshedAt, ratings };
}
