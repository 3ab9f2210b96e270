import type { StatusSignal } from './status';

/*
 * The status vocabulary of an action's plan changing under it (SPEC 4), from NHS board and committee
 * action trackers: closed by other means (replaced, absorbed into business as usual), carried over or
 * re-planned to a later date, held up by a condition or a failed recruitment, and how far a roll-out
 * got. Spread into STATUS_PHRASES (./status); the same rules of matching apply.
 */

/**
 * Where a closed action's work went, written with "BAU" or in full: each phrase is read both ways.
 * "To" here is where the work went, not a future completion ("to be completed").
 */
const BAU_PHRASES: readonly string[] = [
  'moved to bau', 'moved into bau', 'transferred to bau', 'transferred into bau', 'handed over to bau', 'handed to bau',
  'transitioned to bau', 'transitioned into bau', 'now bau', 'embedded into bau', 'embedded in bau', 'embedded within bau',
  'embedded as bau', 'part of bau', 'absorbed into bau', 'incorporated into bau', 'mainstreamed into bau',
  // "Ongoing - BAU": the work goes on as routine, so the action is closed, as "BAU" alone is.
  'on going bau', 'bau on going',
];

/** Each BAU phrase, and the same with "business as usual" written out. */
const bauBothWays = (phrases: readonly string[]): string[] =>
  phrases.flatMap((p) => [p, p.replace(/\bbau\b/, 'business as usual')]);

/** Money refused, with the words trackers put between ("Funding now withdrawn", "Bid has been rejected"); the bare forms are in ./status. */
const REFUSED = ['rejected', 'declined', 'refused', 'withdrawn'];
const REFUSED_OF = ['funding', 'bid', 'business case'];
const REFUSED_BY = ['now', 'has been', 'was'];
const refusals = (): string[] => REFUSED_OF.flatMap((what) => REFUSED.flatMap((verb) => REFUSED_BY.map((by) => `${what} ${by} ${verb}`)));

/**
 * Work that cannot go on: blocked (SPEC 4), off track, as "Funding has not been secured; project cannot
 * proceed" is; but with what it waits on after it ("Cannot proceed until funding confirmed", "cannot
 * progress without a lead") it is held up, at risk (status/resolve.ts).
 */
export const BLOCKED_PHRASES: readonly string[] = ['can not go ahead', 'can not progress', 'can not proceed'];

/** Words after a blocked phrase that name what it waits on, so it is held up, not blocked: "until", "without", "pending". */
export const BLOCKED_WAITS: readonly string[] = ['until', 'till', 'unless', 'before', 'once', 'when', 'without', 'pending', 'subject', 'while', 'whilst'];

/**
 * Places live: a count before them is a roll-out on the way ("2 of 5 sites live"), "All sites live" is
 * done. They yield to any other phrase in their entry (SUPPORTING_PHRASES), as they say how far a
 * roll-out got rather than how the action stands: "Partially implemented; two sites live, third by January".
 */
export const PLACES_LIVE: readonly string[] = [
  'sites live', 'site live', 'wards live', 'ward live', 'practices live', 'services live', 'teams live', 'areas live',
  'units live', 'hubs live', 'pcns live', 'trusts live', 'hospitals live', 'departments live', 'clinics live',
];

/**
 * Aims and targets met "in part": written out, since "objectives met" would otherwise be matched
 * first and read as done (the longest phrase at a place wins, not one starting later).
 */
const MET_PHRASES: readonly string[] = [
  'objectives met', 'objective met', 'aims met', 'aim met', 'objectives achieved', 'aims achieved', 'target met',
  'targets met', 'target achieved', 'targets achieved', 'trajectory met', 'trajectory achieved',
];

export const PLAN_PHRASES: Readonly<Record<Exclude<StatusSignal, 'not_started'>, readonly string[]>> = {
  complete: [
    ...bauBothWays(BAU_PHRASES),
    // Replaced by another action, as "superseded by" is; not "lead replaced by", which is no closure.
    'replaced by action', 'replaced by new action', 'replaced by a new action', 'replaced by actions',
    // What the action set out to do, done ("Task and finish group stood down - objectives met").
    'objectives met', 'objective met', 'aims met', 'aim met', 'objectives achieved', 'aims achieved',
    ...PLACES_LIVE,
  ],
  on_track: [
    // A draft with someone for comment or approval is a step on the way ("Final draft with Chief Nurse for approval").
    'draft with',
    // Work stopped and started again, as "restarted" is ("Project reinstated following review").
    're instated',
    // A paper out for comment is on its way to sign-off ("Draft SOP circulated to divisions for comment"),
    // when the entry says no more (see SUPPORTING_PHRASES): "Complete; sent to staff for comment" is done.
    'for comment', 'for comments',
  ],
  at_risk: [
    // Carried over to a later year or plan, as carried forward is (a re-dating, also in REDATED_PHRASES).
    'carried over', 'carry over', 'carry forward',
    // A plan re-profiled, re-phased or re-baselined has had its dates moved (also in REDATED_PHRASES).
    're profiled', 're phased', 're baselined', 're planned',
    // A post re-advertised was not filled the first time, as "recruitment unsuccessful" says.
    're advertised', 're advertise', 're advertising',
    // Work that cannot start waits on something ("cannot start until a replacement is in post").
    'can not start', 'can not begin', 'can not commence',
    // An approval given on a condition not yet met (see CONDITION_MARKERS for "approved pending funding").
    'conditional approval', 'conditionally approved', 'conditionally agreed', 'conditionally supported',
    'approved conditionally', 'agreed conditionally',
    ...MET_PHRASES.map((p) => `${p} in part`),
  ],
  off_track: [...refusals(), ...BLOCKED_PHRASES],
};

/**
 * Plans for doing the work, and what sets out its time: in place, such a plan is a step towards the
 * work, not the work done ("Agreed at ELT; implementation plan in place"), where "Policy in place" is
 * the thing itself. Not an action or improvement plan, which answers a finding and is as often what
 * the action asks for ("Non-compliant (action plan in place)"). Words as status/clauseWords.ts reads them.
 */
export const WORK_PLAN_PHRASES: readonly string[] = [
  'implementation plan', 'implementation plans', 'delivery plan', 'delivery plans', 'project plan', 'project plans',
  'roll out plan', 'rollout plan', 'mobilisation plan', 'mobilization plan', 'transition plan', 'work plan', 'workplan',
  'programme plan', 'milestone plan', 'timeline', 'timelines', 'timetable', 'trajectory', 'trajectories', 'proposal',
  'proposals', 'business case', 'project initiation document', 'pid',
];
