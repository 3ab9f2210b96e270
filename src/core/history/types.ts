import type { IsoDate, Rating, StatusClass } from '../types';

/**
 * One row of the very-hidden RAG History sheet (SPEC 2.4): one action at one refresh. It is
 * the state the add-in and the command line share, so it holds codes, not display words.
 * @example { refreshedAt: '2022-11-03T09:30:00.000Z', asOf: '2022-11-03', sheet: 'Action Plan', key: '2',
 *   rating: 'green', status: 'unknown', nextDue: '2022-12-15' }
 */
export interface HistoryRow {
  /** When the refresh ran, as the adapter's clock gave it (ISO 8601); never read in core. */
  refreshedAt: string;
  asOf: IsoDate;
  sheet: string;
  /** {@link actionKey} of the action: its ref, else its normalised text. */
  key: string;
  rating: Rating;
  status: StatusClass;
  nextDue: IsoDate | null;
  /** Set only on a sheet row that could not be read; the other fields are then empty. */
  unreadable?: UnreadableRow;
}

/**
 * A RAG History row someone edited past reading (no date, no key). It is written back as it
 * was, so a refresh never deletes what a person typed, and left out of every trend.
 * @example { line: 3, cell: 'B3', problem: 'As of "last week" is not a date', cells: ['…', 'last week', 'Action Plan', '2', 'green', 'on_track', null] }
 */
export interface UnreadableRow {
  /** 1-based row of the history sheet, for the message. */
  line: number;
  /** The first cell at fault, A1-style. */
  cell: string;
  problem: string;
  cells: (string | null)[];
}

/**
 * The very-hidden sheet the history is kept in (SPEC 2.4).
 * @example HISTORY_SHEET // 'RAG History'
 */
export const HISTORY_SHEET = 'RAG History';

/**
 * The ratings of one sheet at one earlier as-of date, keyed by action key.
 * @example previousSnapshot(history, 'Action Plan', '2022-12-15')?.asOf // '2022-11-03'
 */
export interface Snapshot {
  sheet: string;
  asOf: IsoDate;
  refreshedAt: string;
  ratings: ReadonlyMap<string, Rating>;
}

/**
 * What a tracker's history says beside the per-action trends: the snapshot compared against
 * and how many actions became Complete since it.
 * @example { sheet: 'Action Plan', previousAsOf: '2022-11-03', completedSinceLastMeeting: 1 }
 */
export interface TrackerTrend {
  sheet: string;
  /** The as-of date of the snapshot compared against; null on a first refresh. */
  previousAsOf: IsoDate | null;
  completedSinceLastMeeting: number;
}

/**
 * The history sheet's header row, in column order.
 * @example HISTORY_HEADERS[3] // 'Action key'
 */
export const HISTORY_HEADERS: readonly string[] = ['Refreshed at', 'As of', 'Sheet', 'Action key', 'Rating', 'Status', 'Next due'];
