import { ratingLabel } from '../rating';
import type { Rating } from '../types';
import type { IssueSink } from './issues';
import { COLOUR_STEP } from './ratingConflict';

/*
 * SPEC 5.1 rule 1: a rating set by hand in the RAG override column stands. But one that is much
 * better than the action's dates and update ("Green" on an action 165 days overdue) hides from
 * the committee what the rules would have shown, so the override is kept and the gap is said.
 * A hand-set rating worse than the rules (a cautious lead) needs no warning.
 */

/**
 * Warns, at the override cell of row `row`, when the override is two steps or more better than
 * `ruled`, the rating and reason the rules give the action without it.
 * @example // overrideConflict(sink, 2, 'green', { rating: 'red', reason: 'Red: the action was due 1 Jan 2023 and is 165 days overdue.' })
 */
export function overrideConflict(sink: IssueSink, row: number, override: Rating, ruled: { rating: Rating; reason: string }): void {
  const [set, rules] = [COLOUR_STEP[override], COLOUR_STEP[ruled.rating]];
  if (set < 0 || rules < 0 || rules - set < 2) return;
  const why = ruled.reason.replace(/^[^:]*:\s*/, '').replace(/\.\s*$/, '');
  sink.add('warning', 'rag_override', row, 'override_conflict', `The override sets ${ratingLabel(override)}, but by its dates and update the action would be ${ratingLabel(ruled.rating)} (${why}); the override is used, so check it still holds.`);
}
