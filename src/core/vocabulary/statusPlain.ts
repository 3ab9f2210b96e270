import type { StatusSignal } from './status';

/*
 * Plain-English status wording from a PMO's fresh-eyes review (round 15, SPEC 4): the words a lead types
 * when no tracker vocabulary is at hand ("Up and running", "Put on ice", "Major issues", "Touch and go").
 * Matched as STATUS_PHRASES are (./status), which spreads these in; the longest phrase wins, so "no major
 * issues" (REASSURANCE_PHRASES) still reads as nothing wrong.
 */

/**
 * What held the work up or how late it runs, which rates an entry only when nothing else in it does
 * (SUPPORTING_PHRASES): "Progress hampered by vacancies", "1 week late", but "Completed 2 weeks late" is done.
 */
export const PLAIN_SUPPORTING: readonly string[] = [
  'hampered', 'hampered by', 'hindered', 'hindered by', 'chased', 'day late', 'days late', 'week late', 'weeks late',
  'month late', 'months late', 'no response', 'no reply',
];

/**
 * The work unable to move, blocked as "cannot proceed" is (statusPlans' BLOCKED_PHRASES): "Unable to progress
 * due to industrial action", "Unable to complete within timescale"; a wait after one ("until …") holds it up.
 */
export const PLAIN_BLOCKED: readonly string[] = [
  'unable to progress', 'unable to proceed', 'unable to go ahead', 'unable to complete', 'unable to deliver',
  'unable to achieve', 'unable to meet',
];

export const PLAIN_PHRASES: Readonly<Record<StatusSignal, readonly string[]>> = {
  complete: [
    'finalised', 'finalized', 'addressed', 'rectified', 'adopted', 'signed', 'up and running',
    // "Operational" alone is about other things as often ("operational pressures", "operational plan").
    'fully operational', 'now operational', 'operational from', 'operational since',
    'now in use', 'in use across', 'sign off received',
    // Nothing left to do is the work done: "Nothing outstanding", "No further actions outstanding".
    'nothing outstanding', 'none outstanding', 'nothing remaining', 'nothing further to do',
    'no further actions', 'no actions outstanding', 'no outstanding actions',
  ],
  on_track: [
    // Ready to come: "Will be ready for Sept" is on track; negated ("Won't be ready") it is off track (NEGATED_CLASS).
    'be ready',
    // Done "in principle" waits on the final word, as "agreed in principle" does.
    'complete in principle', 'completed in principle',
    // Plain words for on track and nearly done (round 16).
    'going to plan', 'going according to plan', 'close to completion', 'close to being completed', 'close to complete',
  ],
  at_risk: [
    'minor issues', 'significant challenges', 'under pressure', 'touch and go',
    'halted', 'frozen', 'on ice', 'parked', 'slip', 'be late', 'progressing slowly', 'progress slowly', 'moving slowly',
    'timescales reset', 'timescale reset', 'timeline reset', 'deadline reset',
    // No one to lead the work, or no answer from those it waits on.
    'lead has left', 'lead left', 'lead to be identified', 'no lead', 'post vacant', 'not without risk', 'not without risks', 'see risk register',
    'see the risk register', 'further assurance requested', 'further assurance required', 'further assurance needed',
    'further information requested', 'further information required', ...PLAIN_SUPPORTING,
    'no movement', 'nil progress', 'zero progress',
    // Stood down for a while ("Stood down due to OPEL 4"), where "Stood down" alone closes the action (statusWords).
    'stood down due to', 'stood down because', 'stood down during', 'stood down until', 'temporarily stood down',
    // Risk named in other words: "Risk to March deadline", "Delivery challenged", "Delivery is a concern".
    'risk to', 'risks to', 'delivery challenged', 'is challenged', 'remains challenged', 'challenged by', 'a concern',
    'a real concern', 'a major concern', 'cause for concern', 'causing concern',
    // Something in place not yet working (round 22): "Action plan in place but not yet delivering", "no improvement seen yet".
    'not yet delivering', 'not delivering', 'not yet effective', 'not yet having an impact', 'no impact yet', 'no impact seen',
    'no improvement seen', 'no improvement yet', 'no improvement to date', 'no improvement evident', 'yet to show improvement',
    'yet to have an impact', 'yet to deliver improvement', 'yet to see improvement',
    // A paper turned back for more work (round 22): "Not signed off - returned for further work", "to be re-submitted".
    'returned for further work', 'returned for amendment', 'returned for amendments', 'sent back for further work',
    'to be re submitted', 'to be resubmitted',
  ],
  off_track: [
    'major issues', 'significant issues', 'serious issues', 'major problems', 'significant problems', 'serious problems',
    // A blocker named is the work blocked ("Blocker: no estates capacity"); "No blockers" is nothing wrong.
    'blocker', 'blockers', ...PLAIN_BLOCKED,
    // Not done, or off its target, in one word (round 22).
    'undelivered', 'off target',
    // Turned down, as the column word "Rejected" is (round 22); "to be re-submitted" after it is the work held up.
    'rejected',
  ],
  not_started: [],
};

