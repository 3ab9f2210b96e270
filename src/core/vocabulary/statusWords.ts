import type { StatusClass } from '../types';
import { PLAIN_REDATED } from './statusPlain';
import { COMPLIANCE_WHOLE_ENTRY } from './statusCompliance';
import { SCOPE_REMOVED_WHOLE_ENTRY } from './statusPending';

/*
 * The status vocabulary's whole-entry words, entry labels and moved-deadline phrases (SPEC 4);
 * the phrases read inside sentences are in ./status.
 */

/**
 * What a whole entry means when it is one of these words, as Open/Closed, Complete? and RAG
 * columns hold. Single letters count only here, never inside a sentence. A two-colour rating
 * takes the worse colour. Entries mapped to unknown ("Open", "No") still count as the entry's
 * word, so a later "Open" overrides an earlier "Done".
 */
export const WHOLE_ENTRY_WORDS: Readonly<Record<string, StatusClass>> = {
  closed: 'complete', complete: 'complete', completed: 'complete', done: 'complete', yes: 'complete', y: 'complete',
  blue: 'complete', b: 'complete', c: 'complete', '✓': 'complete', '✔': 'complete', '✅': 'complete', '🔵': 'complete',
  // Marks pasted from Teams or Loop: a green, amber or red circle, a warning sign, a cross.
  '🟢': 'on_track', '🟡': 'at_risk', '🟠': 'at_risk', '🔴': 'off_track', '⚠': 'at_risk', '❌': 'off_track',
  cancelled: 'complete', canceled: 'complete', withdrawn: 'complete', superseded: 'complete', 'stood down': 'complete',
  bau: 'complete', 'business as usual': 'complete', embedded: 'complete', 'not required': 'complete', nfa: 'complete',
  green: 'on_track', g: 'on_track', grey: 'not_started', gray: 'not_started',
  // A task tool's RYG scale (Smartsheet) writes amber as yellow.
  yellow: 'at_risk',
  amber: 'at_risk', a: 'at_risk', 'amber green': 'at_risk', 'green amber': 'at_risk', 'a g': 'at_risk', 'g a': 'at_risk',
  ag: 'at_risk',
  red: 'off_track', r: 'off_track', 'amber red': 'off_track', 'red amber': 'off_track', 'a r': 'off_track',
  'r a': 'off_track', ar: 'off_track',
  open: 'unknown', no: 'unknown', n: 'unknown', reopened: 'unknown', 're opened': 'unknown',
  met: 'complete', compliant: 'complete', agreed: 'complete', launched: 'complete', live: 'complete', 'rolled out': 'complete', continuing: 'on_track',
  duplicate: 'complete', 'for closure': 'complete', partly: 'at_risk',
  late: 'at_risk', partial: 'at_risk', 'high risk': 'off_track', 'medium risk': 'at_risk', 'low risk': 'on_track',
  'major risk': 'off_track', 'moderate risk': 'at_risk', endorsed: 'complete', rejected: 'off_track', declined: 'off_track',
  // A risk matrix's top grade, alone in a status column ("Critical"); not a priority, which is no status column's word.
  critical: 'off_track', 'critical risk': 'off_track', breached: 'off_track', breach: 'off_track',
  // Work handed to another body or plan, closed here as "transferred to" is (EVENT_PHRASES).
  transferred: 'complete',
  outstanding: 'unknown', embedding: 'on_track',
  // Action-log short forms: not yet due ("NYD", "N/Y/D"), open as "not yet due" is (NOT_YET_DUE_PHRASES); not yet started.
  nyd: 'unknown', 'n y d': 'unknown', nys: 'not_started', 'n y s': 'not_started',
  // An audit recommendation management chose not to implement: closed, as one withdrawn is.
  'risk accepted': 'complete',
  // A PMO dropdown's and a lead's one-word states (statusPlain.ts): "Operational", "Challenged".
  operational: 'complete', challenged: 'at_risk', challenging: 'at_risk', halted: 'at_risk',
  // A compliance framework's rating of a standard, alone in the cell (statusCompliance.ts): "Not met" is an open standard.
  ...COMPLIANCE_WHOLE_ENTRY,
  // The action taken out of scope ("Descoped"), closed as "Cancelled" is (statusPending.ts).
  ...SCOPE_REMOVED_WHOLE_ENTRY,
};

