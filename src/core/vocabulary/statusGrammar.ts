import type { StatusClass } from '../types';
import type { StatusSignal } from './status';
import { RAID_SUPPORTING } from './statusRaid';
import { PLACES_LIVE } from './statusPlans';
import { DENIAL_PHRASES, PLAIN_SUPPORTING } from './statusPlain';
import { SHORTFALL_SUPPORTING } from './statusShortfall';

/*
 * The small words around a status phrase that change what it means: negation ("not on
 * track"), the future ("to be completed") and the progressive ("is being completed").
 * Contractions are listed without their apostrophe: "isn't" is read as "isnt".
 */

export const NEGATORS: readonly string[] = [
  'not', 'no', 'never', 'non', 'without', 'nor', 'cannot', 'none', 'neither', 'nothing',
  'isnt', 'arent', 'wasnt', 'werent', 'hasnt', 'havent', 'hadnt', 'dont', 'doesnt', 'didnt', 'cant',
  'couldnt', 'wont', 'wouldnt', 'shouldnt', 'neednt', 'mustnt',
];

/** Counts of nought: before a problem ("0 overdue incidents") or after it ("Shifts uncovered: 0"), no problem (status/zeroCount.ts). */
export const ZERO_WORDS: readonly string[] = ['0', 'zero', 'nil', 'none'];

/**
 * Negators in the past tense: a completion after one did not happen ("Wasn't delivered"), so is off track;
 * "never" too ("Never implemented", "Will never be delivered"), which no later date puts right.
 */
export const PAST_NEGATORS: readonly string[] = ['wasnt', 'werent', 'couldnt', 'didnt', 'never'];

/**
 * Completion words that, right after a bare "not", say nothing was done ("Not done"), as "Not implemented"
 * does (statusAssurance's NOT_DONE_IS_NOT_BEGUN): "Not yet done" and "Not done yet" still wait on a date.
 */
export const NOT_DONE_BARE: readonly string[] = ['done'];

/**
 * Doubts that govern a completion or start anywhere after them in their clause, further than a
 * negator reaches: "There is no evidence that the training has been delivered" is not done.
 */
export const DOUBT_PHRASES: readonly string[] = [
  'no evidence', 'no clear evidence', 'no documented evidence', 'little evidence', 'insufficient evidence',
  'limited evidence', 'lack of evidence', 'no assurance', 'insufficient assurance', 'limited assurance',
  'lack of assurance', 'not assured', 'no confirmation', 'no indication', 'no record', 'no records', 'no proof',
  'not evidenced', 'not been evidenced', 'not confirmed', 'not yet confirmed', 'not been confirmed',
  'not yet been confirmed', 'yet to confirm', 'yet to be confirmed', 'not verified', 'not yet verified',
  'not been verified', 'unable to confirm', 'unable to verify', 'unable to evidence', 'unable to demonstrate',
  'unable to provide assurance', 'cannot confirm', 'cannot verify', 'cannot evidence', 'cannot demonstrate',
  'could not confirm', 'could not verify', 'not able to confirm', 'not been able to confirm', 'unclear whether',
  'unclear if', 'not clear whether', 'not clear if', 'not clear that', 'partial evidence', 'incomplete evidence',
];

/**
 * Words right before a completion that put it in doubt, so it is reported, not confirmed: "Believed
 * to be complete", "Apparently done". The work has got that far, so it is under way (status/query.ts).
 */
export const QUERY_BEFORE: readonly string[] = [
  'believed to be', 'believed', 'thought to be', 'apparently', 'presumed', 'presumably', 'assumed', 'assumed to be',
  'understood to be', 'probably', 'possibly', 'hopefully',
];

/**
 * Words right before a completion that report it second hand: in doubt only when the entry goes on to
 * say it is not confirmed ("Reported as complete but evidence not yet received"); "Reported as complete
 * at QSC" is complete.
 */
export const REPORTED_BEFORE: readonly string[] = [
  'reported as', 'reported to be', 'reportedly', 'said to be', 'stated as', 'stated to be', 'claimed', 'claimed as',
  'claimed to be', 'declared as', 'marked as', 'recorded as', 'shown as', 'flagged as', 'listed as',
];

/** After a completion reported second hand, words that say it is not confirmed: a contrast, a wait, a doubt. */
export const UNCONFIRMED_AFTER: readonly string[] = [
  'but', 'however', 'though', 'although', 'yet', 'awaiting', 'awaited', 'pending', 'tbc', 'to be confirmed',
  'unconfirmed', 'not confirmed', 'not verified', 'unverified', 'to be verified', 'outstanding', 'to follow',
];

