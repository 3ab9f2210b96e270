import type { Settings } from '../settings';
import type { Action, Group, Rating, RatingCounts } from '../types';
import { Tally } from './tally';

export type Measures = Pick<Group, 'actions' | 'counts' | 'progress' | 'confidence' | 'overall' | 'given'>;

/** Within this of a threshold counts as reaching it, so 0.9 from a mean still makes 90 %. */
const EPSILON = 1e-9;

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
  return confidence === null ? 'not_rated' : confidenceRating(confidence, settings);
}

/**
 * The colour a confidence figure earns by the thresholds of SPEC 2.5, a figure within a hair of
 * a threshold reaching it (0.58 × 100 is 57.99… in binary, and must make a 58% threshold).
 * @example confidenceRating(0.58, { ...defaultSettings('2023-09-30'), confidenceThresholds: { green: 80, amber: 58 } }) // 'amber'
 */
export function confidenceRating(confidence: number, settings: Settings): 'green' | 'amber' | 'red' {
  const percent = confidence * 100 + EPSILON;
  const { green, amber } = settings.confidenceThresholds;
  return percent >= green ? 'green' : percent >= amber ? 'amber' : 'red';
}

/**
 * The measures of the actions a tally has added (SPEC 5.3). Where `figures` (by default the tally's
 * own Tally.given; a roll-up passes its sheet's, so an ambition whose figure was rejected is
 * not worked out from its rating) the figures given are averaged over those that give one, and
 * a group with none shows none; otherwise they are worked out from ratings.
 * @example measuresOf(new Tally(defaultSettings('2023-09-30')), defaultSettings('2023-09-30')).progress // null
 */
export function measuresOf(tally: Tally, settings: Settings, figures = tally.given): Measures {
  const { actions, counts, rated } = tally;
  const given = actions > 0 && figures;
  let progress: number | null;
  let confidence: number | null;
  if (given) {
    progress = tally.figures === 0 ? null : tally.progress / tally.figures;
    confidence = tally.confident === 0 ? null : tally.givenConfidence / tally.confident;
  } else {
    progress = rated === 0 ? null : (counts.complete + counts.green) / rated;
    confidence = rated === 0 ? null : tally.ratedConfidence / rated;
  }
  const overall = overallRating(counts, confidence, given, settings);
  return { actions, counts, progress, confidence, overall, given };
}

/**
 * Counts, progress, confidence and overall rating over a set of actions (SPEC 5.3). When
 * `givenFigures` (a Table One's ambitions) and any action carries progress from the sheet, the
 * figures given are averaged over the actions that give them (one action: used exactly), instead
 * of being worked out from ratings.
 * @example measure([], defaultSettings('2023-09-30')).progress // null
 */
export function measure(actions: readonly Action[], settings: Settings, givenFigures = true): Measures {
  const tally = new Tally(settings, givenFigures);
  // forEach: a loop run once over a whole sheet may finish unoptimised, and for-of then allocates.
  actions.forEach((a) => tally.add(a));
  return measuresOf(tally, settings);
}
