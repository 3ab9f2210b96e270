/*
 * Time-frame phrases that say a cell has no deadline (ongoing, TBC, a horizon, a dependency)
 * or that its deadline moved (a revision), lower case; the rest of the time-frame vocabulary
 * is in ./timeframe. The parser builds its patterns from these lists once, at module load.
 */

/** Phrases for work with no end date. */
export const ONGOING_WORDS: readonly string[] = [
  'on-going', 'ongoing', 'on going', 'continuous', 'continuously', 'continual', 'continuing', 'monthly',
  'bi-monthly', 'bimonthly', 'quarterly', 'weekly', 'fortnightly', 'daily', 'annually', 'yearly', 'six monthly',
  '6 monthly', 'biannually', 'business as usual', 'bau', 'as required', 'as needed', 'as and when', 'regularly',
  'routine', 'rolling', 'every month', 'every quarter', 'every year', 'each month', 'each quarter', 'each year',
  'once a month', 'once a quarter', 'once a year', 'throughout the year', 'standing item', 'until further notice',
  'every meeting', 'each meeting', 'every board', 'each board', 'twice yearly', 'twice a year', 'half yearly', 'termly',
  'every 2 weeks', 'every two weeks', 'every 3 months', 'every three months', 'every 6 months', 'every six months',
  'every 12 months', 'every twelve months', 'semi-annually', 'bi-annually', 'standing agenda item',
  'biweekly', 'ad hoc', 'adhoc', 'as necessary', 'no end date',
];

/** What may stand between "every" and a unit or month for recurring work ("Every other month", "Every 2nd week"). */
export const EVERY_COUNT_WORDS: readonly string[] = ['other', 'second', '2nd', 'third', '3rd', 'two', 'three', 'four', 'six', 'twelve'];
/** The units recurring work is counted in after "every" ("Every 4 weeks"); a month's name may stand instead ("Every April"). */
export const EVERY_UNIT_WORDS: readonly string[] = ['day', 'days', 'week', 'weeks', 'month', 'months', 'quarter', 'quarters', 'year', 'years'];

/** Words before a meeting word that make it a recurring slot, not one meeting ("Each QSC", "Every ELT"). */
export const EVERY_WORDS: readonly string[] = ['every', 'each'];

/**
 * Adjectives of recurring work ("Annual", "Bi-annual review"): ongoing when the cell gives no
 * date, but often a one-off deliverable's name ("Annual report - June 2024"), so never a
 * leading phrase that hides a date after it.
 */
export const RECURRING_WORDS: readonly string[] = [
  'annual', 'bi-annual', 'biannual', 'semi-annual', 'biennial', 'annual review', 'annual cycle',
];

/**
 * Words that name a deadline inside an ongoing cell ("Ongoing - deadline Q2", "BAU (target date
 * 31/08/24)"), besides the "by" words of DEADLINE_WORDS: a date after one is the work's deadline.
 */
export const ONGOING_DEADLINE_WORDS: readonly string[] = ['due', 'deadline', 'target', 'target date', 'completion date'];

/**
 * Words in ongoing or recurring work that name when it is next looked at ("Ongoing - next review
 * Dec 27", "Quarterly - report to QSC Nov", "Annually - next due Sept"): a date or meeting after
 * one is the deadline, the next time the work must be reported on. Past tenses ("reviewed") tell
 * of a review done, so are not here.
 */
export const NEXT_REVIEW_WORDS: readonly string[] = [
  'review', 'report', 'reporting', 'update', 'due', 'progress report', 'progress update', 'report back',
];

/** Words that may join a next-review word to its date or meeting ("report to QSC Nov", "review at Dec Board"). */
export const NEXT_REVIEW_LINK_WORDS: readonly string[] = ['to', 'at', 'in', 'on', 'date', 'back to', 'the'];

/**
 * Words after a date that make it a start with no end ("March 2024 onwards", "From Q2 and
 * beyond"): the work carries on from then, so the date is not a deadline.
 */
export const OPEN_END_WORDS: readonly string[] = [
  'onwards', 'onward', 'and beyond', 'and thereafter', 'and ongoing', 'and on-going', '& ongoing', '& on-going',
];

/**
 * Words before a date that make it where the work starts ("Commencing Jan 2025", "Start date: Jan 25",
 * "With effect from 1 April", "From April 2025"): with no end given there is no deadline to miss
 * ("from" with an end, "From Jan 25 until Mar 25", is a range to it). "Beginning" and "start of" are
 * the early part of a window ("Beginning of April"), so they are qualifiers, not these.
 */
export const START_WORDS: readonly string[] = [
  'start date', 'planned start', 'start', 'starts', 'starting', 'starting from', 'started', 'commencing', 'commencing from',
  'commences', 'commence', 'commenced', 'commencement', 'commencement date', 'effective from', 'effective',
  'with effect from', 'w.e.f.', 'w.e.f', 'wef', 'go live from', 'in place from', 'begins', 'begin', 'from',
];

