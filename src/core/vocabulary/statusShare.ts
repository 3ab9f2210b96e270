/*
 * The words that say how much of the work a completion word is about (SPEC 4): "90% complete",
 * "Two of three sites complete", "First meeting held" and "Mostly achieved" are work on the way.
 */

/**
 * Completion phrases after which a bare percentage is the level reached, not a share of the
 * work: "Target met (87%)", "Achieved - 96%". A share still counts with "of" ("Achieved 60% of milestones").
 */
export const LEVEL_PHRASES: readonly string[] = [
  'achieved', 'target met', 'targets met', 'target achieved', 'targets achieved', 'trajectory met',
  'trajectory achieved', 'target exceeded', 'exceeded target', 'fully compliant',
];

/** Counts written as words, by their value: "two of three sites complete" is a share of the work. */
export const COUNT_WORDS: readonly string[] = [
  'none', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
];

/**
 * Words at the head of what a completion word is about that make it part of the work ("Some
 * sites complete", "The majority of staff trained and signed off"): work on the way, not done.
 */
export const PART_WORDS: readonly string[] = [
  'some', 'several', 'a few', 'a number of', 'some of the', 'most of the', 'the majority of', 'majority of',
  'half of the', 'half the', 'half of', 'part of the', 'parts of the',
];

/**
 * The first of a series, when it heads the clause a completion or event word ends: "First two
 * audits complete", "Initial meeting held", "Baseline audit done" (a baseline is measured before the
 * change it measures) are work on the way. Not "second": a later round of a repeated exercise is
 * itself done ("Second round of self-assessment completed", seed 003).
 */
export const ORDINAL_WORDS: readonly string[] = ['first', 'initial', 'baseline'];

/**
 * What may follow an ordinal word and is no part of a series: a compound name ("First aid training
 * completed"). A first phase or stage is part of the work, as "Phase 1 complete" is (FIRST_PART_WORDS).
 */
export const ORDINAL_COMPOUNDS: readonly string[] = [
  'aid', 'contact', 'line', 'responder', 'responders', 'time', 'class', 'point of contact',
];

/**
 * Parts of the work numbered in a series: the first of them heading the clause a completion word ends
 * ("Phase 1 complete", "Stage one delivered", "Wave 1 live") names a later one still to come, so the
 * work is on the way, as "Phase 1 of 3 complete" is. A later one ("Phase 3 complete") may be the last.
 */
export const FIRST_PART_WORDS: readonly string[] = ['phase', 'stage', 'tranche', 'wave', 'part', 'step', 'cohort', 'module'];

/** How the first of FIRST_PART_WORDS is numbered: "Phase 1", "Stage one", "Part I", "Phase 1a". */
export const FIRST_DESIGNATORS: readonly string[] = ['1', '1a', 'one', 'i'];

/**
 * Words right before a completion word that say the work is not all done: "Mostly achieved",
 * "Substantially complete", "Largely delivered" are work on the way.
 */
export const NEARLY_WORDS: readonly string[] = [
  'mostly', 'largely', 'substantially', 'almost', 'nearly', 'virtually', 'predominantly',
];

/** Fractions written as words, as a percentage: "Half complete", "Three quarters done". */
export const FRACTION_WORDS: Readonly<Record<string, number>> = {
  half: 50, 'a half': 50, 'one half': 50, 'a third': 33, 'one third': 33, 'two thirds': 67,
  'a quarter': 25, 'one quarter': 25, quarter: 25, 'three quarters': 75,
};

/**
 * Words that make a completion a running tally, more to come: "1,240 checks completed to date",
 * "350 staff trained so far", "£2.3m delivered YTD" (year to date, a finance report's running total).
 * Not "up to date", which says records are current.
 */
export const TALLY_WORDS: readonly string[] = ['to date', 'so far', 'thus far', 'up to now', 'ytd', 'fytd', 'year to date'];

/** Words that make a tally the whole of the work after all: "All 350 staff trained so far", "fully implemented to date". */
export const WHOLE_WORDS: readonly string[] = ['all', 'every', 'each', 'entire', 'whole', 'fully'];

