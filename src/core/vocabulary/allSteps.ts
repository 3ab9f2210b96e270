/*
 * Words by which a single status entry says itself that it speaks for every step ("All three steps
 * complete", "Complete - both actions done"): a lone completion written so is not questioned
 * (analyse/loneCompletion.ts), as the lead has already answered the question the warning would ask.
 */

/** Words that take in every one of the steps: "all", "both", "each", "every". */
export const EVERY_WORDS: readonly string[] = ['all', 'both', 'each', 'every'];

/** Names for the parts of an action a lead counts in an update ("all actions", "both steps"). */
export const PART_NAMES: readonly string[] = [
  'step', 'steps', 'action', 'actions', 'element', 'elements', 'part', 'parts', 'stage', 'stages', 'milestone',
  'milestones', 'deliverable', 'deliverables', 'task', 'tasks', 'item', 'items', 'phase', 'phases',
];

/** Completion words after an "all" that says the whole is done ("All complete", "all now done"). */
export const ALL_DONE_WORDS: readonly string[] = ['complete', 'completed', 'done', 'closed', 'finished', 'delivered', 'achieved'];