/**
 * Whole-entry words that head a note after a comma as well as after a bracket, colon or dash: "Live, call
 * answer 92%" is the service live, with how it performs. Not "Yes" or "No", which open sentences as often
 * ("Yes, we will meet in G block").
 */
export const COMMA_NOTE_WORDS: readonly string[] = ['live'];

/**
 * RAG codes that, heading an entry before a dash or colon, are the lead's rating of it: "R - no
 * progress", "A: awaiting data", "A/G - minor slippage". Other one- and two-letter words are read
 * only alone ("Y", "No, see minutes"). Written as WHOLE_ENTRY_WORDS keys are.
 */
export const RATING_CODES: readonly string[] = ['r', 'a', 'g', 'b', 'a g', 'g a', 'a r', 'r a', 'ag', 'ar'];

/**
 * Words after a completion in the same entry that say part of the work is still to do:
 * "Complete for adults; children's outstanding", "Pilot completed - roll out to follow",
 * "Completed except for Newham site". Negated ("nothing outstanding") they say nothing.
 */
export const REMAINING_PHRASES: readonly string[] = [
  'outstanding', 'remaining', 'to follow', 'still to be', 'yet to be', 'except', 'except for', 'apart from',
  'with the exception of',
];

/**
 * Only the paperwork of closing, when one of these is what remains: "Complete - evidence to
 * follow" and "Complete, sign-off outstanding" stay complete, as "Complete, awaiting sign-off" does.
 */
export const CLOSING_WORDS: readonly string[] = [
  'sign', 'signed', 'signoff', 'closure', 'close', 'closed', 'closing', 'evidence', 'formal', 'formally',
  'paperwork', 'minutes', 'ratification', 'ratified', 'approval', 'approved', 'confirmation', 'assurance',
  'noting',
];

/**
 * Words of a completion that close the action rather than say its work was done ("Closed", "Withdrawn",
 * "Risk accepted", "No longer required"): a negated completion after one says the action was closed
 * without the work ("Closed - not implemented"), not that part of it is still to do.
 */
export const CLOSURE_WORDS: readonly string[] = [
  'closed', 'close', 'closure', 'withdrawn', 'cancelled', 'canceled', 'superseded', 'stood', 'longer', 'accepted',
  'duplicate', 'bau', 'nfa', 'required', 'applicable', 'transferred', 'merged',
];

/**
 * Not-started phrases that, once the cell or entry has said the work is under way, say it has
 * stopped: "On track; escalated to COO as no progress with estates" is stalled (off track, SPEC 4).
 */
export const STALL_PHRASES: readonly string[] = [
  'no progress', 'not progressed', 'not been progressed', 'no movement', 'nil progress', 'zero progress',
];

/**
 * Short forms of action logs, read as their full form when they open an entry: "C/F to next
 * meeting" is carried forward (so re-dated), "Cmpl - see evidence log" complete. Not "B/F"
 * (brought forward says the action was on the last log, not how it stands), nor "IP" or "N/S",
 * which stand for other things as often.
 */
export const STATUS_SHORT_FORMS: Readonly<Record<string, string>> = {
  cmpl: 'complete', cmplt: 'complete', cmpltd: 'completed', compl: 'complete', compltd: 'completed',
  'c/f': 'carried forward', 'c/fwd': 'carried forward', cfwd: 'carried forward', 'i/p': 'in progress',
};

/** Labels stripped from the start of an entry before it is read ("Update:", "NEW ACTION:"). */
export const STATUS_PREFIXES: readonly string[] = [
  'update', 'latest update', 'progress', 'progress update', 'comment', 'comments', 'new action', 'revised action',
  'status', 'rag', 'rag status', 'position', 'note', 'current position', 'status update', 'brag', 'brag status',
  'rag rating',
];

