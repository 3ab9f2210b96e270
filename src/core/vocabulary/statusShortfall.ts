import type { StatusSignal } from './status';

/*
 * Shortfalls and plain risk words from a reviewer's false completes (round 23, SPEC 4): something put in
 * place beside news that it is not working ("In place; compliance poor", "Rota in place but vacancies remain")
 * is at risk, as the latest phrase of its entry; a pilot running or a group meeting at a frequency is work going
 * on. Phrases are built from small word lists so every order a lead types is read: "poor compliance",
 * "compliance poor", "compliance remains poor". Matched as STATUS_PHRASES are (./status spreads these in).
 */

/**
 * How well work put in place is followed: the measures a poor level of says it is not working. Not uptake or
 * use, which grow after a launch ("Launched; uptake low at 20%" is under way, round 20).
 */
const PRACTICE_MEASURES: readonly string[] = [
  'compliance', 'practice', 'adherence', 'engagement', 'completion', 'documentation', 'recording',
];

/**
 * Levels that say a measure falls short ("sub optimal" also reads "suboptimal": words may join with nothing).
 * Not "limited", which as often limits the scope ("a completion limited to a part").
 */
const SHORT_LEVELS: readonly string[] = ['poor', 'low', 'variable', 'inconsistent', 'patchy', 'sub optimal'];
/** The levels said after the measure, the common ones only: every phrase added lengthens the one scan of a cell. */
const AFTER_LEVELS: readonly string[] = ['poor', 'low', 'variable', 'inconsistent'];

/** Words between a measure and its level: "compliance remains poor", "compliance is low". Never "was": a past level is history. */
const LEVEL_LINKS: readonly string[] = ['', 'is', 'remains', 'still'];
/** The measures a level is said after ("compliance poor"); the rest are read with the level first ("poor recording"). */
const MEASURES_FIRST: readonly string[] = ['compliance', 'practice', 'adherence', 'engagement'];

/** What is left short after the work: "vacancies remain", "gaps persist". "Risks remain" is in ./status. */
const GAPS: readonly string[] = [
  'vacancies', 'vacancy', 'gaps', 'gap', 'staffing gaps', 'rota gaps', 'shortfalls', 'shortfall', 'issues', 'problems',
];
const GAP_VERBS: readonly string[] = ['remain', 'remains', 'remaining', 'persist', 'persists'];

/**
 * Time said to be short, in the predicate only: "Timescales tight", "Deadline is challenging". Not "tight
 * timescales" before, which as often says how the work was done ("Delivered within tight timescales").
 */
const TIMES: readonly string[] = ['timescale', 'timescales', 'timeline', 'timelines', 'timeframe', 'timeframes', 'deadline', 'deadlines'];
const TIGHT: readonly string[] = ['tight', 'very tight', 'challenging'];
const TIME_LINKS: readonly string[] = ['', 'is', 'are'];

/** Kinds of lead a plan names, so "no clinical lead" is read as "no lead" is (./statusPlain). */
const LEAD_KINDS: readonly string[] = [
  'clinical', 'medical', 'nursing', 'operational', 'executive', 'exec', 'project', 'programme', 'named', 'senior',
  'service', 'consultant', 'divisional', 'dedicated', 'designated', 'substantive',
];
/** A lead still to find: "Lead not yet identified", "Clinical lead not appointed" (the commonest kinds only). */
const LEAD_NOT: readonly string[] = ['not identified', 'not yet identified', 'not appointed', 'not in post'];
const LEAD_NOT_KINDS: readonly string[] = ['', 'clinical', 'medical', 'nursing', 'project', 'named'];

/** What slowed the work, said of its progress: "Vacancy in post has impacted progress", "impacting delivery". */
const IMPACT_VERBS: readonly string[] = ['impacted', 'impacting', 'impacted on', 'affected', 'affecting', 'slowed', 'hampering'];
const IMPACTED: readonly string[] = ['progress', 'delivery', 'implementation'];

/**
 * Work running since a time, when the entry says no more ("Running since July; evaluation to Dec QSC"); it yields
 * to any other phrase (SUPPORTING_PHRASES), so "In place and running since April" stays done.
 */
