import { rollup } from '../../../src/core/rollup';
import { defaultSettings } from '../../../src/core/settings';
import type { Action, Rating, Tracker } from '../../../src/core/types';
import { action } from '../rollup/fixtures';

/** A tracker on `sheet` with these actions, rolled up with the default settings. */
export function tracker(sheet: string, actions: Action[]): Tracker {
  return {
    sheet,
    headerRow: 1,
    columns: { ref: 0, action: 1 },
    outputColumns: { RAG: 2, 'RAG reason': 3, 'Meeting focus': 4, 'Next due': 5, Trend: 6 },
    lastRow: actions.length + 1,
    repeatedHeaders: [],
    ambitionLevel: false,
    alsoRead: [],
    headers: [],
    title: null,
    actions,
    groups: rollup(actions, defaultSettings('2022-11-03')),
    issues: [],
  };
}

/** An action with a ref, as seed 004 numbers its recommendations. */
export function numbered(ref: string, rating: Rating, fields: Partial<Action> = {}): Action {
  return action(rating, { ref, action: `Recommendation ${ref}`, ...fields });
}
