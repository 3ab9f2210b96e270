/*
 * A programme run in numbered parts, the parts done with the next one set (status/nextPart.ts):
 * "Cohort 1 & 2 completed (146 staff). Cohort 3 booked." is under way, not complete.
 */

/** Numbered parts of a programme's delivery: "Cohort 3", "Session 2", "Wave 4". */
export const NUMBERED_PART_WORDS: readonly string[] = [
  'phase', 'stage', 'wave', 'tranche', 'cohort', 'release', 'sprint', 'part', 'module', 'session', 'workshop', 'round', 'block', 'intake',
];

/** Words setting the next part for a time to come, beside statusPending's BOOKED_WORDS: "Cohort 3 due Jan", "Wave 4 to start". */
export const NEXT_PART_SET_WORDS: readonly string[] = ['due', 'to follow', 'to start', 'starts', 'starting', 'commences', 'commencing', 'confirmed', 'in place for', 'to run'];
