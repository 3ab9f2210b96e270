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
