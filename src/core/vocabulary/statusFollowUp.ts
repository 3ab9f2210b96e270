/*
 * What may follow a completion without reopening it (SPEC 4, round 16), and what does: a check of the work
 * done ("Complete. Further audit planned Q1") and the benefits it brings ("Switch completed Sept. Savings on
 * track") say nothing new of the work, where another part starting ("Ustekinumab switch starting Jan") does.
 */

/**
 * Checks of work once it is done, routine as a review is (statusSchedule's ROUTINE_WORDS): further work
 * named with one of these ("Further audit in Q1 26/27", "Re-audit planned Q3") does not reopen a completion.
 */
export const FOLLOW_UP_WORDS: readonly string[] = ['audit', 'audits', 'reaudits', 'reaudited', 'spot', 'check', 'checks'];

/**
 * Words that set further work for later, as statusSchedule's SCHEDULE_WORDS do, when a date follows them
 * in their clause: "Ustekinumab switch starting Jan", "phase 2 commencing April".
 */
export const SCHEDULE_PROGRESSIVES: readonly string[] = ['starting', 'commencing', 'beginning', 'launching'];

/**
 * What a completed action brings, not the work itself: after a completion, these on track or being tracked
 * ("Savings on track", "Benefits being tracked") say how its benefits run, so the action stays complete.
 */
export const BENEFIT_WORDS: readonly string[] = [
  'saving', 'savings', 'benefit', 'benefits', 'efficiency', 'efficiencies', 'cip', 'income', 'spend', 'cashable',
];

/**
 * Waits that, for the paperwork of closing at a named meeting or by a date ("Awaiting sign-off at March
 * Board", "Awaiting approval at QSC on 12/03"), are governance scheduled, so on track; a bare "Awaiting sign
 * off" stays a wait.
 */
export const GOVERNANCE_WAITS: readonly string[] = ['awaiting', 'waiting for'];

/** Words linking such a wait to its meeting or date: "at March Board", "by end of March", "in April". */
export const GOVERNANCE_LINKS: readonly string[] = ['at', 'by', 'in', 'on'];

/**
 * Where work left after a completion is handed to routine, which closes the action (round 22): "Closed with caveats:
 * remaining staff to be picked up via BAU" (status/remaining.ts). Matched as whole words in the clause.
 */
export const HANDED_OVER_WORDS: readonly string[] = ['bau', 'business as usual'];
