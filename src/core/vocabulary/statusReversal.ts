/*
 * What undoes a completion in the same sentence (SPEC 4): "Achieved in Q4 but not at year end", "Achieved YE
 * target, then dropped in April". A target met and then lost is not done (status/reversal.ts).
 */

/** A fall after a level reached: "then dropped", "then fell back". */
export const FALL_VERBS: readonly string[] = [
  'dropped', 'dipped', 'fell', 'fallen', 'slipped', 'declined', 'deteriorated', 'decreased', 'reduced', 'worsened',
  'went down', 'gone down', 'reverted', 'regressed', 'lost',
];

/**
 * What may follow "but not" and leave the work done: a manner or time of doing it ("Delivered, but not without
 * difficulty", "Completed but not on time", "Achieved but not by the original deadline").
 */
export const BUT_NOT_DONE_ANYWAY: readonly string[] = [
  'without', 'on time', 'in time', 'within', 'by', 'before', 'until', 'to time', 'as quickly', 'as fast',
];

/**
 * The formalities of closing after "but not (yet)": "Complete but not yet signed off", "Delivered but not closed on
 * Datix". The work is done and awaits paperwork, so it is on track, not complete and not at risk.
 */
export const BUT_NOT_FORMALITIES: readonly string[] = [
  'signed off', 'signed-off', 'sign off', 'signed', 'closed', 'approved', 'ratified', 'formally', 'minuted',
  'validated', 'verified', 'confirmed', 'noted', 'agreed', 'evidenced', 'submitted', 'presented', 'reported',
];
