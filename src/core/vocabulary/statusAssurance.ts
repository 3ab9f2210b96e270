import type { StatusSignal } from './status';

/*
 * The words assurance trackers (Ockenden, CNST, EPRR, CQC action plans, internal-audit trackers,
 * board assurance frameworks) and performance reports rate with (SPEC 4): compliance levels,
 * targets, plans and the evidence that closes an action. Only wording that carries its own direction
 * is here: "below target" or "87% vs 95% target" are good news for a DNA or sickness rate and
 * bad news for a compliance rate, so they stay unread, while "ahead of plan" and "meeting target"
 * mean the same whichever way the measure runs. A trajectory or plan is read in the sense trackers
 * write them, an activity or recovery plan to climb: "above trajectory" as "above plan" (round 26),
 * "below trajectory" short of it.
 */

export const ASSURANCE_PHRASES: Readonly<Record<StatusSignal, readonly string[]>> = {
  complete: [
    'fully compliant', 'now compliant', 'declared compliant', 'assessed as compliant', 'confirmed as compliant',
    // A target reached: a percentage after it is the level reached, not a share (see LEVEL_PHRASES).
    'target met', 'targets met', 'trajectory met', 'target exceeded', 'exceeded target', 'target achieved',
    'targets achieved', 'trajectory achieved',
    // A plan to put a shortfall right yields to the entry's rating (see SUPPORTING_PHRASES): "Non-compliant
    // (action plan in place)" is off track, while "Action plan in place" alone is that step done.
    'action plan in place', 'action plan approved', 'improvement plan in place',
    'improvement plan approved', 'remedial plan in place', 'remedial action plan in place',
    // Evidence handed over for an action closes it, as "Complete - evidence to follow" is complete; an audit
    // opinion short of reasonable does not (below), and "no evidence submitted" is negated as any completion is.
    'evidence submitted', 'evidence provided', 'evidence uploaded', 'assurance received', 'assurance provided',
    'verified by internal audit', 'validated by internal audit',
    // A workforce plan's posts all filled.
    'fully recruited', 'fully established', 'fully met',
    // Management accepting the risk instead of acting on a recommendation: audit committees close the
    // recommendation on it, as one withdrawn is ("Risk accepted by the Audit Committee").
    'risk accepted', 'risks accepted', 'accepted the risk', 'accepted the risks', 'risk tolerated', 'risks tolerated',
    'decided to accept the risk', 'agreed to accept the risk', 'chose to accept the risk', 'opted to accept the risk',
    'decision to accept the risk', 'risk has been accepted', 'risks have been accepted', 'decided to tolerate the risk',
  ],
  on_track: [
    'on trajectory', 'above plan', 'above trajectory', 'ahead of plan', 'ahead of trajectory', 'ahead of target',
    // Meeting a target is the aim whichever way the measure runs; still meeting it is work going on ("target met" is done).
    'meeting target', 'meeting targets', 'meeting the target', 'meeting trajectory', 'achieving target',
    'achieving targets', 'achieving the target', 'achieving trajectory', 'within tolerance',
    // A step of the work under way: a post out to advert, a contract out to tender, a draft received.
    'out to advert', 'out to tender', 'out for tender', 'draft received', 'draft submitted', 'draft issued',
    'draft report issued', 'draft report received',
  ],
  // Falling short of an activity or recovery plan, the sense trackers write these in.
  at_risk: [
    'below plan', 'below trajectory', 'partially compliant', 'partly compliant', 'substantially compliant',
    'limited assurance received', 'limited assurance provided', 'partial assurance received', 'partial assurance provided',
    'further evidence requested', 'further evidence required', 'additional evidence requested', 'additional evidence required',
    // Evidence judged not enough to close: the action stays open, short of what closes it.
    'insufficient to close', 'not sufficient to close', 'not enough to close', 'evidence insufficient',
    'evidence not sufficient', 'further evidence needed', 'additional evidence needed',
    // Money still to find after an approval, or the work's later date doubted ("Recruitment unlikely before April 2026").
    'funding not yet identified', 'funding not identified', 'no funding identified', 'funding yet to be identified',
    'funding to be identified', 'unlikely before', 'unlikely until', 'not expected before', 'not likely before',
    // A board assurance framework's gaps: the controls or the assurance on them fall short.
    'gaps in assurance', 'gap in assurance', 'gaps in control', 'gap in control', 'gaps in controls', 'gap in controls',
    // An audit tracker's new date (also in REDATED_PHRASES): the action was not done by the first one.
    'revised target date', 'revised due date', 'revised completion date', 'revised implementation date', 'revised end date',
    'new target date', 'new due date', 'new completion date', 'date changed', 'dates changed', 'deadline changed',
    'timescale changed', 'timescales changed',
  ],
  off_track: ['off plan', 'non compliant', 'not compliant'],
  // An audit tracker's grade for a recommendation nothing has been done on.
  not_started: [
    'no action taken', 'no action yet taken', 'no action has been taken', 'no action has yet been taken', 'no actions taken',
    'no action to date',
  ],
};

/**
 * Completions that name the doing of the work itself, so that negated ("Not implemented", "Not yet
 * actioned", "has not been implemented") they say nothing has been done: not started, where "Not
 * complete" only says the work is not finished. A doubt ("No evidence it has been implemented") stays unread.
 */
export const NOT_DONE_IS_NOT_BEGUN: readonly string[] = ['implemented', 'actioned'];

/**
 * The levels an assurance column rates with, read as a RAG colour is: one heading the entry
 * outranks the narrative after it ("Not compliant; recruitment under way" is off track), and one
 * after "was" or "from" is a past rating ("moved from partially compliant to fully compliant").
 */
export const ASSURANCE_RATINGS: readonly string[] = [
  'fully compliant', 'substantially compliant', 'partially compliant', 'partly compliant', 'non compliant', 'not compliant',
];
