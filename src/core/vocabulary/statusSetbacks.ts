/*
 * Round 33 (a fresh reviewer's misreads, SPEC 4): how trackers name an operational setback that a closure word, a
 * stopgap or a remedy under way must not hide. Read by status/setback.ts and status/sense.ts. Data only.
 */

/** Places and services that close as a problem ("Ward 3 closed to admissions"), unlike an action or a study closed. */
export const FACILITIES: readonly string[] = [
  'ward', 'wards', 'unit', 'units', 'suite', 'suites', 'clinic', 'clinics', 'theatre', 'theatres', 'bay', 'bays', 'bed', 'beds',
  'outlet', 'outlets', 'tap', 'taps', 'shower', 'showers', 'department', 'service', 'services', 'practice', 'practices',
  'surgery', 'surgeries', 'lab', 'labs', 'laboratory', 'pharmacy', 'site', 'building', 'lift', 'lifts', 'hospital', 'centre',
  'center', 'hub', 'room', 'rooms', 'kitchen', 'scanner', 'mlu', 'miu', 'utc', 'ed', 'ae', 'a&e', 'hdu', 'icu', 'itu', 'nnu', 'scbu',
];

/**
 * What follows "closed" when the place is shut as a problem: "to admissions", "due to staffing", "for 3 weeks",
 * "following safeguarding concerns", "on 6 occasions" (a time or reason, not the action's decision).
 */
export const CLOSURE_REASONS: readonly string[] = [
  'to admissions', 'to new admissions', 'to production', 'to new patients', 'to patients', 'to referrals', 'to new referrals',
  'to the public', 'to visitors', 'to elective', 'to electives', 'due to', 'owing to', 'because of', 'because', 'following',
  'since', 'at short notice', 'temporarily', 'overnight',
];

/** Words saying a place was put out of use: "outlets taken out of use", "lift out of service". */
export const OUT_OF_USE: readonly string[] = [
  'taken out of use', 'taken out of service', 'out of use', 'out of service', 'out of action', 'out of commission',
  'temporarily closed', 'suspended',
];

/** Groups of people named by a risk they face ("Children at risk of exploitation pathway"): a cohort, no rating. */
export const COHORTS: readonly string[] = [
  'children', 'child', 'young people', 'young person', 'cyp', 'adults', 'adult', 'people', 'person', 'patients', 'patient',
  'families', 'family', 'women', 'men', 'babies', 'individuals', 'residents', 'pupils', 'students', 'staff', 'those', 'groups',
  'veterans', 'carers', 'mothers', 'infants', 'population', 'populations', 'cohort', 'cohorts',
];

/** A condition on a forecast: "…, though this depends on Estates finding a decant ward", "…, subject to funding". */
export const FORECAST_CONDITIONS: readonly string[] = [
  'depends on', 'depends upon', 'dependent on', 'dependent upon', 'depending on', 'contingent on', 'contingent upon',
  'conditional on', 'conditional upon', 'subject to', 'provided that', 'providing that', 'assuming', 'as long as', 'relies on',
  'reliant on', 'hinges on',
];

/** Verbs of a forecast the condition hangs on: "Should complete by March", "Expected to go live in Q4". */
export const FORECAST_LEADS: readonly string[] = [
  'should', 'expected', 'expect to', 'due by', 'due in', 'due for', 'due to complete', 'due to go live', 'on course to', 'on track to', 'anticipate', 'anticipated', 'forecast', 'will', 'forecast to',
  'aim to', 'aiming to', 'planned to', 'hope to', 'hoping to', 'likely to',
];

/** Past troubles put right: "Had been off track, now recovered". */
export const PAST_TROUBLES: readonly string[] = [
  'off track', 'at risk', 'delayed', 'behind', 'behind plan', 'behind schedule', 'red', 'amber', 'stalled', 'slipping', 'slipped',
];
export const RECOVERIES: readonly string[] = [
  'recovered', 'back on track', 'back on schedule', 'on track', 'resolved', 'caught up', 'back in line', 'back on plan', 'green',
];

/**
 * Setbacks that say the work is at risk on their own, with no other status word ("Contractor resource issues"),
 * read so as status phrases (statusFacts.ts) as well as beside a remedy under way (SETBACKS).
 */
export const SETBACK_FACTS: readonly string[] = [
  'lower than expected', 'lower than anticipated', 'above budget', 'over budget', 'slowing progress',
  'slowed progress', 'slowing delivery', 'not renewing', 'will not renew', 'not being renewed', 'course cancelled',
  'training cancelled', 'resource issues',
];

/**
 * A setback named beside work under way, which a remedy in progress does not put right ("Quotes came in 40% above
 * budget; value engineering exercise under way" is at risk): shortfalls against expectation, budget overruns, a
 * contractor failing, a gap unidentified, a lease not renewed, a course or contract cancelled.
 */
export const SETBACKS: readonly string[] = [
  ...SETBACK_FACTS,
  'lower than planned', 'lower than hoped', 'lower than forecast',
  'slower than expected', 'slower than planned', 'slower than anticipated', 'fewer than expected', 'fewer than planned',
  'worse than expected', 'worse than planned', 'less than expected', 'less than planned', 'poorer than expected',
  'above the budget', 'exceeds budget', 'exceeded budget', 'exceeding budget', 'above estimate',
  'hampering progress', 'hindering progress', 'delaying progress',
  'impacting progress', 'impacting on progress', 'affecting progress',
  'went into administration', 'gone into administration', 'entered administration', 'into liquidation', 'ceased trading',
  'unidentified gap', 'unidentified savings', 'gap of', 'shortfall of',
  'not be renewed', 'declined to renew',
  'cancelled by', 'contract cancelled', 'session cancelled', 'sessions cancelled',
  'beyond the standard', 'beyond standard', 'beyond completion standard', 'outside the standard', 'outside standard',
  'resourcing issues', 'capacity issues', 'supply issues', 'supplier issues', 'staffing issues',
];

/** Setbacks a "not" denies, which "as planned" after them confirms: "Not delayed, on schedule" is good news. */
export const DENIED_SETBACKS: readonly string[] = [
  'delayed', 'slipped', 'stalled', 'deferred', 'postponed', 'cancelled', 'canceled', 'missed', 'impacted', 'affected', 'hindered',
  'blocked', 'paused', 'halted', 'stopped', 'derailed', 'disrupted', 'compromised', 'concerned', 'worried', 'behind',
  'escalated', 'rescheduled', 'reprofiled', 'extended', 'changed', 'varied',
];
