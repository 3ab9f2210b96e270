import type { Settings } from '../settings';
import type { Action, Group, Rating, RatingCounts } from '../types';

export type Measures = Pick<Group, 'actions' | 'counts' | 'progress' | 'confidence' | 'overall' | 'given'>;

/** Within this of a threshold counts as reaching it, so 0.9 from a mean still makes 90 %. */
const EPSILON = 1e-9;

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
  // forEach rather than for-of in this file's one-pass loops: a loop run once over a whole
  // sheet may finish before it is optimised, and unoptimised for-of allocates per element.
  actions.forEach((action) => {
    counts[action.rating] += 1;
  });
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
  const counts: RatingCounts = { complete: 0, green: 0, amber: 0, red: 0, not_rated: 0 };
  // One pass gathers the sums of both readings (given, or worked out from ratings), in action
  // order, so each total is the one a map and reduce would give: a sheet's actions lie all
  // over memory, and every extra pass over them costs as much as the arithmetic.
  let given = actions.length > 0;
  const sums = { progress: 0, givenConfidence: 0, confident: 0, rated: 0, ratedConfidence: 0 };
  actions.forEach((a) => {
    counts[a.rating] += 1;
    if (a.progress === null) given = false;
    sums.progress += a.progress ?? 0;
    if (a.confidence !== null) {
      sums.givenConfidence += a.confidence;
      sums.confident += 1;
    }
    if (a.rating === 'not_rated') return;
    sums.rated += 1;
    sums.ratedConfidence += actionConfidence(a, settings);
  });
  let progress: number | null;
  let confidence: number | null;
  if (given) {
    progress = sums.progress / actions.length;
    confidence = sums.confident === 0 ? null : sums.givenConfidence / sums.confident;
  } else {
    progress = sums.rated === 0 ? null : (counts.complete + counts.green) / sums.rated;
    confidence = sums.rated === 0 ? null : sums.ratedConfidence / sums.rated;
  }
  const overall = overallRating(counts, confidence, given, settings);
  return { actions: actions.length, counts, progress, confidence, overall, given };
}
