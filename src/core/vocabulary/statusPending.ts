import type { StatusClass } from '../types';

/*
 * Round 28 (a fresh reviewer's misreads): work waiting on governance, a paper sent for a decision, a forecast
 * hedged, a start booked, a scope removed and a gap in a rota. Read as phrases (vocabulary/status.ts), as
 * whole-entry words (statusWords.ts) and by status/pending.ts. Data only.
 */

/** Phrases read as a class of their own (STATUS_PHRASES), each with the reason it is that class. */
export const PENDING_PHRASES: Readonly<Record<'complete' | 'on_track' | 'at_risk', readonly string[]>> = {
  complete: [
    // The action itself taken out of scope is closed, as "action withdrawn" is; a part descoped is not (no phrase).
    'action descoped', 'action de scoped', 'recommendation descoped', 'action removed from scope', 'action taken out of scope',
    'no longer in scope', 'no longer within scope',
  ],
  on_track: [
    // Work on its way through the approvals that close it: a step under way, not a hold-up.
    'going through governance', 'going through the governance process', 'going through governance process',
    'going through approvals', 'going through approval', 'going through the approval process', 'going through the approvals process',
    'going through ratification', 'progressing through governance', 'moving through governance', 'working through governance',
    'making its way through governance',
    // No gap at all: the rota covered ("Zero shifts uncovered" is no shortfall).
    'zero shifts uncovered', 'no shifts uncovered', 'zero shifts unfilled', 'no shifts unfilled',
    'no gaps in rota', 'no gaps in the rota', 'no rota gaps',
  ],
  at_risk: [
    // A named gap in the cover a rota must give: shifts no one works are a shortfall, as "post unfilled" is.
    'shift uncovered', 'shifts uncovered', 'uncovered shift', 'uncovered shifts', 'shift unfilled', 'shifts unfilled',
    'unfilled shift', 'unfilled shifts', 'shifts not covered', 'shifts remain uncovered', 'shifts still uncovered',
    'gap in rota', 'gaps in rota', 'gap in the rota', 'gaps in the rota', 'rota gap', 'rota gaps',
  ],
};

/**
 * Whole-entry words (WHOLE_ENTRY_WORDS) for the action taken out of scope: closed, as "Cancelled" and "Withdrawn"
 * are. Alone only: "Part descoped; rest on track" names a part.
 */
export const SCOPE_REMOVED_WHOLE_ENTRY: Readonly<Record<string, StatusClass>> = {
  descoped: 'complete', 'de scoped': 'complete', 'removed from scope': 'complete', 'taken out of scope': 'complete',
  'scoped out': 'complete', 'out of scope': 'complete',
};

/** Closure words heading "by" and an audit body (CLOSED_BY_WORDS): "Descoped by Audit Committee". */
export const SCOPE_REMOVED_BY: readonly string[] = ['descoped', 'de-scoped', 'removed from scope'];

/**
 * Hedged forecast words (status/forecast.ts): "Should be complete by end Jan", "Hopefully complete by March". They
 * forecast the work's end only with a time after them, since "Evidence should be completed by ward managers" says what
 * ought to happen. A hedge names no risk, so the forecast is on track and the date decides ("may not" is a doubt:
 * vocabulary/statusCourse.ts).
 */
export const HEDGED_FORECAST_WORDS: readonly string[] = ['should be', 'hopefully', 'hope to', 'hoping to', 'likely to', 'hopeful to'];

/**
 * Hedges that forecast only opening the entry, the subject left out: "Should complete by Q4". After a subject they
 * say what someone ought to do ("All staff should complete training by March").
 */
export const HEDGED_OPENING_WORDS: readonly string[] = ['should'];

/**
 * Papers that seek a decision (status/pending.ts): submitted, or on their way "to" a meeting, they wait on it.
 * Not a report or a return, which submitted may be the work done.
 */
export const DECISION_PAPERS: readonly string[] = [
  'qia', 'eqia', 'qeia', 'dpia', 'ehia', 'business case', 'bus case', 'full business case', 'outline business case', 'fbc', 'obc',
  'bid', 'funding bid', 'application', 'funding application', 'proposal', 'proposals', 'paper', 'options paper', 'sbar',
  'case for change', 'funding request', 'change request',
];

/** How a paper goes to its meeting (status/pending.ts): "Bus case to F&P Jan", "going to FPC in Feb". */
export const PAPER_TO_LEADS: readonly string[] = ['to', 'going to', 'goes to', 'due to go to', 'to go to', 'being taken to', 'to be taken to'];

/**
 * A meeting that starts the work, booked (status/pending.ts): "Kick-off meeting booked for 15/01". The start is to
 * come, as "Planned for Q4" says (round 27), so the work has not begun.
 */
export const START_MEETINGS: readonly string[] = [
  'kick off', 'kickoff', 'kick off meeting', 'kickoff meeting', 'project kick off', 'project kick off meeting',
  'initiation meeting', 'project initiation meeting', 'start up meeting', 'project start up meeting', 'launch meeting',
  'inception meeting', 'first meeting', 'initial meeting',
];

/** Words that book a meeting for a time to come. */
export const BOOKED_WORDS: readonly string[] = ['booked', 'scheduled', 'arranged', 'planned', 'diarised', 'diarized', 'set up', 'organised', 'organized'];

/** Numbered parts of a programme (status/pending.ts): "Phase 2", "Wave 1", "Tranche 3". */
export const STAGE_NAMES: readonly string[] = ['phase', 'stage', 'wave', 'tranche', 'cohort', 'release', 'sprint'];

/**
 * Words between a numbered part and its completion that name the part itself, so the part is done: "Phase 2
 * implementation completed", "Phase 2 works complete". Any other word names a step of the part ("Phase 2 creative
 * signed off", "stage 2 design agreed"), which leaves the part under way.
 */
export const STAGE_SELF_WORDS: readonly string[] = [
  'work', 'works', 'implementation', 'rollout', 'roll', 'out', 'delivery', 'actions', 'action', 'itself', 'now', 'also',
  'fully', 'all', 'successfully', 'has', 'have', 'been', 'is', 'was', 'golive', 'go', 'live', 'launch', 'deployment',
  'installation', 'migration', 'training', 'programme', 'project', 'scheme', 'recommendations',
];

/** Completions of a step of a numbered part: "Phase 2 creative signed off", "Tranche 2 specification approved". */
export const STAGE_STEP_DONE: readonly string[] = [
  'signed off', 'agreed', 'approved', 'ratified', 'finalised', 'finalized', 'complete', 'completed', 'done', 'finished',
];

/** A go-live or roll-out to come, as one word (status/clauseWords.ts), a schedule word (SCHEDULE_WORDS): "New rota goes live with Feb rotation". */
export const GO_LIVE_VERBS: readonly string[] = ['goeslive', 'goinglive', 'rollsout'];

/**
 * Schedule words that set work for later even heading their clause, the subject left out after an approval: "Policy
 * approved. Goes live 1 March", "Launches with the April cohort". Not "planned" or "due", which head a note as often
 * ("Planned review in March").
 */
export const SCHEDULE_HEAD_VERBS: readonly string[] = ['starts', 'begins', 'commences', 'launches', ...GO_LIVE_VERBS];