/** Units after an amount, by what they multiply: "£2.3m", "£450k", "1.2 million". */
export const AMOUNT_UNITS: Readonly<Record<string, number>> = {
  k: 1e3, thousand: 1e3, m: 1e6, mn: 1e6, million: 1e6, bn: 1e9, billion: 1e9,
};

/**
 * What an amount done is measured against, after "against" or "of": "£2.3m delivered YTD against £9.2m
 * plan", "against a target of £1.5m". The amount done then is a share of it, as "3 of 5" is.
 */
export const AMOUNT_TARGETS: readonly string[] = [
  'plan', 'planned', 'target', 'trajectory', 'forecast', 'budget', 'ambition', 'requirement', 'total', 'goal',
];

/**
 * Checks whose result is a figure: after one of these done ("Audit complete - 98% compliance"), a
 * percentage naming what it measures is the check's result, not the share of the check done.
 */
export const ASSESSMENT_WORDS: readonly string[] = [
  'audit', 'audits', 'reaudit', 'review', 'reviews', 'survey', 'surveys', 'assessment', 'assessments', 'selfassessment',
  'evaluation', 'inspection', 'inspections', 'spot', 'check', 'checks', 'benchmarking', 'census', 'snapshot', 'peer',
];

/** What a result figure measures: "98% compliance", "64% response rate", "score 87%". */
export const MEASURE_WORDS: readonly string[] = [
  'compliance', 'compliant', 'uptake', 'satisfaction', 'satisfied', 'response', 'responses', 'score', 'scored', 'accuracy',
  'accurate', 'adherence', 'assurance', 'positive', 'rating', 'rated', 'agreement', 'achievement', 'completion rate',
  'recommend', 'would recommend', 'pass', 'passed', 'met', 'sustained',
];

/**
 * Measures that are better the higher they are, so a level against its target carries its own direction
 * (SPEC 4, and see ./statusAssurance: "87% vs 95% target" alone is good news for a DNA rate, bad for
 * compliance): "Compliance 78% against 90% target" falls short, at risk; "Compliance at 96% (target 95%)"
 * meets it, on track (status/target.ts). Words as status/clauseWords.ts reads them.
 */
export const RISING_MEASURES: readonly string[] = [
  'compliance', 'compliant', 'uptake', 'coverage', 'attendance', 'adherence', 'accuracy', 'appraisal', 'appraisals',
  'training', 'trained', 'mandatory', 'vaccination', 'vaccinated', 'immunisation', 'screening', 'screened',
  'completion', 'completed', 'response', 'satisfaction', 'recommend', 'achievement', 'fill', 'retention',
  // Round 31: activity and access measures a plan sets a floor for ("OSCE pass rate", "Dementia diagnosis rate", "RTT").
  'utilisation', 'utilization', 'pass', 'diagnosis', 'access', 'recruitment', 'recruited', 'cip', 'savings', 'recovery',
  'rtt', 'fds', 'planning', 'seen', 'treated', 'checks',
  // Round 32: a standard's performance ("4hr performance 73.9%", "62-day performance 58%").
  'performance',
];

/** Measures better the lower they are: with one of these in the clause the level is left unread ("Did not attend rate 12% vs 8% target"). */
export const FALLING_MEASURES: readonly string[] = [
  'dna', 'dnas', 'attend', 'sickness', 'absence', 'vacancy', 'vacancies', 'turnover', 'agency', 'locum', 'bank', 'waiting',
  'waits', 'wait', 'breach', 'breaches', 'falls', 'infections', 'readmission', 'readmissions', 'mortality', 'incidents',
  'complaints', 'delayed', 'delays', 'cancellations', 'cancelled', 'backlog', 'length', 'los', 'occupancy', 'harm',
  // Round 31: a financial gap, a habit to cut, and times taken ("Commercial trial set-up times 98 days").
  'deficit', 'overspend', 'smoking', 'smokers', 'times', 'ww', 'escalations',
];

/** What a level is measured against: "against 90% target", "vs target of 90%", "(target 95%)", "standard 95%". */
export const LEVEL_TARGETS: readonly string[] = ['target', 'trajectory', 'standard', 'threshold', 'ambition', 'goal', 'plan'];