/**
 * Answers after a question mark that make a completion with one a form's label and its answer, not a
 * question: "Complete? Yes", "Closed? Y". The marks are matched as written.
 */
export const QUERY_ANSWERS: readonly string[] = ['yes', 'y', 'confirmed', '✓', '✔', '✅'];

/**
 * A lead's word that nothing is wrong ("No issues", "No problems"), read as a negated risk is ("No delays",
 * "Not at risk", "Not overdue"): the work is going as it should, so on track, but only where nothing else in
 * the cell says how it stands (status/settle.ts), as a milestone event does. "No escalations" and "Not
 * escalated" say only how a risk is handled, so nothing.
 */
export const REASSURANCE_PHRASES: readonly string[] = [
  'no issues', 'no significant issues', 'no major issues', 'no known issues', 'no outstanding issues', 'no new issues',
  'no problems', 'no significant problems', 'no risks', 'no significant risks', 'no major risks', 'no new risks',
  'no risks or issues', 'no issues or risks', 'nothing of concern', 'no causes for concern', 'no cause for concern', ...DENIAL_PHRASES,
];

/**
 * What a negated phrase of each class means; null drops the phrase ("no delays" is no risk, which the
 * entry reads as a word that nothing is wrong only where nothing else gives it a class: REASSURANCE_PHRASES).
 */
export const NEGATED_CLASS: Readonly<Record<StatusSignal, StatusClass | null>> = {
  complete: 'unknown',
  on_track: 'off_track',
  at_risk: null,
  off_track: null,
  not_started: null,
};

/**
 * Phrases that say work has begun. Negated ("not commenced") or in the future ("due to be
 * started") they mean the work has not started, rather than that it is off track.
 */
export const START_PHRASES: readonly string[] = [
  'started', 'commenced', 'begun', 'initiated', 'kicked off', 'under way', 'in progress',
];

/**
 * Words that put a completion in the future when they come right before it (through
 * auxiliaries): "to be completed", "will be delivered", "can be closed". Nouns such as
 * "plan" stay out: "Communication plan is in place" is a completion.
 */
export const PROSPECTIVE_WORDS: readonly string[] = [
  'to', 'be', 'will', 'shall', 'should', 'would', 'could', 'can', 'may', 'might', 'must',
];

/**
 * Phrases that say how a risk is handled, what the work waits on or how it compares with plan, not how it stands:
 * they rate an entry only when no other phrase in it does ("Not on track - escalated" is off
 * track, "Complete, awaiting sign-off" complete, "Awaiting funding" at risk).
 */
export const SUPPORTING_PHRASES: readonly string[] = [
  'escalated', 'awaiting', 'waiting for', 'requires escalation', 'needs escalating', 'needs escalation',
  'escalation required', 'awaited', 'recovery plan', 'recovery plan in place', 'recovery actions', 'recovery action plan', 'mitigation plan', 'mitigation plan in place',
  'evidence awaited', 'carried forward', 'rolled over', 'rolled forward', 'carried over', 'carry over',
  'carry forward',
  // A plan to put a shortfall right is no news of the shortfall ("Non-compliant (action plan in place)").
  'action plan in place', 'action plan approved', 'improvement plan in place',
  'improvement plan approved', 'remedial plan in place', 'remedial action plan in place',
  'recovery action plan in place',
  // Ahead is on track when nothing else is said, and done when it is ("Delivered ahead of schedule").
  'ahead of schedule', 'ahead of plan', 'ahead of trajectory', 'ahead of target',
  'within timescale', 'within timescales', 'within timeframe', 'within timeframes', 'within agreed timescale',
  'within agreed timescales', 'within deadline', 'within tolerance',
  // Monitoring that follows the work ("Complete - ongoing monitoring") is no news of the work itself.
  'on going monitoring', 'monitoring on going', 'on going review', 'on going oversight', 'monitoring continues',
  'monitoring continuing',
  // What held the work up, when the entry says no more ("Impacted by industrial action").
  'impacted by', 'issues with', 'challenges with', 'problems with', 'difficulties with',
  // A paper out for comment is on its way, when nothing else is said ("Draft circulated to divisions for comment").
  'for comment', 'for comments',
  // How far a roll-out got ("2 of 5 sites live"), when the entry says no more of how the action stands.
  ...PLACES_LIVE,
  // Early on is under way when nothing else is said, but no answer to "Delayed - still at early stages".
  'early stages', 'early stage',
  // Going on, when the entry says no more ("Continuing to promote the passport"); "Complete, continuing to
  // monitor" is done. Not "continuing" alone: "Continuing uncertainty about funding" (seed 003) is no progress.
  'continuing to', 'continues to', 'and continuing', 'is continuing', 'are continuing',
  // A start still to come is not started, unless the entry says how the work stands ("Commenced; training will start in Jan").
  'to begin', 'will start', 'will begin', 'will commence', 'starting in', 'commencing in', ...RAID_SUPPORTING, ...PLAIN_SUPPORTING,
  ...SHORTFALL_SUPPORTING,
];

