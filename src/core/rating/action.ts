import type { Settings } from '../settings';
import type { Focus, IsoDate, Rating, StatusClass, Step } from '../types';
import { ratingOrder } from './ratings';
import { allCompleteReason, noStepsReason } from './reasons';

export { isRating, parseRatingWord, ratingOrder, worseOf, ratingLabel, RATINGS_WORST_FIRST } from './ratings';

/** What an action row shows in the RAG, RAG reason, Meeting focus and Next due columns. */
export interface ActionVerdict {
  rating: Rating;
  focus: Focus;
  reason: string;
  status: StatusClass;
  nextDue: IsoDate | null;
}

export type RatedStep = Pick<Step, 'rating' | 'focus' | 'reason' | 'status' | 'timeframe'>;

/**
 * Whether open step `a` should speak for the action rather than `b`: it is worse, or as bad
 * and due sooner (a dated step before an undated one). The reason then names the step the
 * board should look at first, and its date agrees with the action's Next due when every open
 * step is Green. On a tie the earlier step by position is kept.
 */
function moreUrgent(a: RatedStep, b: RatedStep): boolean {
  const worse = ratingOrder(a.rating) - ratingOrder(b.rating);
  if (worse !== 0) return worse > 0;
  const due = a.timeframe.end;
  const other = b.timeframe.end;
  return due !== null && (other === null || due < other);
}

/** The reason every step gives, or null when they differ: a loop, as a callback would be allocated for each complete action. */
function sharedReason(steps: readonly RatedStep[]): string | null {
  const reason = steps[0]?.reason ?? null;
  for (let i = 1; i < steps.length; i++) if (steps[i]?.reason !== reason) return null;
  return reason;
}

/**
 * An action's verdict from its rated steps (SPEC 5.2): Complete only when every step is;
 * otherwise the worst open step gives the rating, reason and status, the one due soonest
 * among equals (the most overdue of several Red steps), then the first by position. A
 * Complete action set by hand keeps its one "set by hand" reason. Next due is the earliest
 * deadline among open steps. `settings` is taken for symmetry with rateStep; the steps' own
 * focus already reflects the next meeting.
 * @example
 * rateAction([
 *   { rating: 'complete', focus: 'complete', reason: 'Complete: …', status: 'complete', timeframe: { kind: 'month', start: '2022-11-01', end: '2022-11-30', redated: false } },
 *   { rating: 'green', focus: 'next_step', reason: 'Green: …', status: 'on_track', timeframe: { kind: 'month', start: '2022-12-01', end: '2022-12-31', redated: false } },
 * ], defaultSettings('2022-11-30')).nextDue // '2022-12-31'
 */
export function rateAction(steps: readonly RatedStep[], _settings: Settings): ActionVerdict {
  const first = steps[0];
  if (first === undefined) {
    return { rating: 'not_rated', focus: 'next_step', reason: noStepsReason(), status: 'unknown', nextDue: null };
  }
  let worst: RatedStep | undefined;
  let nextDue: IsoDate | null = null;
  let updateDue = false;
  for (const step of steps) {
    if (step.rating === 'complete') continue;
    if (worst === undefined || moreUrgent(step, worst)) worst = step;
    const due = step.timeframe.end;
    if (due !== null && (nextDue === null || due < nextDue)) nextDue = due;
    if (step.focus === 'update_due') updateDue = true;
  }
  if (worst === undefined) {
    // A reason every step shares names no step: the row's RAG override, the rule that fired
    // (SPEC 5.1 rule 1), which "all n steps are complete" would misreport as the leads' word.
    const reason = sharedReason(steps) ?? allCompleteReason(steps.length);
    return { rating: 'complete', focus: 'complete', reason, status: 'complete', nextDue: null };
  }
  const focus: Focus = updateDue ? 'update_due' : 'next_step';
  return { rating: worst.rating, focus, reason: worst.reason, status: worst.status, nextDue };
}
