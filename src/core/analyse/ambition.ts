import { confidenceRating, percentLabel } from '../rollup';
import type { Settings } from '../settings';
import type { Action, Rating } from '../types';

/**
 * Rates a row of an ambition-level sheet (a board's Table One), which carries progress and
 * confidence as given rather than steps and dates: the confidence thresholds of SPEC 2.5
 * decide, so the board's own figures drive the colour.
 * @example rateAmbition({ ...action, confidence: 0.75 }, defaultSettings('2023-09-30')).rating // 'amber'
 */
export function rateAmbition(action: Action, settings: Settings): Action {
  const { confidence, progress } = action;
  const { green, amber } = settings.confidenceThresholds;
  if (confidence === null) {
    const reason = 'Not rated: no confidence figure is given for this ambition.';
    return { ...action, rating: 'not_rated', focus: 'next_step', reason, status: 'unknown', steps: action.steps.map((s) => ({ ...s, rating: 'not_rated', reason })) };
  }
  // The figures as Table One shows them, and the colour by the rule the group's overall uses.
  const rating: Rating = confidenceRating(confidence, settings);
  const given = progress === null ? '' : ` Progress ${percentLabel(progress)} as given;`;
  const band = rating === 'green' ? `at or above the ${green}% Green threshold` : rating === 'amber' ? `below ${green}% but at least ${amber}%` : `below the ${amber}% Amber threshold`;
  const word = rating === 'green' ? 'Green' : rating === 'amber' ? 'Amber' : 'Red';
  const reason = `${word}:${given} confidence in delivery ${percentLabel(confidence)} is ${band}.`;
  const status = rating === 'green' ? 'on_track' : rating === 'amber' ? 'at_risk' : 'off_track';
  return { ...action, rating, focus: 'next_step', reason, status, steps: action.steps.map((s) => ({ ...s, rating, reason })) };
}
