import { finish, mapInChunks, Work, type Chunks } from '../chunks';
import { completedSince, trendOf } from '../rating/trend';
import { worseOf } from '../rating/ratings';
import type { Action, Group, IsoDate, Rating, Tracker, Trend } from '../types';
import { actionKeysInChunks, previousRatingsInChunks } from './keys';
import { previousSnapshotInChunks } from './snapshot';
import type { HistoryRow, TrackerTrend } from './types';

/** Within this, two progress fractions are the same (means of a few actions carry binary noise). */
const EPSILON = 1e-9;

function label(text: string | null): string | null {
  const trimmed = text?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

/** Indices of the actions under each objective, and under each ambition of it, by the same labels as rollup(). */
interface Members {
  all: number[];
  byAmbition: Map<string | null, number[]>;
}

function* memberIndex(actions: readonly Action[], work: Work): Chunks<Map<string | null, Members>> {
  const index = new Map<string | null, Members>();
  for (let i = 0; i < actions.length; i++) {
    const a = actions[i] as Action;
    const objective = label(a.objective);
    const ambition = label(a.ambition);
    let entry = index.get(objective);
    if (!entry) index.set(objective, (entry = { all: [], byAmbition: new Map() }));
    entry.all.push(i);
    const under = entry.byAmbition.get(ambition);
    if (under) under.push(i);
    else entry.byAmbition.set(ambition, [i]);
    if (work.add()) yield work.end();
  }
  return index;
}

/**
 * The actions a roll-up group was built from, in sheet order: one lookup, not a pass over every
 * action per group. Only the last group is the whole sheet: one before it with neither label
 * totals the actions outside every objective (rollup's "(no objective)" group).
 */
function members(group: Group, overall: boolean, actions: readonly Action[], index: ReadonlyMap<string | null, Members>): readonly number[] {
  if (overall) return actions.map((_, i) => i);
  const entry = index.get(group.objective);
  return (group.ambition === null ? entry?.all : entry?.byAmbition.get(group.ambition)) ?? [];
}

function progressOf(ratings: readonly Rating[]): number | null {
  const rated = ratings.filter((r) => r !== 'not_rated');
  return rated.length === 0 ? null : rated.filter((r) => r === 'complete' || r === 'green').length / rated.length;
}

function overallOf(ratings: readonly Rating[]): Rating {
  if (ratings.length > 0 && ratings.every((r) => r === 'complete')) return 'complete';
  return ratings.filter((r) => r !== 'complete').reduce<Rating>(worseOf, 'not_rated');
}

/**
 * A group's trend (SPEC 5.2 applied to a roll-up). Rule: compare progress % (Complete + Green
 * over rated actions, SPEC 5.3) of the group's actions now with the same measure over their
 * ratings in the previous snapshot; ▲ when it rose, ▼ when it fell. When progress is level (or
 * cannot be worked out) the worst rating decides, as trendOf compares an action's, so a
 * group whose only change is Amber → Red still shows ▼. Progress is computed from ratings on
 * both sides, even for a Table One whose progress is given, because history keeps ratings.
 * New actions count only in "now", so adding a Red action to a group shows as ▼.
 * 'new' when none of the group's actions was in the snapshot.
 * @example groupTrend(['green', 'amber'], ['green', 'green']) // 'up'
 * @example groupTrend([], ['green']) // 'new'
 */
export function groupTrend(before: readonly Rating[], now: readonly Rating[]): Trend {
  if (before.length === 0) return 'new';
  const p0 = progressOf(before);
  const p1 = progressOf(now);
  if (p0 !== null && p1 !== null && Math.abs(p1 - p0) > EPSILON) return p1 > p0 ? 'up' : 'down';
  return trendOf(overallOf(before), overallOf(now));
}

/** Result of {@link applyTrends}: the trackers with trends set, and per tracker what history said. */
export interface TrendResult {
  trackers: Tracker[];
  /** In the order of the trackers given. */
  trends: TrackerTrend[];
}

/**
 * Sets every action's and group's trend against the previous snapshot of its sheet (see
 * previousSnapshot), and counts the actions completed since then. Returns new trackers; the
 * ones given are left as they were. With no earlier snapshot every action and group is new
 * (●) and nothing counts as completed since the last meeting.
 * @example applyTrends([tracker], history, '2022-12-15').trends[0] // { sheet: 'Action Plan', previousAsOf: '2022-11-03', completedSinceLastMeeting: 0 }
 */
export function applyTrends(trackers: readonly Tracker[], history: readonly HistoryRow[], asOf: IsoDate): TrendResult {
  return finish(applyTrendsInChunks(trackers, history, asOf, Infinity));
}

/**
 * {@link applyTrends} pausing after every `chunkRows` rows (history rows, actions, group members), for a host that must not block.
 * @example finish(applyTrendsInChunks([tracker], history, '2022-12-15', 1000)) // applyTrends([tracker], history, '2022-12-15')
 */
export function* applyTrendsInChunks(trackers: readonly Tracker[], history: readonly HistoryRow[], asOf: IsoDate, chunkRows: number): Chunks<TrendResult> {
  const work = new Work(chunkRows);
  const out: Tracker[] = [];
  const trends: TrackerTrend[] = [];
  for (const tracker of trackers) {
    const snapshot = yield* previousSnapshotInChunks(history, tracker.sheet, asOf, work);
    const keys = yield* actionKeysInChunks(tracker.actions, work);
    const previous = yield* previousRatingsInChunks(tracker.actions, keys, snapshot?.ratings ?? new Map<string, Rating>(), work);
    const actions = yield* mapInChunks(tracker.actions, (a, i) => ({ ...a, trend: trendOf(previous[i], a.rating) }), work);
    const index = yield* memberIndex(tracker.actions, work);
    const groups: Group[] = [];
    for (const [n, g] of tracker.groups.entries()) {
      const earlier: Rating[] = [];
      const now: Rating[] = [];
      for (const i of members(g, n === tracker.groups.length - 1, tracker.actions, index)) {
        const rating = previous[i];
        if (rating !== undefined) earlier.push(rating);
        now.push((tracker.actions[i] as Action).rating);
        if (work.add()) yield work.end();
      }
      groups.push({ ...g, trend: groupTrend(earlier, now) });
    }
    out.push({ ...tracker, actions, groups });
    const before = new Map<string, Rating>();
    const now = new Map<string, Rating>();
    for (let i = 0; i < keys.length; i++) {
      const earlier = previous[i];
      if (earlier !== undefined) before.set(keys[i] as string, earlier);
      now.set(keys[i] as string, (tracker.actions[i] as Action).rating);
      if (work.add()) yield work.end();
    }
    trends.push({ sheet: tracker.sheet, previousAsOf: snapshot?.asOf ?? null, completedSinceLastMeeting: completedSince(before, now) });
  }
  return { trackers: out, trends };
}
