import { actionKey, completedSince, trendOf } from '../rating/trend';
import { worseOf } from '../rating/ratings';
import type { Action, Group, IsoDate, Rating, Tracker, Trend } from '../types';
import { previousSnapshot } from './snapshot';
import type { HistoryRow, TrackerTrend } from './types';

/** Within this, two progress fractions are the same (means of a few actions carry binary noise). */
const EPSILON = 1e-9;

function label(text: string | null): string | null {
  const trimmed = text?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

/** The actions a roll-up group was built from, by the same objective/ambition keys as rollup(). */
function members(group: Group, actions: readonly Action[]): readonly Action[] {
  if (group.objective === null && group.ambition === null) return actions;
  return actions.filter((a) => label(a.objective) === group.objective && (group.ambition === null || label(a.ambition) === group.ambition));
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
  const out: Tracker[] = [];
  const trends: TrackerTrend[] = [];
  for (const tracker of trackers) {
    const snapshot = previousSnapshot(history, tracker.sheet, asOf);
    const before = snapshot?.ratings ?? new Map<string, Rating>();
    const keyed = tracker.actions.map((a) => ({ action: a, key: actionKey(a.ref, a.action) }));
    const actions = keyed.map(({ action, key }) => ({ ...action, trend: trendOf(before.get(key), action.rating) }));
    const keyOf = new Map(keyed.map(({ action, key }) => [action, key] as const));
    const groups = tracker.groups.map((g) => {
      const group = members(g, tracker.actions);
      const earlier = group.flatMap((a) => before.get(keyOf.get(a) ?? '') ?? []);
      return { ...g, trend: groupTrend(earlier, group.map((a) => a.rating)) };
    });
    out.push({ ...tracker, actions, groups });
    const now = new Map(keyed.map(({ action, key }) => [key, action.rating] as const));
    trends.push({ sheet: tracker.sheet, previousAsOf: snapshot?.asOf ?? null, completedSinceLastMeeting: completedSince(before, now) });
  }
  return { trackers: out, trends };
}
