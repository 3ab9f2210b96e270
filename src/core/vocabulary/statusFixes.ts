/*
 * Problems put right (SPEC 4, round 16): "Delays resolved", "IT issue resolved", "Risk of slippage has been
 * mitigated" say a hold-up is over, so the work goes on; they do not close the action, as "Complaint
 * resolved" or "Resolved" alone may. Read by status/fixed.ts.
 */

/** Status phrases that, said of a problem, put it right (matched as STATUS_PHRASES are). */
export const FIX_PHRASES: readonly string[] = ['resolved', 'mitigated', 'addressed', 'rectified'];

/** Words naming a problem, the subject of a fix before it in its clause ("Problems with supplier resolved"). */
export const PROBLEM_WORDS: readonly string[] = [
  'issue', 'issues', 'problem', 'problems', 'delay', 'delays', 'risk', 'risks', 'slippage', 'concern', 'concerns',
  'difficulty', 'difficulties', 'blocker', 'blockers', 'barrier', 'barriers', 'challenge', 'challenges',
  'constraint', 'constraints', 'fault', 'faults', 'glitch', 'glitches', 'error', 'errors', 'outage', 'hold',
];

/**
 * A RAID log's row names: alone before the fix ("Issue resolved", "Risk closed"), the row is the risk or
 * issue itself, so closing it is done.
 */
export const RAID_ROW_WORDS: readonly string[] = ['issue', 'risk', 'the issue', 'the risk', 'this issue', 'this risk'];

/** Words with no subject of their own before a fix ("Now resolved", "This has been mitigated"). */
export const FIX_FILLERS: readonly string[] = ['this', 'these', 'that', 'it', 'they', 'which', 'all', 'now', 'since', 'then', 'subsequently'];
