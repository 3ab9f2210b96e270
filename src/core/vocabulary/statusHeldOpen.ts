/*
 * Round 31's vocabulary (SPEC 4, status/heldOpen.ts and status/heldUp.ts): what keeps a completion from closing the
 * whole action, and the words of slippage, failure and completion that trackers write and the reader missed.
 * Phrases are lower case; the words of a phrase are joined by spaces.
 */

/** Status phrases of round 31, by class, spread into STATUS_PHRASES (./status). */
export const HELD_OPEN_PHRASES = {
  complete: [
    // An assurance return passed, a target met for good, money used in full, a contract renewed.
    'standards met', 'standard met', 'all standards met', 'eliminated', 'fully utilised', 'fully utilized', 'fully spent',
    'renewed', 'contract renewed', 'opened to recruitment', 'open to recruitment',
  ],
  at_risk: [
    // Posts unfilled, a backlog or position getting worse, more evidence asked for.
    'no suitable applicants', 'no suitable applicant',
    'no applicants', 'no applications received', 'backlog increased', 'backlog has increased', 'backlog increasing',
    'backlog growing', 'backlog has grown', 'position deteriorating', 'underlying position deteriorating',
    'deteriorating position', 'performance deteriorating', 'continues to deteriorate', 'continuing to deteriorate', 'further evidence requested',
    'further evidence required', 'requested further evidence', 'additional evidence requested', 'additional evidence required',
  ],
  off_track: [
    // Refused as "rejected" is; out of reach this year; the post given up.
    'refused', 'permission refused', 'not recoverable', 'unrecoverable', 'post withdrawn', 'posts withdrawn',
    'scheme withdrawn', 'project withdrawn',
  ],
} as const;

/** Completion words that make a draft the deliverable itself ("Draft policy approved"), so the draft rule is left. */
export const DRAFT_FINAL_WORDS: readonly string[] = ['approved', 'ratified', 'signed off', 'published', 'adopted', 'agreed', 'endorsed'];

/** Decisions a draft goes on "for", so it is not yet the deliverable: "Draft policy complete - to PRG for approval Jan". */
export const DRAFT_DECISIONS: readonly string[] = [
  'approval', 'sign off', 'signoff', 'agreement', 'decision', 'endorsement', 'comment', 'comments', 'consultation', 'review',
];

/** Absences of the one who leads the work: "Lead on long term sick". */
export const LEAD_ABSENCES: readonly string[] = [
  'long term sick', 'long term sickness', 'sick leave', 'off sick', 'maternity leave', 'extended leave', 'secondment',
];

/** Who leads the work, named before an absence. */
export const LEAD_WORDS: readonly string[] = ['lead', 'leads', 'owner', 'manager', 'chair', 'sro', 'clinical lead', 'project lead'];

/** Replies the lead waits for after sending their own work, not a hold-up: "Submitted to NHSE, awaiting feedback". */
export const REPLIES_AWAITED: readonly string[] = [
  'feedback', 'comments', 'comment', 'sign off', 'signoff', 'confirmation', 'review', 'validation', 'acknowledgement', 'response from',
];

/** The lead's own step done before a wait: "submitted", "sent", "returned". */
export const OWN_STEP_DONE: readonly string[] = ['submitted', 'sent', 'returned', 'shared', 'provided', 'uploaded', 'presented', 'issued'];

/** Words that say a wait has itself gone wrong, so it stays a hold-up: "chased", "no reply", "overdue". */
export const WAIT_TROUBLE: readonly string[] = ['chased', 'chasing', 'no reply', 'no response', 'overdue', 'delayed', 'still', 'escalated', 'not received'];

/** A window that is open until a time to come: "closes 31 Jan", "runs until March". */
export const WINDOW_OPEN_UNTIL: readonly string[] = ['closes', 'closing', 'will close', 'runs until', 'runs to', 'open until', 'ends', 'runs till'];

/** Checks whose result sends a reopened action back, so its reopening is slippage: "Re-opened following re-audit". */
export const FAILED_CHECKS: readonly string[] = ['re audit', 'reaudit', 'audit', 'inspection', 'spot check', 'compliance', 'failed', 'not sustained', 'below'];

/** The rest of a set said to be on course after part of it missed: "2 of 5 milestones missed; remainder on track". */
export const REST_WORDS: readonly string[] = ['remainder', 'rest', 'remaining', 'others', 'other'];

/** Words that name the whole work done, so a headline "on track for" a later date does not make it a step. */
export const WHOLE_WORK_WORDS: readonly string[] = ['all', 'action', 'whole', 'fully', 'entire', 'project', 'programme', 'everything'];
