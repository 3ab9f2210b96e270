/*
 * A level measured against its target, whatever the measure (SPEC 4, round 31): "Nursing turnover 13.2% vs 12% target",
 * "CIP delivery £8.4m YTD against plan of £11.2m", "78ww breaches: 12 against zero target". Read by
 * status/targetLevel.ts, with the measures' directions in ./statusShare (RISING_MEASURES, FALLING_MEASURES).
 * Words lower case, as status/clauseWords.ts reads them.
 */

/** What a level is measured against, named beside its figure: "vs 95% standard", "against 3.2% cap", "vs plan £9.8m". */
export const TARGET_LEVEL_WORDS: readonly string[] = [
  'target', 'targets', 'trajectory', 'standard', 'threshold', 'ambition', 'goal', 'plan', 'planned', 'cap', 'ceiling',
  'limit', 'maximum', 'requirement', 'required', 'expectation', 'benchmark', 'tolerance', 'budget',
];

/** Targets that are upper bounds, so the measure is better the lower it is whatever it is: "3.4% against 3.2% cap". */
export const UPPER_BOUND_WORDS: readonly string[] = ['cap', 'ceiling', 'limit', 'maximum', 'tolerance'];

/** Words before a target that name whose it is, between a comparison word and the target: "vs national ambition". */
export const TARGET_OWNERS: readonly string[] = [
  'a', 'an', 'the', 'our', 'national', 'local', 'agreed', 'revised', 'internal', 'operating', 'system', 'icb', 'nhse',
];

/** Durations, which a timeliness measure counts: better fewer ("98 days vs 40 day target"). */
export const DURATION_UNITS: readonly string[] = ['day', 'days', 'week', 'weeks', 'hour', 'hours', 'minute', 'minutes', 'mins'];

/**
 * Words that say a level off its target is moving further from it, or is reported as adverse: with a level on the wrong
 * side of its target the work is off track, not only at risk ("Sickness absence 6.2% vs 4.5% target - deteriorating").
 */
export const WORSENING_WORDS: readonly string[] = [
  'deteriorating', 'deteriorated', 'worsening', 'worsened', 'adverse',
  // The gap said to widen in the measure's own words (round 32): "58% against 75% target; backlog growing".
  'backlog growing', 'backlog rising', 'backlog increasing', 'waits rising', 'waits increasing', 'no improvement',
  'not improving', 'not reducing', 'getting worse',
];

/**
 * Completion words that make a figure beside them a tally of work done, a share of the target on the way (status/
 * amounts.ts), not a level: "£2.3m delivered against £9.2m plan", "47 staff trained to date (target 120)",
 * "Achieved 78% of target".
 */
export const TALLY_DONE_WORDS: readonly string[] = [
  'achieved', 'delivered', 'saved', 'completed', 'complete', 'trained', 'done', 'implemented', 'realised', 'released',
];