/** Moved-deadline phrases among the above (REDATED_PHRASES): "Timescales reset". */
export const PLAIN_REDATED: readonly string[] = [
  'timescales reset', 'timescale reset', 'timeline reset', 'deadline reset',
];

/**
 * A lead's word that there is no doubt (REASSURANCE_PHRASES): what follows in its clause is denied, so "No
 * reason to think this won't be delivered" says nothing is wrong (status/denial.ts).
 */
export const DENIAL_PHRASES: readonly string[] = [
  'no reason to think', 'no reason to believe', 'no reason to expect',
  'nothing to suggest',
];

/**
 * Words a negator reaches through to the phrase it denies, as it does through auxiliaries: "Not expected
 * to be delayed" is no delay, as "Not delayed" is.
 */
export const NEGATION_RAISERS: readonly string[] = ['expected', 'anticipated', 'likely', 'forecast', 'predicted', 'projected'];

/**
 * A plan in the past tense (status/missed.ts): "Was meant to go live in April", "Ought to have been signed
 * off by now". The work was to happen and the entry does not say it did, so it is off track.
 */
export const MISSED_PLANS: readonly string[] = [
  'was meant to', 'were meant to', 'was supposed to', 'were supposed to', 'ought to have', 'should have been',
];

/** A date given in the past tense, off track only when the entry says the work is not done after it: "Was due in March - not yet done". */
export const MISSED_DATES: readonly string[] = ['was due', 'were due', 'was expected', 'were expected', 'expected', 'was scheduled', 'was planned'];

/** Words after a missed date that say the work is still not done: "not yet done", "but not received", "still outstanding". */
export const NOT_DONE_AFTER: readonly string[] = ['not', 'yet to', 'still', 'outstanding', 'nothing'];

/** Words a "not" before denies the work finished: "Not complete – audit shows 60%" (status/missed.ts completionDenied). */
export const DENIED_COMPLETIONS: readonly string[] = ['complete', 'completed', 'done', 'finished'];

/** Words that may stand between that "not" and the completion: "NOT yet completed", "not yet been fully done". */
export const DENIAL_FILLERS: readonly string[] = ['yet', 'been', 'fully'];

/**
 * What a denied completion was held to, after "by", "before" or "within": "Not completed by deadline", "Not
 * finished by the agreed date". The deadline passed with the work undone: off track (status/missed.ts). A date
 * named instead ("Not completed by 31 March") may be still to come, so the dates rate it.
 */
export const DEADLINE_NOUNS: readonly string[] = [
  'deadline', 'deadlines', 'due date', 'target date', 'agreed date', 'completion date', 'end date', 'original date',
  'timescale', 'timescales', 'timeframe', 'timeframes', 'time frame', 'agreed timescale', 'agreed timescales',
];
