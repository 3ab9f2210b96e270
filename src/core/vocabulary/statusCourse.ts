/*
 * Round 27 (a fresh reviewer's misreads): how trackers say the course of the work went wrong or has yet to
 * begin, read by status/entryCourse.ts and as phrases (vocabulary/status.ts). Data only.
 */

/** The ways a post goes out to advert (status: on track once), which "again" or a repeat count makes a setback. */
const ADVERTS: readonly string[] = ['advert', 'advertised', 'out to advert', 'gone out to advert', 'out to advertisement'];
const REPEATS: readonly string[] = [
  'for second time', 'for the second time', 'for a second time', 'for third time', 'for the third time', 'for a third time',
  'for a second round', 'for second round', 'for a third round', 'again', 'once again', 'a second time', 'a third time',
];

/** Phrases read as a class of their own (STATUS_PHRASES), each with the reason it is that class. */
export const COURSE_PHRASES: Readonly<Record<'on_track' | 'at_risk' | 'not_started', readonly string[]>> = {
  on_track: [
    // A meeting that ends with next steps agreed is a step on the way, not the work done.
    'next steps agreed', 'next steps identified', 'next steps confirmed', 'next steps being agreed', 'next steps to be agreed',
    'next steps being identified', 'next steps to be confirmed',
    // A job offer is recruitment under way; the start (status/posts.ts) or "in post" closes it.
    'offer made', 'offers made', 'offer accepted', 'offers accepted', 'conditional offer made', 'conditional offer accepted',
    'offer issued', 'offers issued', 'job offer made', 'job offer accepted',
  ],
  at_risk: [
    // A post out to advert a second time failed to recruit the first time, as "re-advertised" says.
    ...ADVERTS.flatMap((a) => REPEATS.map((r) => `${a} ${r}`)),
    // "go live at" names a place (IGNORED_PHRASES); followed by "risk" it is the go-live at risk.
    'go live at risk', 'go live date at risk', 'launch at risk', 'opening at risk', 'delivery date at risk',
    // A post unfilled is a shortfall, as "post vacant" is (statusPlain.ts); cover in place after it does not close it.
    'post unfilled', 'posts unfilled', 'post remains unfilled', 'post still unfilled', 'post remains vacant',
    'post still vacant', 'posts vacant', 'posts remain vacant', 'posts still vacant',
  ],
  not_started: [
    // Nothing done yet, as "no work started yet" says.
    'no work undertaken', 'no work undertaken yet', 'no work has been undertaken', 'nothing undertaken',
    'nothing undertaken yet', 'no work yet undertaken',
    // "Not yet due to start": the work's start has not come, which "not yet due" alone (a retraction) would swallow.
    'not yet due to start', 'not yet due to begin', 'not yet due to commence',
  ],
};

/** Verbs before "meet" that rule the deadline out (status/entryCourse.ts): "Will not meet March deadline". */
export const MEET_DENIALS: readonly string[] = [
  'will not', 'wont', "won't", 'won’t', 'cannot', 'can not', "can't", 'can’t', 'not going to', 'will fail to', 'is not going to',
  'unable to', 'not able to', 'unlikely to', 'not likely to',
];

/** What a forecast miss is of: "deadline", "target date", "March deadline". */
export const MEET_TARGETS: readonly string[] = [
  'deadline', 'deadlines', 'target date', 'due date', 'completion date', 'timescale', 'timescales', 'timeframe', 'end date',
  // A performance target or its path, and a plan's own milestones (round 30).
  'target', 'targets', 'trajectory', 'milestone', 'milestones', 'timeline', 'timelines',
];

/** Hedges that make a completion in doubt: "may not complete by March" is a risk. */
export const DOUBT_HEDGES: readonly string[] = ['may not', 'might not', 'may well not', 'possibly will not'];

/** A decision withheld at a meeting ("Not signed off at QSC"), which work asked for after it makes a risk. */
export const WITHHELD_DECISIONS: readonly string[] = [
  'signed off', 'approved', 'agreed', 'ratified', 'accepted', 'endorsed', 'supported',
];

