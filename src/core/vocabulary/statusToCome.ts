import { SCOPE_REMOVED_BY } from './statusPending';
/*
 * Words that name more of the work still to come after a part done (SPEC 4), with no date or
 * schedule word of the kind ./statusSchedule needs: "112 trained. Additional cohorts in Feb",
 * "Delivered in two localities, further sessions planned", "Training delivered to ED; other areas
 * TBC", "In place at main site; community sites next". A programme manager reads each as the work
 * going on, not the action closed.
 */

/**
 * Words heading a clause that name more of the same work, or the rest of it: "additional cohorts",
 * "further sessions", "other areas", "remaining sites", "second cohort". What follows them must still
 * be set for later (a schedule word, a time, or a word of TO_COME_ENDINGS).
 */
export const MORE_WORK_HEADS: readonly string[] = [
  'additional', 'further', 'more', 'other', 'remaining', 'rest', 'remainder', 'second', 'subsequent', 'wider', 'next',
];

/**
 * Words ending a clause that set what it names for later with no date: "community sites next",
 * "roll-out TBC", "other areas to follow".
 */
export const TO_COME_ENDINGS: readonly string[] = ['next', 'tbc', 'tbd', 'tba', 'follow', 'come', 'planned'];

/**
 * Words before a later stage that make it the work's wider spread still to come: "Evaluation awaited
 * before wider roll-out", "full implementation", "trust-wide launch".
 */
export const SPREAD_WORDS: readonly string[] = ['wider', 'full', 'trustwide', 'organisation', 'system', 'further'];

/**
 * Words in a clause with a percentage below 100 that say the level falls short, so the work is
 * still being embedded: "compliance still 60%", "uptake low at 20%", "only 40% trained".
 */
export const SHORTFALL_WORDS: readonly string[] = ['still', 'only', 'low', 'below', 'short', 'under', 'currently', 'just'];

/**
 * Past participles not ending in "-ed" or "-en", after "being": "new pathway being built", "quotes being
 * sought". With the regular ones ("framework being updated") a clause in the present progressive after a
 * part done says more of the work is going on (status/toCome.ts).
 */
export const IRREGULAR_PARTICIPLES: readonly string[] = [
  'built', 'set', 'made', 'run', 'sought', 'put', 'held', 'sent', 'brought', 'spent', 'kept', 'led', 'bought', 'taught',
];

/**
 * Participles after "being" that name no more of the work: routine checks and closing paperwork are set
 * aside before (statusSchedule's ROUTINE_WORDS, statusWords' CLOSING_WORDS); these say it is held up or
 * stopped, which the entry's own phrases rate ("being delayed", "being held up").
 */
export const NOT_WORK_PARTICIPLES: readonly string[] = [
  'delayed', 'held', 'paused', 'stopped', 'halted', 'blocked', 'withdrawn', 'closed', 'cancelled', 'canceled', 'deferred',
  'postponed', 'escalated', 'used', 'maintained', 'sustained', 'embedded', 'followed', 'applied',
  // Reporting and checking work done, as routine as a review is: "Complete; being presented to QSC".
  'presented', 'reported', 'considered', 'noted', 'discussed', 'audited', 'checked', 'validated', 'verified', 'assured',
  'tracked', 'measured', 'evaluated', 'celebrated', 'publicised', 'publicized', 'promoted',
];

/**
 * A draft named after a part done ("Workshop held 14/11, draft priorities circulated") is a document still
 * on its way to its final form, so more of the work is to come; unless the clause says it was settled.
 */
export const DRAFT_WORDS: readonly string[] = ['draft', 'drafts'];

/** Words in a draft's clause that say the draft was settled, so nothing is left of it: "draft approved by Board". */
export const DRAFT_SETTLED_WORDS: readonly string[] = [
  'approved', 'agreed', 'ratified', 'signed', 'signoff', 'endorsed', 'adopted', 'published', 'finalised', 'finalized',
  'superseded', 'replaced', 'accepted',
];

/*
 * Audit trackers name who closed an action between the closing words (status/closure.ts): "Accepted
 * by ARC for closure", "Withdrawn by IA". The body named says who decided; the action is closed.
 */

/** Verbs that, with "for closure" after the body named, close the action: "Approved by Audit Committee for closure". */
export const CLOSURE_VERBS: readonly string[] = [
  'accepted', 'approved', 'agreed', 'endorsed', 'supported', 'recommended', 'proposed', 'submitted', 'put forward', 'signed off',
];

/** Closure words that, heading an entry with "by" and an audit body after them, close the action: "Withdrawn by IA". */
export const CLOSED_BY_WORDS: readonly string[] = [
  'withdrawn', 'cancelled', 'canceled', 'superseded', 'stood down', 'closed', ...SCOPE_REMOVED_BY,
];

/**
 * The auditors and audit committees that close a recommendation by withdrawing it. Only these: "Withdrawn
 * by ICB" may be funding or support withdrawn, which a programme manager would ask about.
 */
export const AUDIT_BODIES: readonly string[] = [
  'ia', 'internal audit', 'internal auditors', 'external audit', 'external auditors', 'audit', 'auditors', 'the auditors',
  'arc', 'audit committee', 'the audit committee', 'audit and risk committee', 'audit risk committee', 'the auditor',
  'auditor', 'tiaa', 'mersey internal audit agency', 'miaa', 'rsm', 'bdo', 'kpmg', 'grant thornton',
];

/**
 * Words that send a paper to the body that will close the action, before "for closure": "Paper to ARC
 * for closure in March", "Going to Audit Committee to close", "Due at May ARC for closure" (status/sought.ts).
 */
export const CLOSURE_SENDING_WORDS: readonly string[] = ['to', 'at'];

/** Words before "to" that make it a verb's, no body's: "Due to close in March", "Unable to close". */
export const INFINITIVE_HEADS: readonly string[] = [
  'due', 'unable', 'able', 'need', 'needs', 'needed', 'required', 'want', 'plan', 'planned', 'expected', 'aim', 'likely', 'hope',
];

/**
 * Verbs that say the paper went already ("Submitted to ARC for closure"): a closure proposed, which
 * SPEC 4 reads as complete, unless "be" heads them ("to be presented to ARC for closure").
 */
export const SENT_WORDS: readonly string[] = [
  'submitted', 'presented', 'sent', 'taken', 'went', 'proposed', 'recommended', 'put', 'accepted', 'approved', 'agreed',
  'endorsed', 'supported', 'signed', 'reported', 'considered', 'received', 'closed', 'confirmed',
];
