import type { Action, Tracker } from '../../../src/core/types';

/** An action with everything the output plan reads, built by hand from seed 004's wording. */
export function action(over: Partial<Action>): Action {
  return {
    row: 4,
    rows: [4],
    ref: '1',
    action: 'Consider options for THT board critical friends / accountability mechanisms',
    lead: 'THT Chair & Engagement Manager',
    objective: null,
    ambition: null,
    strategy: null,
    status: 'on_track',
    rating: 'green',
    focus: 'next_step',
    reason: 'On track; next step due 28 Feb 2023.',
    nextDue: '2023-02-28',
    trend: null,
    confidence: null,
    progress: null,
    update: null,
    steps: [],
    ...over,
  };
}

/** Title in row 1, header in row 3 (A:F), outputs G:K, actions in rows 4-5 and 7, a blank row 6. */
export function smallTracker(): Tracker {
  return {
    sheet: 'Action plan',
    headerRow: 3,
    columns: { ref: 0, action: 1, lead: 2, next_steps: 3, timeframe: 4, status: 5 },
    outputColumns: { RAG: 6, 'RAG reason': 7, 'Meeting focus': 8, 'Next due': 9, Trend: 10 },
    lastRow: 7,
    repeatedHeaders: [],
    ambitionLevel: false,
    alsoRead: [],
    headers: [],
    title: null,
    actions: [
      action({
        row: 4,
        rows: [4, 5],
        rating: 'red',
        focus: 'update_due',
        reason: 'Step 2 "Review of other models" was due 30 Nov 2022, 34 days overdue.',
        nextDue: '2022-11-30',
        trend: 'down',
      }),
      action({ row: 7, rows: [7], ref: '2', rating: 'complete', focus: 'complete', reason: 'Completed.', nextDue: null, trend: 'new' }),
    ],
    groups: [],
    issues: [],
  };
}
