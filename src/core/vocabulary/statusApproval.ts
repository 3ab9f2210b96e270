/*
 * What an approval approves (SPEC 4). "Policy approved at QSC" ends the work of writing the
 * policy, but "Pilot agreed at Maternity Board" is the go-ahead for a pilot that is only now
 * starting, and "Extension to 30/06 agreed by ARC" a deadline moved. The status cell never sees
 * the action's own wording, so an approval reads as the state of what it approves: work it
 * lets begin is under way, a new date is a re-dating, anything else is done.
 */

/** Completion and event phrases that record a decision by someone, which may be a go-ahead. */
export const APPROVAL_PHRASES: readonly string[] = [
  'approved', 'agreed at', 'agreed by', 'endorsed by', 'endorsed at', 'signed off', 'ratified',
  'funding agreed', 'funding approved', 'funding secured', 'funding confirmed',
];

/**
 * Work that an approval lets begin, named in its clause before it ("Pilot of the triage tool
 * approved") or after "for" ("Funding approved for a 6-month pilot"). Words of a phrase are joined
 * by spaces; "roll-out" and "go-live" are read as two words.
 */
export const APPROVED_WORK_WORDS: readonly string[] = [
  'pilot', 'pilots', 'trial', 'trials', 'test of change', 'tests of change', 'pdsa', 'proof of concept',
  'roll out', 'rollout', 'go live', 'recruitment', 'procurement', 'implementation',
];

/**
 * Words that make the approval one of a document or of results, which is the work done: "Pilot
 * evaluation approved", "Implementation plan approved", "Pilot completed and approved".
 */
export const APPROVED_DOCUMENT_WORDS: readonly string[] = [
  'plan', 'plans', 'policy', 'policies', 'sop', 'sops', 'guideline', 'guidelines', 'guidance', 'strategy', 'report',
  'paper', 'case', 'evaluation', 'evaluated', 'findings', 'results', 'outcome', 'outcomes', 'review', 'learning',
  'lessons', 'specification', 'framework', 'protocol', 'procedure', 'terms', 'completed', 'complete', 'concluded',
  'finished', 'ended', 'closed', 'closure',
];

/** Verbs after "to" that make an approval a go-ahead: "Approved to proceed", "Agreed at ELG to pilot on two wards". */
export const GO_AHEAD_VERBS: readonly string[] = [
  'proceed', 'progress', 'pilot', 'trial', 'test', 'start', 'begin', 'commence', 'launch', 'implement', 'recruit',
  'roll', 'procure', 'mobilise', 'mobilize',
];

/** Words before an approval, in its clause, that make it one of a new date: "Extension to 30/06/25 agreed by ARC". */
export const EXTENSION_WORDS: readonly string[] = ['extension', 'extensions', 'deferral', 'deferment', 'postponement'];

/**
 * A go-ahead given, with no approval word in it: under way. Not "approval to proceed" alone,
 * which is as often what is sought ("Awaiting approval to proceed").
 */
export const GO_AHEAD_PHRASES: readonly string[] = [
  'go ahead given', 'given the go ahead', 'go ahead received', 'approval to proceed given', 'approval to proceed granted',
  'approval to proceed received',
];

/*
 * Steps that ask for a decision, so that a go-ahead their status records is the step done:
 * "Agree the pilot at Maternity Board" with "Pilot agreed at Maternity Board." is complete, where
 * "Run the pilot on two wards" with it is under way. Words of a phrase are joined by spaces;
 * "sign-off" and "go-ahead" are read as two words.
 */

/** Verbs opening a step that is the decision itself: "Agree the pilot", "Sign off the roll-out". */
export const DECISION_VERBS: readonly string[] = [
  'agree', 'approve', 'ratify', 'endorse', 'sign off', 'authorise', 'authorize', 'sanction',
];

/** Verbs opening a step that seeks a decision named a few words on: "Secure funding", "Seek Board approval". */
export const SEEKING_VERBS: readonly string[] = [
  'seek', 'secure', 'obtain', 'gain', 'get', 'request', 'receive', 'confirm', 'achieve', 'apply', 'bid', 'win', 'ask',
];

/** What a step seeks, or sends work for: "Present … for approval", "Take … to Board for decision", "Bid for funding". */
export const DECISION_NOUNS: readonly string[] = [
  'approval', 'approvals', 'agreement', 'sign off', 'signoff', 'go ahead', 'endorsement', 'ratification', 'authorisation',
  'authorization', 'permission', 'decision', 'sanction', 'mandate', 'funding', 'budget', 'investment',
];

/**
 * Decisions that name the step when they open it, or follow a word or two ("Approval of the
 * pilot", "Go-live approval", "ELG sign-off of the roll-out"): not funding, which a step may
 * only use ("Funding to be used for the pilot").
 */
export const DECISION_HEADS: readonly string[] = [
  'approval', 'approvals', 'agreement', 'sign off', 'signoff', 'go ahead', 'endorsement', 'ratification', 'authorisation',
  'authorization', 'decision',
];

/**
 * Words that may follow a decision naming the step, besides a clause's end: "Approval of the
 * pilot", "Pilot approval at Maternity Board"; "Approval process redesigned" names no decision.
 */
export const DECISION_LINKS: readonly string[] = ['of', 'for', 'to', 'from', 'at', 'by', 'on', 'in', 'with', 'via', 'through'];

/** Participles after "to be" that make a step a decision awaited: "Pilot to be agreed at Maternity Board". */
export const DECISION_PARTICIPLES: readonly string[] = [
  'agreed', 'approved', 'signed off', 'ratified', 'endorsed', 'authorised', 'authorized', 'sanctioned',
];
