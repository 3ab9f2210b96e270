/*
 * A completion word about a step of the work, not the action (SPEC 4, round 19): "Consultation closed; responses
 * being analysed", "Survey completed by 120 patients", "Done - partly". Read by status/partDone.ts and
 * status/subStep.ts.
 */

/**
 * Things with a window that closes while the work goes on: "Consultation closed" ends the window, not the action,
 * so work going on after it is more of the work ("responses being analysed"), not the action's new home.
 */
export const WINDOW_SUBJECTS: readonly string[] = [
  'consultation', 'survey', 'questionnaire', 'tender', 'procurement', 'advert', 'advertisement', 'applications',
  'vacancy', 'engagement', 'ballot', 'poll', 'window', 'period', 'bidding', 'expressions', 'nominations',
];

/**
 * People counted after "by" a completion: "Survey completed by 120 patients", "Training completed by 45 staff" is
 * how many have taken part so far, a measure of the work, not the action done ("by all 60 staff" is the whole).
 */
export const PEOPLE_COUNTED: readonly string[] = [
  'patients', 'staff', 'people', 'respondents', 'users', 'carers', 'families', 'members', 'colleagues', 'students',
  'nurses', 'doctors', 'midwives', 'clinicians', 'participants', 'parents', 'women', 'men', 'residents', 'learners',
  'trainees', 'volunteers', 'employees', 'individuals', 'service', 'practices', 'teams', 'wards', 'gps',
];

/** Answers to a yes/no field after a completion word ("Completed: No", "Done? N"): the work is not done. */
export const NO_ANSWERS: readonly string[] = ['no', 'n', 'not yet', 'nope', 'x'];

/** Words after a completion word, alone in their clause, that say only part of it is done ("Done - partly"). */
export const PART_ANSWERS: readonly string[] = ['partly', 'partially', 'in part', 'part', 'some'];

/**
 * Not-started phrases that set the start for later rather than deny it: after a step ("Business case approved;
 * recruitment to start in April") the work is on its way, where "recruitment not started" is not begun (round 21).
 */
export const STARTS_SET_FOR_LATER: readonly string[] = [
  'to start', 'to begin', 'to commence', 'will start', 'will begin', 'will commence', 'starting in', 'commencing in',
  'not due to start', 'not due to begin', 'not due to commence',
];

/**
 * What the work needs to run, denied after a part done: "Estates works completed, staffing not yet in place" is a
 * part done with what the rest needs missing, at risk, where "Policy complete; training not yet delivered" is the
 * rest to do, under way (round 21). Completion phrases, as their keys end.
 */
export const PREREQUISITE_PHRASES: readonly string[] = ['in place', 'in post', 'recruited', 'appointed', 'funded'];

/**
 * Participles after a share short of the whole that make it a part of the work done, not an outcome measured:
 * "nursing establishment 60% filled", "60% of posts recruited to" (round 21); "compliance 97%" is an outcome.
 */
export const PART_SHARE_WORDS: readonly string[] = [
  'filled', 'recruited', 'appointed', 'trained', 'staffed', 'in post', 'in place', 'complete', 'completed', 'done',
  'delivered', 'installed', 'implemented', 'rolled out', 'vaccinated', 'migrated', 'refurbished', 'built', 'fitted',
];
