import { actionKey } from '../rating/trend';
import type { IsoDate, Tracker } from '../types';
import type { HistoryRow } from './types';

/**
 * The history rows one refresh adds: one per action of every tracker, in sheet order.
 * `refreshedAt` is passed in because the engine never reads the clock.
 * @example historyRows([tracker], '2022-11-03', '2022-11-03T09:30:00.000Z')[0]?.key // '1'
 */
export function historyRows(trackers: readonly Tracker[], asOf: IsoDate, refreshedAt: string): HistoryRow[] {
  return trackers.flatMap((t) =>
    t.actions.map((a) => ({ refreshedAt, asOf, sheet: t.sheet, key: actionKey(a.ref, a.action), rating: a.rating, status: a.status, nextDue: a.nextDue })),
  );
}

function snapshotId(row: Pick<HistoryRow, 'sheet' | 'asOf'>): string {
  return `${row.sheet.toLowerCase()}\u0000${row.asOf}`;
}

/** What a snapshot says, without when it was taken. */
function content(rows: readonly HistoryRow[]): string {
  return JSON.stringify(rows.map((r) => [r.key, r.rating, r.status, r.nextDue]));
}

/**
 * The history after a refresh: each (sheet, as-of) snapshot in `fresh` replaces the rows
 * stored for that sheet and date, so refreshing twice at one as-of never duplicates rows.
 * A snapshot that says exactly what the stored one says keeps the stored rows, timestamps
 * included, so a refresh run twice on the same inputs changes nothing (SPEC 2.4).
 * @example mergeHistory([], historyRows([tracker], '2022-11-03', t1)).length // tracker.actions.length
 */
export function mergeHistory(history: readonly HistoryRow[], fresh: readonly HistoryRow[]): HistoryRow[] {
  const incoming = new Map<string, HistoryRow[]>();
  for (const row of fresh) {
    const id = snapshotId(row);
    const rows = incoming.get(id);
    // Push, not spread: a spread per row made this quadratic on large trackers.
    if (rows) rows.push(row);
    else incoming.set(id, [row]);
  }
  const replaced = new Set<string>();
  for (const [id, rows] of incoming) {
    const stored = history.filter((r) => snapshotId(r) === id);
    if (stored.length > 0 && content(stored) === content(rows)) incoming.delete(id);
    else replaced.add(id);
  }
  const kept = history.filter((r) => !replaced.has(snapshotId(r)));
  return [...kept, ...[...incoming.values()].flat()];
}
