/*
 * The status wording of programme boards' RAID logs and go-live plans (SPEC 4): risks, issues and
 * dependencies logged, responses put in place, tests and gates passed, and the hypercare after go-live.
 * Spread into STATUS_PHRASES and SUPPORTING_PHRASES (./status, ./statusGrammar); the same rules of matching apply.
 */

/**
 * Responses to a problem: put in place, agreed or implemented, they say the problem is being handled,
 * not that the work is done ("Mitigation in place", "Workaround implemented", "Recovery plan agreed").
 * Words as status/clauseWords.ts reads them ("work-around" is two words).
 */
export const RESPONSE_PHRASES: readonly string[] = [
  'mitigation', 'mitigations', 'mitigating action', 'mitigating actions', 'mitigation action', 'mitigation actions',
  'mitigation measures', 'mitigation plan', 'mitigation plans', 'controls', 'control measures', 'contingency',
  'contingencies', 'contingency plan', 'contingency plans', 'contingency arrangements', 'workaround', 'workarounds',
  'work around', 'work arounds', 'recovery plan', 'recovery plans', 'recovery actions', 'recovery action plan',
  'escalation', 'escalation plan', 'remedial action', 'remedial actions',
];

/** Under a rating word heading the entry ("At risk – action plan agreed"), any plan is a response too. */
export const LED_RESPONSE_WORDS: readonly string[] = ['plan', 'plans'];

/** Tests and gates a programme passes on its way to go-live: passed, they let it proceed. */
const CHECKS: readonly string[] = [
  'uat', 'user acceptance testing', 'user acceptance test', 'testing', 'test', 'tests', 'system testing', 'sit',
  'go no go', 'gateway', 'gateway review', 'gate', 'stage gate', 'readiness review', 'dress rehearsal',
  'penetration test', 'pen test', 'assurance review',
];

/** Risks and issues logged, dependencies waited on, risks mitigated, hypercare: what they say of the action. */
export const RAID_PHRASES = {
  // Hypercare ended is the go-live behind it, done; "Issue resolved" and "Risk closed" stay done
  // (status.ts: "resolved", "closed"), since on a RAID log the row is the risk or issue itself.
  complete: ['hypercare ended', 'hypercare exited', 'exited hypercare', 'out of hypercare', 'hypercare closed'],
  // Passing a gate or test lets the work proceed to go-live; hypercare is the go-live still being
  // supported, so open until it ends; a dependency met or a risk mitigated lets the work go on.
  on_track: [
    ...CHECKS.map((c) => `${c} passed`), 'hypercare', 'hyper care', 'in hypercare', 'dependency met', 'dependencies met',
    'dependency resolved', 'mitigated', 'risk mitigated', 'risks mitigated',
  ],
  // A risk or issue raised against the action says it is not going to plan, as a risk added to the
  // risk register does (./status); a dependency still outstanding holds the work up.
  at_risk: [
    'issue raised', 'issues raised', 'risk raised', 'risks raised', 'raised as an issue', 'raised as a risk',
    'raised on raid log', 'raised on the raid log', 'added to raid log', 'added to the raid log', 'on raid log',
    'on the raid log', 'logged on raid log', 'logged on the raid log', 'dependency outstanding',
    'dependencies outstanding', 'dependency not met', 'dependencies not met', 'dependency not yet met', 'not mitigated',
    'not yet mitigated', 'unmitigated',
  ],
} as const;

/** RAID wording that rates an entry only when nothing else in it does: a wait, or a risk handled. */
export const RAID_SUPPORTING: readonly string[] = [
  'dependency outstanding', 'dependencies outstanding', 'dependency met', 'dependencies met', 'dependency resolved',
  'mitigated', 'risk mitigated', 'risks mitigated',
];
