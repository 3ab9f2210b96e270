/*
 * Round 24 (SPEC 4): a step that prepares a decision, done, with the paper still to go to a named meeting:
 * "SNCT data collection complete (Oct). Paper to Dec N&M Board", "Analysis done; going to ELG in Feb". The action
 * is not done until the meeting has taken the paper; "Complete. Paper to Board for noting" is a report on work done.
 * Read by status/preparatory.ts.
 */

/**
 * Words naming work that prepares a paper for a decision, heading a completion's clause: "data collection complete",
 * "draft finished", "business case written", "gap analysis done". Two-word ones are matched as one string.
 */
export const PREPARATORY_STEPS: readonly string[] = [
  'data collection', 'data gathering', 'data analysis', 'analysis', 'draft', 'drafting', 'business case', 'options appraisal',
  'option appraisal', 'proposal', 'proposals', 'scoping', 'benchmarking', 'baseline', 'evidence gathering', 'case for change',
  'paper', 'report', 'write up', 'writeup', 'modelling', 'costing', 'costings', 'review of evidence',
  // A pilot prepares the decision to roll out: "Pilot completed. Evaluation paper to March QC with recommendation".
  'pilot',
];

/**
 * Meetings a paper goes to, named last in their words: "Dec N&M Board", "People Committee", "Policy Group".
 * Wider than statusSchedule's DUE_TO_BODIES because "to" here is not read as a cause ("due to group decision").
 */
export const MEETING_WORDS: readonly string[] = [
  'board', 'committee', 'subcommittee', 'panel', 'forum', 'council', 'executive', 'exec', 'governors', 'cabinet', 'group',
  'meeting', 'qsc', 'qac', 'qgc', 'sqc', 'qpc', 'psqc', 'fpc', 'fic', 'arc', 'pcc', 'cgc', 'elt', 'elg', 'emt', 'slt',
  'smt', 'icb', 'tmb', 'eqsc', 'sg', 'ptb', 'pwc',
];

/** Decisions a paper is sent "for": "for approval at QSC", "to FIC in March for sign-off". */
export const DECISIONS_SOUGHT: readonly string[] = [
  'approval', 'ratification', 'sign', 'signoff', 'decision', 'agreement', 'endorsement', 'support', 'consideration',
];

/** Words that say the meeting has decided already, so nothing is left to decide: "report approved at QSC". */
export const DECIDED_WORDS: readonly string[] = [
  'approved', 'agreed', 'ratified', 'signed', 'endorsed', 'adopted', 'accepted', 'supported', 'noted', 'discussed', 'considered',
  'received', 'rejected', 'declined',
];

/**
 * Words that say the paper has gone to the meeting: a report on work done ("report presented to QSC in Nov"), unless
 * a decision is still sought "for" at it ("submitted to FIC for approval in March").
 */
export const PAPER_GONE_WORDS: readonly string[] = ['presented', 'taken', 'sent', 'went', 'gone', 'submitted', 'tabled', 'reported', 'shared', 'circulated'];

/** What a paper goes "for" when nothing is left to decide: "paper to Board for noting", "for information". */
export const FOR_NOTING: readonly string[] = ['noting', 'information', 'assurance', 'awareness', 'reference', 'note', 'info'];