/** Refusals of a closure, after "closure" ("Closure declined by the Board"); WITHHELD_DECISIONS negated say the same. */
export const CLOSURE_REFUSALS: readonly string[] = ['declined', 'refused', 'rejected', 'turned down', 'deferred'];

/** Work asked for after a decision withheld: "further work requested", "more assurance required". */
export const SENT_BACK_WORK: readonly string[] = [
  'further work', 'more work', 'additional work', 'further assurance', 'more assurance', 'further information',
  'more information', 'further detail', 'more detail', 'amendments', 'revisions', 'changes',
];

/** How work is asked for: "further work requested". */
export const SENT_BACK_ASKS: readonly string[] = ['requested', 'required', 'needed', 'asked for', 'requested by', 'required by'];

/**
 * Words before "outstanding" that make it a rating or an adjective, not an item still to do: "Rated outstanding",
 * "an outstanding service".
 */
export const OUTSTANDING_NOT_ITEM: readonly string[] = [
  'rated', 'rating', 'as', 'was', 'were', 'been', 'be', 'an', 'a', 'the', 'cqc', 'overall', 'achieved', 'due',
  // A count of items left ("Two actions outstanding") says how much is left, not which: left to the dates.
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'some', 'several', 'few', 'many', 'all',
  'no', 'nothing',
];

/** Words of a delivery or completion, denied before "as planned" (status/entryCourse.ts): "Not launched in October as planned". */
export const DELIVERY_WORDS: readonly string[] = [
  'complete', 'completed', 'delivered', 'achieved', 'implemented', 'finished', 'launched', 'rolled out', 'go live', 'gone live',
  'went live', 'live', 'in place', 'done', 'met', 'signed off', 'opened', 'introduced', 'started', 'commenced', 'begun',
  'published', 'approved', 'agreed', 'recruited', 'appointed', 'installed', 'held', 'happen', 'happened', 'take place',
  'taken place', 'progress', 'progressed', 'deliver', 'achieve', 'implement', 'launch', 'roll out', 'open', 'start',
];

/** How a plan is said, after a delivery denied: "as planned", "as expected", "as scheduled". */
export const AS_PLANNED: readonly string[] = [
  'as planned', 'as expected', 'as scheduled', 'as intended', 'as anticipated', 'as hoped', 'as agreed', 'as forecast',
  'as originally planned', 'as per plan', 'according to plan', 'on schedule', 'on time',
];

/** Adverbs that make "not … on track" a part only (status/resolve.ts): "Not fully on track" is at risk, not off track. */
export const ON_TRACK_IN_PART: readonly string[] = ['fully', 'entirely', 'wholly', 'completely', 'quite', 'totally', 'altogether', 'always'];

/**
 * Cover, a stopgap when the entry names the gap it covers (status/interim.ts): "Registrar gap - cover in place". Alone
 * it may be another kind ("Indemnity cover in place"); a locum is always one (INTERIM_BEFORE).
 */
export const COVER_WORDS: readonly string[] = ['cover', 'acting up cover', 'cross cover'];

/** A post or person missing, which cover in place only bridges. */
export const GAP_WORDS: readonly string[] = [
  'unfilled', 'vacant', 'vacancy', 'vacancies', 'gap', 'gaps', 'unable to recruit', 'not recruited', 'not yet recruited',
  'not appointed', 'not yet appointed', 'long term sick', 'sick leave', 'maternity leave', 'absence',
];

/**
 * Words that name no measure around a level against its target (status/target.ts): "Currently 40%, trajectory 60% by
 * Dec", "Achieving 92% vs 90% standard". A clause of only these, numbers and times names no measure, so a target of half
 * or more is read as a rising measure's; "DPI share 38% against 50% target" names one whose direction is not known.
 */
export const UNNAMED_LEVEL_WORDS: readonly string[] = [
  'currently', 'current', 'now', 'at', 'is', 'are', 'we', 'stands', 'standing', 'achieving', 'achieved', 'running',
  'level', 'position', 'performance', 'overall', 'against', 'vs', 'versus', 'v', 'compared', 'to', 'with', 'the', 'a',
  'an', 'of', 'by', 'end', 'per', 'cent', 'percent', 'ytd', 'target', 'trajectory', 'standard', 'threshold', 'ambition',
  'goal', 'plan',
];
