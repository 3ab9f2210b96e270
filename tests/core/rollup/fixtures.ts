import type { Action, Rating } from '../../../src/core/types';

let row = 1;

/** An action row with only what a roll-up reads filled in. */
export function action(rating: Rating, fields: Partial<Action> = {}): Action {
  row += 1;
  return {
    row,
    rows: [row],
    ref: null,
    action: `Action on row ${row}`,
    lead: null,
    objective: null,
    ambition: null,
    strategy: null,
    status: rating === 'complete' ? 'complete' : 'unknown',
    rating,
    focus: rating === 'complete' ? 'complete' : 'next_step',
    reason: '',
    nextDue: null,
    trend: null,
    confidence: null,
    progress: null,
    update: null,
    steps: [],
    ...fields,
  };
}
