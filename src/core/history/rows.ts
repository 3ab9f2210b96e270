import { finish, Work, type Chunks } from '../chunks';
import { actionKeysInChunks } from './keys';
import type { IsoDate, Tracker } from '../types';
import type { HistoryRow } from './types';

/**
 * The history rows one refresh adds: one per action of every tracker, in sheet order.
 * `refreshedAt` is passed in because the engine never reads the clock.
 * @example historyRows([tracker], '2022-11-03', '2022-11-03T09:30:00.000Z')[0]?.key // '1'
 */
export function historyRows(trackers: readonly Tracker[], asOf: IsoDate, refreshedAt: string): HistoryRow[] {
  return finish(historyRowsInChunks(trackers, asOf, refreshedAt, Infinity));
}

/**
 * {@link historyRows} pausing after every `chunkRows` actions, for a host that must not block.
 * @example finish(historyRowsInChunks([tracker], '2022-11-03', refreshedAt, 1000)).length // tracker.actions.length
 */
export function* historyRowsInChunks(trackers: readonly Tracker[], asOf: IsoDate, refreshedAt: string, chunkRows: number): Chunks<HistoryRow[]> {
  const work = new Work(chunkRows);
  const out: HistoryRow[] = [];
  for (const t of trackers) {
    const keys = yield* actionKeysInChunks(t.actions, work);
    for (let i = 0; i < t.actions.length; i++) {
      const a = t.actions[i] as Tracker['actions'][number];
      out.push({ refreshedAt, asOf, sheet: t.sheet, key: keys[i] ?? '', rating: a.rating, status: a.status, nextDue: a.nextDue });
      if (work.add()) yield work.end();
    }
  }
  return out;
}

function snapshotId(row: Pick<HistoryRow, 'sheet' | 'asOf'>): string {
  return `${row.sheet.toLowerCase()}\u0000${row.asOf}`;
}

/** What a snapshot says, without when it was taken: the same rows in the same order. */
function sameContent(a: HistoryRow, b: HistoryRow): boolean {
  return a.key === b.key && a.rating === b.rating && a.status === b.status && (a.nextDue ?? null) === (b.nextDue ?? null);
}

/**
 * The history after a refresh: each (sheet, as-of) snapshot in `fresh` replaces the rows
 * stored for that sheet and date, so refreshing twice at one as-of never duplicates rows.
 * A snapshot that says exactly what the stored one says keeps the stored rows, timestamps
 * included, so a refresh run twice on the same inputs changes nothing (SPEC 2.4).
 * @example mergeHistory([], historyRows([tracker], '2022-11-03', t1)).length // tracker.actions.length
 */
export function mergeHistory(history: readonly HistoryRow[], fresh: readonly HistoryRow[]): HistoryRow[] {
  return finish(mergeHistoryInChunks(history, fresh, Infinity));
}

/**
 * {@link mergeHistory} pausing after every `chunkRows` rows looked at, for a host that must not block.
 * @example finish(mergeHistoryInChunks(history, fresh, 1000)) // mergeHistory(history, fresh)
 */
export function* mergeHistoryInChunks(history: readonly HistoryRow[], fresh: readonly HistoryRow[], chunkRows: number): Chunks<HistoryRow[]> {
  const work = new Work(chunkRows);
  // Grouped in one pass each (push, not spread or a filter per snapshot, which grew quadratic).
  const incoming = new Map<string, HistoryRow[]>();
  for (const row of fresh) {
    const id = snapshotId(row);
    const rows = incoming.get(id);
    if (rows) rows.push(row);
    else incoming.set(id, [row]);
    if (work.add()) yield work.end();
  }
  const ids: string[] = new Array<string>(history.length);
  const stored = new Map<string, HistoryRow[]>();
  for (let i = 0; i < history.length; i++) {
    const row = history[i] as HistoryRow;
    const id = snapshotId(row);
    ids[i] = id;
    if (incoming.has(id)) {
      const rows = stored.get(id);
      if (rows) rows.push(row);
      else stored.set(id, [row]);
    }
    if (work.add()) yield work.end();
  }
  const replaced = new Set<string>();
  for (const [id, rows] of incoming) {
    const old = stored.get(id) ?? [];
    let same = old.length > 0 && old.length === rows.length;
    for (let i = 0; same && i < rows.length; i++) {
      same = sameContent(old[i] as HistoryRow, rows[i] as HistoryRow);
      if (work.add()) yield work.end();
    }
    if (same) incoming.delete(id);
    else replaced.add(id);
  }
  const out: HistoryRow[] = [];
  for (let i = 0; i < history.length; i++) {
    if (!replaced.has(ids[i] as string)) out.push(history[i] as HistoryRow);
    if (work.add()) yield work.end();
  }
  for (const rows of incoming.values()) {
    for (const row of rows) {
      out.push(row);
      if (work.add()) yield work.end();
    }
  }
  return out;
}
