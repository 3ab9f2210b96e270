/*
 * One occurrence of recurring or counted work, not the action done (SPEC 4, round 20): "Q2 review done; Q3 review
 * scheduled for Dec" is one review of a series with the next one set, and "4 cohorts delivered" a count of the
 * work so far ("All 4 cohorts delivered" is the whole). Read by status/occurrence.ts.
 */

/** Units of work delivered in a series, whose bare count is progress: "4 cohorts delivered", "delivered to 3 cohorts". */
export const COUNTED_UNITS: readonly string[] = [
  'cohort', 'cohorts', 'session', 'sessions', 'workshop', 'workshops', 'course', 'courses', 'module', 'modules',
  'wave', 'waves', 'webinar', 'webinars', 'briefing', 'briefings', 'class', 'classes', 'masterclass', 'masterclasses',
];

/** Words before a count that make it the whole set: "All 4 cohorts delivered", "The 3 workshops delivered". */
export const WHOLE_SET_WORDS: readonly string[] = ['all', 'both', 'every', 'each', 'the', 'final', 'last', 'remaining', 'total'];

/** Words that name the next occurrence of a series: "next review due Dec", "following audit booked". */
export const NEXT_WORDS: readonly string[] = ['next', 'following', 'subsequent'];

/** Auxiliaries between an occurrence and its completion word: "Q2 review has been completed". */
export const OCCURRENCE_AUXILIARIES: readonly string[] = ['has', 'have', 'had', 'been', 'was', 'were', 'is', 'are', 'now'];

/**
 * Routine messages whose sending is activity, not the action done (round 21): "91%; reminders issued" is work going on
 * towards a measure, where "Guidance issued" or "Newsletter issued 2 June" may be the action itself (a newsletter,
 * a bulletin or a communication is a product of the work). Read before the completion phrases in ROUTINE_VERBS.
 */
export const ROUTINE_MESSAGES: readonly string[] = [
  'reminder', 'reminders', 'letter', 'letters', 'invitation', 'invitations', 'invite', 'invites', 'chaser', 'chasers',
];

/** Completion phrases that, of a routine message, are only its sending: "reminders issued". */
export const ROUTINE_VERBS: readonly string[] = ['issued'];