/**
 * Words that make a phrase after them in their clause the background to how the work stands, not
 * how it stands now: "Completed after delays", "Restarted after being paused", "Now on track following
 * slippage in Q1", "Despite staffing issues delivered". Such a phrase decides its entry only when
 * nothing else in it does ("Following delays with the supplier"). Not "the following", a list's heading.
 */
export const CAUSE_WORDS: readonly string[] = ['after', 'following', 'despite'];

/** Words right before a phrase that make it a past state ("Green (previously delayed)"), which no longer counts. */
export const PAST_WORDS: readonly string[] = ['previously', 'formerly', 'originally'];

/** A rating colour is a past one after these too ("Green (was Amber)", "moved from red to amber"). */
export const PAST_RATING_WORDS: readonly string[] = ['was', 'were', 'from'];

/** The words of a RAG rating ("amber", "red amber"): the phrases PAST_RATING_WORDS apply to. */
export const RATING_COLOURS: readonly string[] = ['red', 'amber', 'green', 'yellow'];

/** Words that make a completion conditional anywhere earlier in the clause: "once … completed". */
export const SUBORDINATORS: readonly string[] = ['once', 'until', 'till', 'unless', 'if', 'when', 'whenever', 'before', 'after'];

/** Auxiliaries and adverbs looked through when reading back from a phrase. */
export const FILLER_WORDS: readonly string[] = [
  'been', 'has', 'have', 'had', 'is', 'are', 'was', 'were', 'now', 'yet', 'fully', 'all', 'also', 'still',
  'already', 'successfully', 'largely', 'mostly', 'substantially', 'formally', 'finally', 'officially',
  'recently', 'broadly', 'currently', 'generally', 'remains', 'remain', 'remained', 'being', 'actually',
  'really', 'entirely', 'totally', 'quite', 'so', 'far', 'today', 'rated',
];

/** Words that end a clause, so a negation before them does not reach past them. */
export const CLAUSE_BREAKS: readonly string[] = [
  'and', 'but', 'however', 'although', 'though', 'whilst', 'while', 'because', 'since', 'then', 'which',
  'whereas', 'except', 'therefore', 'thus',
];

/**
 * Words that, right after the bare word "complete", make it an instruction rather than a
 * status: "Complete by mid Dec", "Complete the pilot and review feedback" (seed 003).
 */
export const IMPERATIVE_FOLLOWERS: readonly string[] = [
  'by', 'the', 'a', 'an', 'all', 'this', 'these', 'that', 'those', 'our', 'any', 'remaining', 'outstanding', 'each',
  'before', 'within',
];

/**
 * Words right after an event that make it recurring, so work going on: "Meetings held monthly"
 * reports a routine, not a one-off step done.
 */
export const FREQUENCY_WORDS: readonly string[] = [
  'daily', 'weekly', 'fortnightly', 'monthly', 'bimonthly', 'quarterly', 'regularly', 'routinely',
];

/**
 * Adverbs that, negated before a completion word, say it is done in part: "Not fully embedded",
 * "Target not consistently achieved", "Not completely implemented".
 */
export const NOT_ALL_ADVERBS: readonly string[] = ['fully', 'consistently', 'completely', 'wholly', 'entirely', 'always'];

/**
 * Hedges that make an off-track phrase a risk, not a fact: "Target may not be met", "Possibly
 * off track", "Risk that the deadline will not be met". A modal counts before "not be …" or
 * "be …" only, so "In May not achieved" stays a month; a risk called significant stays off track.
 */
export const HEDGE_MODALS: readonly string[] = ['may', 'might'];
export const HEDGE_ADVERBS: readonly string[] = ['possibly', 'potentially'];
export const HEDGE_RISKS: readonly string[] = ['risk', 'risks', 'danger', 'possibility', 'chance'];
export const SERIOUS_RISK_WORDS: readonly string[] = ['significant', 'serious', 'high', 'major', 'real'];
