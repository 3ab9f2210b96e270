import type { Settings } from '../settings';
import type { Action, Group, Rating, RatingCounts } from '../types';

export type Measures = Pick<Group, 'actions' | 'counts' | 'progress' | 'confidence' | 'overall' | 'given'>;

/** Within this of a threshold counts as reaching it, so 0.9 from a mean still makes 90 %. */
const EPSILON = 1e-9;

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) / values.length;
}

/** The sheet's own confidence for an action, else the weight of its rating. */
function actionConfidence(action: Action, settings: Settings): number {
  if (action.confidence !== null) return action.confidence;
  return action.rating === 'not_rated' ? 0 : settings.confidenceWeights[action.rating] / 100;
}

/**
 * How many actions have each rating.
 * @example countRatings([]).red // 0
 */
export function countRatings(actions: readonly Pick<Action, 'rating'>[]): RatingCounts {
  const counts: RatingCounts = { complete: 0, green: 0, amber: 0, red: 0, not_rated: 0 };
  for (const action of actions) counts[action.rating] += 1;
  return counts;
}

/**
 * The overall rating of a group by its roll-up rule (SPEC 2.5 `rollupRule`). Under 'worst', a
 * group with nothing rated but a confidence given on the sheet (a Table One) is read by the
 * confidence thresholds, so board ambitions still get a colour.
 * @example overallRating({ complete: 0, green: 2, amber: 1, red: 0, not_rated: 0 }, 0.83, false, defaultSettings('2023-09-30')) // 'amber'
 */
export function overallRating(counts: RatingCounts, confidence: number | null, given: boolean, settings: Settings): Rating {
  const total = counts.complete + counts.green + counts.amber + counts.red + counts.not_rated;
  if (total > 0 && counts.complete === total) return 'complete';
  const rated = total - counts.not_rated;
  if (settings.rollupRule === 'worst' && (rated > 0 || !given)) {
    if (counts.red > 0) return 'red';
    if (counts.amber > 0) return 'amber';
    if (counts.green > 0) return 'green';
    return 'not_rated';
  }
  if (confidence === null) return 'not_rated';
  const percent = confidence * 100 + EPSILON;
  const { green, amber } = settings.confidenceThresholds;
  return percent >= green ? 'green' : percent >= amber ? 'amber' : 'red';
}

/**
 * Counts, progress, confidence and overall rating over a set of actions (SPEC 5.3). When every
 * action carries progress from the sheet, the given progress and confidence are averaged
 * (one action: used exactly) instead of being worked out from ratings.
 * @example measure([], defaultSettings('2023-09-30')).progress // null
 */
export function measure(actions: readonly Action[], settings: Settings): Measures {
  const counts = countRatings(actions);
  const given = actions.length > 0 && actions.every((a) => a.progress !== null);
  let progress: number | null;
  let confidence: number | null;
  if (given) {
    progress = mean(actions.map((a) => a.progress ?? 0));
    confidence = mean(actions.flatMap((a) => (a.confidence === null ? [] : [a.confidence])));
  } else {
    const rated = actions.filter((a) => a.rating !== 'not_rated');
    progress = rated.length === 0 ? null : (counts.complete + counts.green) / rated.length;
    confidence = mean(rated.map((a) => actionConfidence(a, settings)));
  }
  const overall = overallRating(counts, confidence, given, settings);
  return { actions: actions.length, counts, progress, confidence, overall, given };
}
