import { formatUk } from '../dates';
import type { IsoDate } from '../types';

/**
 * Rule 5 for a forecast of the end after the deadline: the update itself expects the work late, which
 * counts as slippage as a re-dating does, though no date has moved yet.
 * @example lateForecastReason('the action', '2026-12-31') // 'Amber: the update expects the action to finish after its deadline (31 Dec 2026), which counts as slippage.'
 */
export function lateForecastReason(subject: string, due: IsoDate): string {
  return `Amber: the update expects ${subject} to finish after its deadline (${formatUk(due)}), which counts as slippage.`;
}