/**
 * Words after a start that give the end ("Starting Jan, complete by March", "Start: Jan 25 End: Mar 25"),
 * whose date is then the deadline; "by" and the like are read as deadline words after them.
 */
export const START_END_WORDS: readonly string[] = [
  'until', 'till', 'to', 'through', 'thru', 'by', 'complete', 'completed', 'completion', 'completion date', 'complete by',
  'end', 'end date', 'ending', 'ends', 'finish', 'finishing', 'finish date', 'due', 'due by', 'deadline', 'no later than',
  'before', 'target date', 'target',
];

/** Phrases that say the date is not set yet. */
export const TBC_WORDS: readonly string[] = [
  'tbc', 'tba', 'tbd', 'to be confirmed', 'to be agreed', 'to be decided', 'to be determined', 'to be developed',
  'to be arranged', 'to be scheduled', 'to be set', 'to be defined', 'to be discussed', 'to be identified',
  'to be finalised', 'to be finalized', 'to be reviewed', 'not yet set', 'not yet agreed', 'not yet known',
  'not known', 'unknown', 'not set', 'no date', 'no deadline', 'not applicable', 'n/a', 'new time frame',
  'new timeframe', 'new timescale', 'na',
  'not yet scheduled', 'not scheduled', 'not yet confirmed', 'not confirmed', 'unconfirmed', 'none', 'none set',
  'no target date', 'no date set', 'date not set',
];

/**
 * A whole time-frame cell that says the work is done ("Complete", "Closed"): no deadline is left
 * to rate against, and the cell is no unreadable date. Whether the step is closed is the status
 * reader's call (analyse/stepStatus.ts reads the same cell), not the time frame's.
 */
export const COMPLETION_WORDS: readonly string[] = [
  'complete', 'completed', 'closed', 'done', 'finished', 'achieved', 'delivered', 'action complete',
  'action completed', 'action closed', 'all complete', 'now complete', 'now closed',
];

/**
 * A strategy's horizons (seed 002's "Short-term 1-3 years"): no date to be rated against, read
 * as TBC, and unlike a TBC not made a deadline by a year after them ("Long term (2025+)").
 */
export const HORIZON_WORDS: readonly string[] = [
  'short term', 'medium term', 'long term', 'short to medium term', 'medium to long term',
];

/** Words that tie the date to another event; with nothing datable in the cell they mean "not set yet". */
export const DEPENDENCY_WORDS: readonly string[] = [
  'dependent on', 'dependant on', 'depending on', 'dependent upon', 'dependant upon', 'subject to', 'once',
  'following', 'after', 'when', 'pending', 'awaiting', 'contingent on', 'in line with', 'aligned with', 'aligned to',
  'depends on', 'depends upon', 'reliant on', 'reliant upon', 'conditional on', 'conditional upon', 'contingent upon',
  'on receipt of', 'upon receipt of', 'on completion of', 'upon completion of', 'upon', 'as per', 'in accordance with',
  'linked to', 'tied to', 'in conjunction with',
];

/** Words that introduce a replacement date; the date after the last one is the deadline. */
export const REVISION_WORDS: readonly string[] = [
  'revised to', 'revised date', 'revised deadline', 'revised', 'new date', 'new deadline', 'new target',
  'moved to', 'moved', 'deferred to', 'deferred until', 'deferred', 'reorganised to', 'reorganized to',
  'reorganised for', 'rescheduled to', 'rescheduled for', 'rescheduled', 'changed to', 'extended to',
  'extended until', 'extended', 'delayed to', 'delayed until', 'postponed to', 'postponed until', 'postponed',
  'pushed back to', 'put back to', 'moved back to', 'slipped to', 'amended to', 'updated to', 'adjusted to', 're-dated to', 'redated to',
  // Finance and planning teams re-profile or re-phase a plan ("Dec 24 re-profiled to Mar 25"), or agree to extend it.
  're-profiled to', 'reprofiled to', 're-profiled', 'reprofiled', 're-phased to', 'rephased to', 're-phased', 'rephased',
  'extend to', 'extend until', 'date changed', 'deadline changed', 'date changed to', 'deadline changed to',
  // Abbreviated in audit trackers: "30/09/24 (Rev 31/12/24)", "Orig 30/09/24, rev2 31/03/25", "Second revision: 31/03/25".
  'rev', 'rev.', 'rev date', 'revision', "rev'd", 'revd', 'amended',
  // Committee action logs shorten an extension and a carry forward ("15/04/26 – ext. to 14/10/26", "c/fwd to Q3").
  'ext', 'ext.', 'extn', 'extn.', "ext'n", 'c/fwd to', 'c/fwd', 'pushed to', 'pushed out to', 'pushed back',
  'brought forward to', 'brought forward', 'pulled forward to', 'moved forward to',
  'extension to', 'extension until', 'extension agreed to', 'extension agreed until', 'extension granted to',
  'extension granted until', 'extension approved to', 'extension approved until',
  // A date said to be the one now expected replaces an earlier one ("Delayed - now Feb 25", "Now due Q1").
  'now due', 'now due by', 'now expected', 'now planned for', 'now scheduled for', 'delayed now', 'slipped now',
  // Work not done in its year is carried forward into the next ("Mar 25 - c/f to 25/26"); an extension agreed is a new date.
  'c/f to', 'c/f', 'carried forward to', 'carried forward', 'carried over to', 'carried over', 'rolled over to',
  'agreed extension', 'extension agreed', 'extension granted', 'extension approved', 'approved extension',
];

