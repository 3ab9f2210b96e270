import { PILOT_RUNNING_PHRASES } from './statusShortfall';

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
  'funding agreed', 'funding approved', 'funding secured', 'funding confirmed', 'capital agreed', 'budget agreed',
  'budgets agreed',
];

/**
 * Work that an approval lets begin, named in its clause before it ("Pilot of the triage tool
 * approved") or after "for" ("Funding approved for a 6-month pilot"). Words of a phrase are joined
 * by spaces; "roll-out" and "go-live" are read as two words.
 */
export const APPROVED_WORK_WORDS: readonly string[] = [
  'pilot', 'pilots', 'trial', 'trials', 'test of change', 'tests of change', 'pdsa', 'proof of concept',
  'roll out', 'rollout', 'go live', 'recruitment', 'procurement', 'implementation',
  // A business case is the case for investing in the work: approved, it lets the work go ahead ("Business
  // case approved at Nov ICB Board"), unless the step was the business case (DECISION_DOCUMENTS).
  'business case', 'business cases',
  // A gate or change board's approval lets the next stage or the change go ahead ("Stage gate 3 approved").
  'gate', 'gateway', 'cab', 'go no go', 'change request',
  // A project's initiation document or mandate, signed off, starts the project ("PID signed off; PMO tracking").
  'pid', 'project initiation document', 'mandate', 'project mandate',
];

/**
 * Words that make the approval one of a document or of results, which is the work done: "Pilot
 * evaluation approved", "Implementation plan approved", "Pilot completed and approved".
 */
export const APPROVED_DOCUMENT_WORDS: readonly string[] = [
  'plan', 'plans', 'policy', 'policies', 'sop', 'sops', 'guideline', 'guidelines', 'guidance', 'strategy', 'report',
  'paper', 'evaluation', 'evaluated', 'findings', 'results', 'outcome', 'outcomes', 'review', 'learning',
  'lessons', 'specification', 'framework', 'protocol', 'procedure', 'terms', 'completed', 'complete', 'concluded',
  'finished', 'ended', 'closed', 'closure',
];

/**
 * Enablers: the money or budget the work needs. Agreed or approved ("Funding agreed", "Capital approved"), one is
 * the go-ahead for the work it pays for, not the work delivered, so it reads under way unless the step was to get
 * it (DECISION_NOUNS). Not "funding secured" or "confirmed", which record the money in hand, a step done (round 6).
 */
export const ENABLER_WORDS: readonly string[] = ['funding', 'capital', 'budget', 'budgets', 'investment'];

/** The decision words that make an enabler named beside them a go-ahead: "Budget agreed", "Capital signed off". */
export const ENABLER_DECISIONS: readonly string[] = ['agreed', 'approved', 'signed', 'ratified', 'endorsed', 'sanctioned'];

/** A bid for an enabler, approved, is the bidding done (round 21: "Capital bid approved" is complete). */
export const ENABLER_BIDS: readonly string[] = ['bid', 'bids', 'application', 'applications'];

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
  'approval to proceed received', ...PILOT_RUNNING_PHRASES,
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

/**
 * Documents written to be decided on: a step about one ("Develop business case for 3 WTE midwives", "Full
 * business case to ICB") asks for the decision, so the approval its status records is the step done.
 */
export const DECISION_DOCUMENTS: readonly string[] = ['business case', 'business cases'];

/** Verbs opening a step that seeks a decision named a few words on: "Secure funding", "Seek Board approval". */
export const SEEKING_VERBS: readonly string[] = [
  'seek', 'secure', 'obtain', 'gain', 'get', 'request', 'receive', 'confirm', 'achieve', 'apply', 'bid', 'win', 'ask',
  // "Sign the contract": signing is the decision when what is signed is one (a contract, an agreement).
  'sign',
];

/** What a step seeks, or sends work for: "Present … for approval", "Take … to Board for decision", "Bid for funding". */
export const DECISION_NOUNS: readonly string[] = [
  'approval', 'approvals', 'agreement', 'sign off', 'signoff', 'go ahead', 'endorsement', 'ratification', 'authorisation',
  'authorization', 'permission', 'decision', 'sanction', 'mandate', 'funding', 'budget', 'investment',
  // Enablers a step may ask for: "Secure capital", "Sign the contract".
  'capital', 'contract', 'contracts',
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

/*
 * An approval still conditional on something outstanding (SPEC 4): "Business case approved pending
 * funding", "Agreed subject to ICB sign-off", "Approved in principle, awaiting funding confirmation".
 * The work it approves cannot go ahead until the condition is met, so the action is at risk, not
 * done nor under way; unless the condition is only the formality after the decision ("Policy
 * approved pending ratification", "Approved subject to minor amendments"), when the approval stands.
 */

/** Words that set a condition: read after an approval in their clause or the clause before, else nothing ("Pending ICB decision"). */
export const CONDITION_MARKERS: readonly string[] = [
  'pending', 'subject to', 'conditional on', 'conditional upon', 'contingent on', 'contingent upon', 'dependent on',
  'dependent upon', 'dependant on', 'dependant upon', 'on condition that', 'provided that',
];

/** Waits (status phrases of their own) that after an approval are its condition too: "Plan agreed; ICB sign-off awaited". */
export const CONDITION_WAITS: readonly string[] = ['awaiting', 'awaited', 'waiting for'];

/**
 * The approvals a condition may follow, as words of the text (not only status phrases: "agreed" and
 * "supported" alone say nothing, "Agreed subject to ICB sign-off" does). Words of a phrase are joined
 * by spaces; "sign-off" and "go-ahead" are read with or without their hyphen.
 */
export const CONDITIONAL_APPROVALS: readonly string[] = [
  'agreed', 'approved', 'supported', 'endorsed', 'accepted', 'signed off', 'sanctioned', 'authorised', 'authorized',
  'ratified', 'approval given', 'approval granted', 'approval received', 'agreement given', 'agreement reached',
  'go ahead given',
];

/** Conditions that are only the formality after a decision, so the approval stands: ratification, minutes, minor amendments. */
export const CONDITION_FORMALITIES: readonly string[] = [
  'ratification', 'ratified', 'ratify', 'formal', 'formally', 'paperwork', 'minutes', 'minor', 'typographical',
  'closure', 'close', 'closed', 'closing', 'evidence', 'noting',
];
