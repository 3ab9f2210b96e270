/*
 * A history note or caveat after a completion (SPEC 4, round 19): "Complete (previously reported as delayed)",
 * "Completed (slipped from Oct)", "Closed with caveats - residual risk held on risk register". Complete is final
 * (SPEC 5.1 rule 2): how late it came, or a residual risk now held elsewhere, does not reopen it. A slippage with
 * a subject of its own ("Training complete; roll-out delayed") is more of the work, and still counts.
 * Read by status/history.ts.
 */

/** Slippage phrases that, with no subject of their own after a completion, say how the work went. */
export const SLIP_HISTORY_PHRASES: readonly string[] = [
  'delayed', 'delay', 'delays', 'slipped', 'slippage', 'late', 'running late', 'behind', 'behind schedule', 'overdue',
  'deferred', 're scheduled', 'postponed', 'missed', 'missed deadline', 'revised date', 'pushed back',
];

/** Words that may stand between a completion and its history note: "Complete but previously reported as delayed". */
export const HISTORY_FILLERS: readonly string[] = [
  'but', 'and', 'although', 'though', 'however', 'albeit', 'having', 'previously', 'originally', 'initially', 'earlier',
  'reported', 'as', 'it', 'this', 'which', 'noted', 'slightly', 'somewhat', 'had', 'has', 'been', 'was', 'were',
];

/** A phrase of the risk register: after a completion, where a residual risk is held, not the action reopened. */
export const RISK_REGISTER_KEY = 'riskregister';

/**
 * Where a residual risk is held, named after a risk phrase in its clause: "Complete; risk remains on risk register"
 * is a risk now managed there, not the action's delivery at risk (round 20).
 */
export const RISK_HOMES: readonly string[] = ['risk register', 'risk log', 'raid log', 'corporate risk register', 'baf', 'board assurance framework'];