/**
 * Revision words that move a deadline earlier ("Q3 - brought forward to Q2"); every other
 * revision moves it later, so a new date written without a year is the first on or after the old.
 */
export const EARLIER_REVISION_WORDS: readonly string[] = ['brought forward', 'pulled forward', 'moved forward'];

/**
 * Revision words too common to count unless a date stands on both sides ("Dec 22 now Feb 23"),
 * and the arrows people type between an old date and a new one ("Dec-23 -> Mar-24").
 */
export const WEAK_REVISION_WORDS: readonly string[] = [
  // "Initial: Q3 24/25 New: Q2 25/26": a date labelled new after another replaces it.
  'now', 'new', '->', '=>', '→', '⇒', '>',
  // "Plan: Dec 24 / Forecast: Mar 25": a forecast after a planned date is where the deadline now stands.
  'forecast', 'fcast', 'fcst', 'forecast date', 'current forecast',
];

/**
 * Words that introduce the date a deadline replaced ("Mar 24 (was Dec 23)", "December 2024
 * (originally September 2024)"): the date before them is the deadline, re-dated. Like the weak
 * words, they count only with a date on both sides.
 */
export const PREVIOUS_DATE_WORDS: readonly string[] = [
  'was', 'originally', 'previously', 'formerly', 'original date', 'original deadline', 'original', 'initially', 'initial',
  // Abbreviated in narrow cells: "31/03/25 (orig 31/12/24)", "Jan 25 (prev. Nov 24)".
  'orig', 'orig.', 'prev', 'prev.',
];

/**
 * Revision words naming the date replaced ("End Sept 2023 (revised from June)"): the date before them
 * is the deadline, re-dated; with none before, the one after ("Moved from June to Sept").
 */
export const MOVED_FROM_WORDS: readonly string[] = [
  'revised from', 'moved from', 'changed from', 'deferred from', 'delayed from', 'slipped from', 'extended from',
  'rescheduled from', 'postponed from', 'amended from', 'updated from', 'brought forward from', 'pushed back from',
  // Planning teams put back, re-profile or re-phase a plan ("Re-profiled from Q2 to Q4").
  'put back from', 'moved back from', 're-profiled from', 'reprofiled from', 're-phased from', 'rephased from',
  're-dated from', 'redated from', 'reorganised from', 'reorganized from', 'pushed from', 'pushed out from',
];

/**
 * Words after a revision word that keep it a revision of the date ("Revised date agreed: Mar 25",
 * "Extended to Mar 25", "Moved by Board - Jun 25"). Any other word after it makes the revision word
 * part of a deliverable's label ("Revised SOP – May 25", "New audit: Jun 25", "Extended pilot - Feb
 * 25"): a cell listing work and its dates, not a date moved.
 */
export const REVISION_KEEP_WORDS: readonly string[] = [
  'date', 'dates', 'deadline', 'deadlines', 'target', 'targets', 'timescale', 'timescales', 'timeframe', 'timeframes',
  'time', 'timeline', 'completion', 'due', 'end', 'agreed', 'approved', 'confirmed', 'granted', 'set', 'given', 'now',
  'again', 'back', 'forward', 'out', 'to', 'until', 'till', 'from', 'by', 'for', 'on', 'in', 'at', 'as', 'following',
  'after', 'due to', 'because', 'owing', 'pending', 'awaiting', 'into', 'and', 'x2', 'x3', 'twice', 'again',
];

/**
 * Labels that say which of a step's dates a date is ("Plan: Dec 24 / Forecast: Mar 25", "Target –
 * Mar 25; Revised – Jun 25"), besides the revision words: a cell labelled with them is one step's
 * dates, read as a revision, not a list of pieces of work each with its date.
 */
export const DATE_LABEL_WORDS: readonly string[] = [
  'plan', 'planned', 'baseline', 'target', 'agreed', 'current', 'latest', 'actual', 'expected', 'estimated', 'due',
  'date', 'deadline', 'target date', 'due date', 'end date', 'start date', 'start', 'end', 'from', 'to',
];
