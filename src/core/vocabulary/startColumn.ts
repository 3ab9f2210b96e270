/**
 * Headers of a plan's start-date column, as headers are folded (normaliseHeader): the "Start" of
 * a "Start | End" pair. Never a deadline (NEVER_DEADLINE_WORDS); read only to point out work
 * reported not started after its start date has passed.
 */
export const START_HEADERS: readonly string[] = ['start', 'start date', 'planned start', 'planned start date', 'baseline start', 'start by'];
