import { GO_LIVE_VERBS } from './statusPending';

/*
 * The words that say further work is set for a later time, after a part done (SPEC 4):
 * "Guideline approved; teaching sessions planned for January" is work still going on, while
 * "Complete - next review due December 2025" is a routine check after the work is closed.
 */

/**
 * Words that set work for a time to come, when a date or period follows them in their clause:
 * "audit due December", "sessions planned for January", "kick-off 20/11/23", "go-live 1 April".
 * "Kick off" and "go live" are matched as one word (see status/scheduled.ts).
 */
export const SCHEDULE_WORDS: readonly string[] = [
  'planned', 'scheduled', 'due', 'booked', 'arranged', 'expected', 'anticipated', 'diarised', 'diarized',
  'pencilled', 'penciled', 'starts', 'begins', 'commences', 'launches', 'will', 'kickoff', 'golive',
  // The same verbs after a plural: "post holders start Nov", "new cohorts begin January" (not heading the clause).
  'start', 'begin', 'commence',
  // Round 28 (statusPending.ts): "New rota goes live with Feb rotation".
  ...GO_LIVE_VERBS,
];

/**
 * A schedule word followed by one of these is about the action's own date, not further work:
 * "Completed ahead of the planned date", "Complete (scheduled completion Dec)".
 */
export const SCHEDULE_DATE_NOUNS: readonly string[] = [
  'date', 'dates', 'deadline', 'deadlines', 'timescale', 'timescales', 'timeframe', 'timeframes', 'completion', 'end', 'finish',
];

/** A schedule word after one of these is how the work went: "Delivered as planned", "quicker than expected". */
export const SCHEDULE_COMPARERS: readonly string[] = ['as', 'than'];

/**
 * "Due to" sets a time only before one of these verbs ("advert due to go out in January");
 * before anything else it gives a cause ("Completed late due to staffing in March").
 */
export const DUE_TO_VERBS: readonly string[] = [
  'be', 'go', 'start', 'begin', 'commence', 'launch', 'take', 'run', 'open', 'restart', 'resume', 'roll', 'complete',
  'finish', 'come', 'happen', 'report', 'present', 'meet', 'end', 'conclude', 'return', 'move', 'deliver',
];

/**
 * "Due to" also sets a time before a body a paper goes to ("report due to QSC in January", "due
 * to the March Board"), when nothing names a cause after it ("due to Board delays" is one). Only
 * boards and committees: "due to team pressures" and "due to group decision" are causes.
 */
export const DUE_TO_BODIES: readonly string[] = [
  'board', 'committee', 'subcommittee', 'panel', 'forum', 'council', 'executive', 'exec', 'governors', 'cabinet',
  'qsc', 'qac', 'qgc', 'sqc', 'qpc', 'psqc', 'fpc', 'fic', 'arc', 'pcc', 'cgc', 'elt', 'elg', 'emt', 'slt', 'smt', 'icb',
];

/** Words that may follow a body and still set a time: "due to QSC in January", "due to Board next month". */
export const DUE_TO_BODY_FOLLOWERS: readonly string[] = ['in', 'on', 'at', 'for', 'by', 'next', 'this', 'meeting'];

/**
 * Checks and reviews that follow work once it is closed: further work named with one of these
 * is routine ("next review due December 2025", "annual audit planned for 2025", "re-audit scheduled for Q3").
 */
export const ROUTINE_WORDS: readonly string[] = [
  'review', 'reviews', 'reviewed', 'reviewing', 'monitoring', 'monitor', 'monitored', 'reaudit', 'update', 'updates',
  'refresh', 'renewal', 'annual', 'annually', 'yearly', 'periodic', 'routine',
];

/*
 * A report back after a step done: "Improvement plan in place; further update due January",
 * "Approved by MSG; will come to December committee", "Session held; revised BAF to November
 * Board". After a plan put in place, an approval or an event, a report still to come is the work
 * going on; after the action called complete it is routine ("Complete - update to go to QSC").
 */

/**
 * Completions that name a step put in place, not the action closed, as the end of a phrase
 * ("Improvement plan in place", "Action plan approved"); approvals and events count too.
 */
export const STEP_COMPLETIONS: readonly string[] = ['in place', 'plan approved'];

/** Words of ROUTINE_WORDS that, after a step, are a report back still to come: "further update due January". */
export const REPORT_WORDS: readonly string[] = ['update', 'updates'];

/** Before a report word, these set it for later with no schedule word: "next update January". */
export const REPORT_LEADS: readonly string[] = ['next', 'further'];

/** Verbs of a report back after "will" or "to": "will come to December committee", "to report back in March". */
export const REPORT_VERBS: readonly string[] = ['come', 'report', 'return', 'go', 'update', 'present'];

/** Past forms not ending in "-ed", so "sent to November Board" is a paper gone, not one to go. */
export const IRREGULAR_PAST: readonly string[] = ['sent', 'taken', 'given', 'brought', 'put', 'gone', 'shown', 'seen'];

