import type { Settings } from '../settings';
import type { Action, Rating, RatingCounts } from '../types';

/*
 * A roll-up group's running sums, added to one action at a time so a roll-up can be built while
 * the actions are rated (and paused with them). Each sum is added in action order, as one pass
 * over the group's actions adds it, so the measures come out bit for bit the same.
 */

/** The sheet's own confidence for an action, else the weight of its rating. */
function actionConfidence(action: Pick<Action, 'rating' | 'confidence'>, settings: Settings): number {
  if (action.confidence !== null) return action.confidence;
  // A switch rather than confidenceWeights[rating], which V8 reads slowly when keyed by several names.
  const weights = settings.confidenceWeights;
  switch (action.rating) {
    case 'not_rated':
      return 0;
    case 'complete':
      return weights.complete / 100;
    case 'green':
      return weights.green / 100;
    case 'amber':
      return weights.amber / 100;
    case 'red':
      return weights.red / 100;
  }
}

/** Adds one to a rating's count; a switch for the reason actionConfidence has one. */
function count(counts: RatingCounts, rating: Rating): void {
  switch (rating) {
    case 'complete':
      counts.complete += 1;
      break;
    case 'green':
      counts.green += 1;
      break;
    case 'amber':
      counts.amber += 1;
      break;
    case 'red':
      counts.red += 1;
      break;
    case 'not_rated':
      counts.not_rated += 1;
      break;
  }
}

/**
 * The sums behind a group's measures (measuresOf): counts by rating, and the given and
 * worked-out progress and confidence totals, in action order.
 * @example
 * const tally = new Tally(defaultSettings('2023-09-30'));
 * tally.add(action);
 * tally.actions // 1
 */
export class Tally {
  actions = 0;
  readonly counts: RatingCounts = { complete: 0, green: 0, amber: 0, red: 0, not_rated: 0 };
  /** How many actions carry progress from the sheet: their mean is a given group's progress. */
  figures = 0;
  progress = 0;
  givenConfidence = 0;
  confident = 0;
  rated = 0;
  ratedConfidence = 0;

  /**
   * `givenFigures` says whether the actions' own progress and confidence stand for their group
   * (a Table One of ambitions, SPEC 5.3); an action tracker's groups are worked out from ratings
   * even when it has a "% complete" column.
   */
  constructor(
    private readonly settings: Settings,
    readonly givenFigures = true,
  ) {}

  /**
   * True when the figures stand: a Table One with any progress given. An ambition whose own figure
   * is blank or rejected then has none (measuresOf), rather than one worked out from its rating.
   */
  get given(): boolean {
    return this.givenFigures && this.figures > 0;
  }

  add(a: Pick<Action, 'rating' | 'progress' | 'confidence'>): void {
    this.actions += 1;
    count(this.counts, a.rating);
    if (a.progress !== null) {
      this.figures += 1;
      this.progress += a.progress;
    }
    if (a.confidence !== null) {
      this.givenConfidence += a.confidence;
      this.confident += 1;
    }
    if (a.rating === 'not_rated') return;
    this.rated += 1;
    this.ratedConfidence += actionConfidence(a, this.settings);
  }
}