/** Phrases that say a deadline has moved (SPEC 3 "revisions"); `readStatus` reports `redated`. */
export const REDATED_PHRASES: readonly string[] = [
  'deadlines adjusted', 'deadline adjusted', 'timescales adjusted', 'timescale adjusted', 'timescales revised',
  'revised timescale', 'revised timescales', 'revised date', 'revised deadline', 'new date', 'new deadline',
  'new time frame', 'new timeframe', 're scheduled', 'deferred', 'moved to', 'delayed to', 'pushed back',
  'postponed', 'extended to', 'deadline extended', 're dated', 'reorganised to', 'reorganized to', 'put back to',
  'slipped to', 'carried forward', 'rolled over', 'rolled forward', 'deadlines extended', 'timescale extended',
  'timescales extended', 'timescale revised', 'deadline revised', 'date revised', 'extension agreed', 'extension granted',
  'extension approved', 'revised target date', 'revised due date', 'revised completion date', 'revised implementation date',
  'revised end date', 'new target date', 'new due date', 'new completion date', 'date changed', 'dates changed',
  'deadline changed', 'timescale changed', 'timescales changed',
  'trajectory revised', 'revised trajectory', 'new trajectory', 'trajectory reset', 'trajectory re set', 'trajectory rebased',
  'rebased trajectory', 'target revised', 'revised target', 'trajectory re profiled', 're profiled trajectory',
  // Carried over as carried forward is; a plan re-profiled or re-baselined has its dates moved.
  'carried over', 'carry over', 'carry forward', 're profiled', 're phased', 're baselined', 're planned',
  'slipped into', 'pushed into', 'pushed out to', 'delayed until', 'put back until', 'pushed back until', 'moved back to',
  // "Now expected end of Q3", "Target date now 31 March": a date given again is a date moved.
  'moved from', 'now expected', 'now anticipated', 'now forecast', 'now projected', 'now due', 'date now', 'dates now', 'deadline now',
  'timescale now', 'timescales now', 'completion now', 'target now', 'go live now',
  // A plan's timeline redrawn is its dates moved ("Revised timeline agreed").
  'revised timeline', 'revised timelines', ...PLAIN_REDATED,
];

/**
 * A moved-deadline phrase with one of these words says a deadline moved only when a date or period
 * follows it (see REDATED_DATE_WORDS): "moved to next Board", "moved from Sept to Dec", "slipped into Q1", "now expected end of
 * Q3", but not "moved to the estates team" or "now due to start in March", where "to" opens a verb.
 */
export const REDATED_LINKS: readonly string[] = ['to', 'into', 'until', 'from', 'now'];

/**
 * A phrase above with a word of REDATED_LINKS only says a deadline moved when a date or period follows
 * it within a few words ("extended to March", "moved to next Board"), not in "extended to
 * wider executive colleagues". These words (with any number, a month, a season or Q1-Q4)
 * are what tells the date.
 */
export const REDATED_DATE_WORDS: readonly string[] = [
  'next', 'following', 'end', 'mid', 'early', 'late', 'beginning', 'tbc', 'tbd', 'week', 'weeks', 'month',
  'months', 'quarter', 'year', 'years', 'spring', 'summer', 'autumn', 'winter',
];

/**
 * Headers of a task tool's tick column (Smartsheet's "At Risk" box, Planner's "Late"), folded as
 * headers are (normaliseHeader), and what a ticked cell there says: what the header says, as the
 * status phrases read it ("Blocked" is off track); a header that says nothing ("Flag") flags a risk.
 */
export const TICK_HEADERS: Readonly<Record<string, StatusClass>> = {
  'at risk': 'at_risk', 'is at risk': 'at_risk', late: 'at_risk', 'is late': 'at_risk', flag: 'at_risk', flagged: 'at_risk',
  'risk flag': 'at_risk', blocked: 'off_track', 'is blocked': 'off_track', 'off track': 'off_track',
};

/** Headers of a task tool's labels column (Planner's "Labels", "Tags"), folded: a label naming a risk ("Blocked") flags one. */
export const LABEL_HEADERS: readonly string[] = ['label', 'tag'];

/** A ticked cell, as a tick column is exported: a boolean TRUE (read as "true"), "Yes", a tick mark. */
export const TICKED_WORDS: readonly string[] = ['true', 'yes', 'y', 'x', '✓', '✔', '☑', '✅'];

/** Header words naming a colour scale with Blue for complete work ("BRAG", "B-RAG status"), folded as headers are. */
export const BLUE_SCALE_HEADER_WORDS: readonly string[] = ['brag', 'b rag'];