/** A clause with one of these tells what happened, not what is to come: "first audit in January showed 95%". */
export const PAST_MARKERS: readonly string[] = [
  'was', 'were', 'had', 'did', 'showed', 'shown', 'found', 'took', 'went', 'attended', 'demonstrated', 'saw',
];

/**
 * A clause with one of these is a history note, not work to come (round 20): "Delivered (originally due Sept,
 * deferred to Dec)". A clause after it opening "now" is the same work's new date: "originally planned for Jan, now due March".
 */
export const HISTORY_MARKERS: readonly string[] = ['originally', 'previously', 'initially', 'formerly'];

/** Words that name no work, looked through when finding what a schedule word is about. */
export const SCHEDULE_FILLERS: readonly string[] = [
  'the', 'a', 'an', 'and', 'with', 'is', 'are', 'be', 'been', 'being', 'has', 'have', 'now', 'also', 'still',
  'currently', 'then', 'all', 'its', 'their', 'our', 'this', 'it',
];

/**
 * Words before a completion, in its clause, that make it a stopgap until the work is done:
 * "Interim process in place", "Manual workaround in place". The action is still under way.
 */
export const INTERIM_BEFORE: readonly string[] = [
  'interim', 'temporary', 'temporarily', 'stopgap', 'stop gap', 'workaround', 'work around', 'short term', 'contingency',
  // Cover for a post is a stopgap until it is filled (round 27): "Locum in place" is no post filled.
  'locum', 'locums', 'agency cover', 'bank cover',
];

/**
 * Words after a completion that make it a stopgap: "manual check in place meanwhile", "in place
 * until the EPR fix is deployed". After "pending", "until" or "while" only when what is waited for
 * is not the paperwork of closing: "SOP in place pending ratification" is done.
 */
export const INTERIM_AFTER: readonly string[] = [
  'meanwhile', 'in the meantime', 'in the interim', 'for now', 'for the time being', 'temporarily', 'as an interim',
  'as a temporary', 'as a stopgap', 'as a stop gap', 'pending', 'until', 'till', 'while', 'whilst',
];

/** The words of INTERIM_AFTER that wait on something, which may be only closing paperwork. */
export const INTERIM_WAITS: readonly string[] = ['pending', 'until', 'till', 'while', 'whilst'];

/**
 * On-track phrases that, right after a completion in its clause, say how it went rather than
 * that work goes on: "Completed on schedule", "Delivered as planned in Q2".
 */
export const MANNER_PHRASES: readonly string[] = [
  'on track', 'on target', 'on schedule', 'on plan', 'on course', 'as planned', 'on trajectory', 'within timescale',
];

/**
 * Words that forecast the work's completion (SPEC 4): "Expected to complete by March", "Due to complete
 * Q4", "Anticipated completion Jan 25", "Completion expected end of Dec". A lead forecasting the end of
 * work under way says it is on track, where nothing else in the entry says how it stands; a date given
 * again ("now expected end of Q3") is a date moved (REDATED_PHRASES), which says more. Not "will" or "to
 * be", which as often set out work not yet begun ("To be completed by March").
 */
export const FORECAST_WORDS: readonly string[] = [
  'expected', 'anticipated', 'forecast', 'forecasted', 'forecasting', 'projected', 'estimated', 'due', 'aim', 'aiming',
  'aims', 'on course', 'set',
  // The lead's own forecast in the present tense: "Anticipate completion in Q4", "Expect to complete by March".
  'anticipate', 'anticipating', 'expect', 'expecting',
];

/** What a forecast is of: the work's completion or delivery, as the forecast words name it. */
export const FORECAST_ENDS: readonly string[] = [
  'complete', 'completed', 'completion', 'finish', 'finished', 'finishing', 'deliver', 'delivered', 'delivery', 'conclude',
  'close', 'closure', 'go live', 'golive',
];

/**
 * Forecast words that, with only a time after them, forecast the work's end (round 24): "Not yet complete, expected
 * by end Nov", "anticipated in March". Not "due", "set" or "aim", which with a bare date restate a deadline ("Due by end Nov").
 */
export const FORECAST_BARE_WORDS: readonly string[] = ['expected', 'anticipated', 'forecast', 'forecasted', 'projected', 'estimated'];

/** Words between a bare forecast word and its time: "expected by the end of Nov", "anticipated in early March". */
export const FORECAST_TIME_LEADS: readonly string[] = [
  'by', 'in', 'for', 'before', 'around', 'at', 'the', 'end', 'start', 'beginning', 'early', 'mid', 'late', 'of', 'w/c', 'wc',
];

/**
 * Round 26: words that send a paper on to a meeting when "now" heads them and a date or period follows ("Position paper
 * now to Jan CAB", "now going to next Board"): a later meeting than the one planned, slippage as "deferred to Jan CAB"
 * is. Not "now to be", "now to go live", where "to" opens a verb, and not after a completion (its next stage).
 */
export const NOW_TO_LEADS: readonly string[] = ['now to', 'now going to', 'now goes to', 'now taken to', 'now being taken to'];