export const SHORTFALL_SUPPORTING: readonly string[] = ['running since', 'been running since', 'running from', 'running for'];

const cross = (a: readonly string[], b: readonly string[]): string[] => a.flatMap((x) => b.map((y) => `${x} ${y}`.trim()));

/**
 * A pilot or trial live or running: a go-ahead acted on, a step on the way, not the roll-out ("Pilot live on 2 wards").
 * Read as go-aheads (GO_AHEAD_PHRASES, ./statusApproval), so a milestone named so ("Pilot live") is still a name.
 */
export const PILOT_RUNNING_PHRASES: readonly string[] = cross(
  ['pilot', 'pilots', 'trial', 'pilot now', 'pilot is'],
  ['live', 'running', 'went live'],
);

/** No lead for the work, read as "no lead" is, also as the reason a stall stands ("Stalled - no clinical lead"). */
export const LEAD_MISSING_PHRASES: readonly string[] = [
  ...LEAD_KINDS.map((k) => `no ${k} lead`),
  ...cross(LEAD_NOT_KINDS.map((k) => `${k} lead`.trim()), LEAD_NOT),
];

export const SHORTFALL_PHRASES: Readonly<Record<StatusSignal, readonly string[]>> = {
  complete: [],
  on_track: [
    // A draft written is work on the way, as "draft produced" is.
    'draft written', 'first draft written', 'draft prepared', 'first draft prepared', 'initial draft written',
    ...SHORTFALL_SUPPORTING,
  ],
  at_risk: [
    ...cross(SHORT_LEVELS, PRACTICE_MEASURES),
    ...MEASURES_FIRST.flatMap((m) => cross(LEVEL_LINKS.map((l) => `${m} ${l}`.trim()), AFTER_LEVELS)),
    ...cross(GAPS, GAP_VERBS),
    ...TIMES.flatMap((t) => cross(TIME_LINKS.map((l) => `${t} ${l}`.trim()), TIGHT)),
    ...LEAD_MISSING_PHRASES,
    ...cross(IMPACT_VERBS, IMPACTED), 'impact on progress', 'impact on delivery',
    // A risk named as the news ("Key risk - no clinical lead identified yet"); not "principal risk", a BAF's column.
    'key risk', 'key risks',
  ],
  off_track: [],
  not_started: [],
};

/**
 * Frequencies a group meets at: a group "meeting monthly" is running, so what it was set up for is going on
 * (status/ongoing.ts). Each is read after one of MEETING_VERBS.
 */
export const MEETING_FREQUENCIES: readonly string[] = [
  'weekly', 'fortnightly', 'monthly', 'bimonthly', 'bi monthly', 'quarterly', 'regularly', 'routinely', 'every week',
  'every two weeks', 'every 2 weeks', 'every month', 'every fortnight', 'each month', 'each week', 'twice a month',
  'twice monthly', 'on a monthly basis', 'on a weekly basis', 'on a fortnightly basis', 'on a regular basis',
];

/**
 * The words of a group meeting now, before its frequency: not "met", whose meetings are over, nor a bare "meet"
 * ("They meet regularly" after people appointed is no group set up, seed 003).
 */
export const MEETING_VERBS: readonly string[] = ['meeting', 'meets', 'now meeting', 'now meets', 'continues to meet', 'continuing to meet'];

/**
 * Words of a completion that set a group up or agree its terms: beside the group meeting at a frequency, what it
 * was set up for is going on ("Group established, ToR agreed, meeting fortnightly"). Other completions stay done
 * ("Implemented; group meets monthly to monitor", "Complete; group now meets monthly as BAU").
 */
export const SET_UP_WORDS: readonly string[] = [
  'established', 'set', 'setup', 'formed', 'convened', 'agreed', 'approved', 'launched', 'stood', 'created', 'signed',
];

/**
 * Words of an audit or measure of practice: "only N%" in their clause is a level short of it ("audit shows only
 * 48% completion"), where "only 40% of wards using the tool" is a roll-out's share, under way (status/ongoing.ts).
 */
export const AUDIT_WORDS: readonly string[] = [
  'audit', 'audits', 'audited', 're audit', 'reaudit', 'spot check', 'spot checks', 'compliance', 'compliant', 'completion',
  'adherence', 'concordance',
];
