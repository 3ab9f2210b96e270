/*
 * Headers of a column saying how an action will be delivered, beside one saying what it is
 * ("What we need to do | How we will do it"): read by detect/meansSteps.ts.
 */

/** Words opening or closing a header that asks how ("How we will do it", "Key actions / how"). */
export const MEANS_WORDS: readonly string[] = ['how'];

/**
 * Phrases inside a header naming the actions towards an aim ("Actions to achieve this", "Steps to deliver"):
 * an aim alone is not enough, as "Support required to deliver" is a column of needs.
 */
export const MEANS_PHRASES: readonly string[] = [
  'actions to achieve', 'actions to deliver', 'steps to achieve', 'steps to deliver',
  'actions required to achieve', 'actions needed to achieve', 'actions required to deliver', 'actions needed to deliver',
];

/**
 * Words making a "How" header about assurance, not delivery ("How we will measure success",
 * "How will we know"): the measure of an action, never its steps.
 */
export const MEANS_NOT_WORDS: readonly string[] = [
  'measure', 'measured', 'know', 'monitor', 'monitored', 'evidence', 'evidenced', 'success', 'assurance', 'assured', 'impact',
  // "How often" is a review's frequency, "How many" a count: neither is how the action is done.
  'often', 'many', 'much', 'rag',
];
