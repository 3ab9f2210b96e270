import { NOT_ALL_ADVERBS } from '../vocabulary/statusGrammar';

/*
 * A completion limited to part of the work by the words around it (SPEC 4): "Complete for phase 1 only",
 * "All but one recommendation complete", "Not all wards have completed the training". Complete is final and
 * never downgraded by dates (SPEC 5.1 rule 2), so a part done is work under way, or short of done when denied.
 */

const COUNT = '(?:\\d{1,3}|one|two|three|four|five|six|a\\s+few|a\\s+handful|a\\s+couple)';
/** A scope after the completion, then "only": "for phase 1 only", "in ED only", "at two sites only". */
const ONLY_AFTER = /^\s+(?:for|in|at|on|within|across|by|to)\s[^.;,:!?()\n–—]{1,40}?\s+only(?![\p{L}])/iu;
/** "All but one (recommendation) (has been) complete". */
const ALL_BUT_BEFORE = new RegExp(`(?:^|[^\\p{L}])all\\s+but\\s+${COUNT}(?:\\s+[\\p{L}-]+){0,3}\\s+$`, 'iu');
/** "Not all (wards have) completed", "not all actions complete", "not yet all": a denial of the whole, so done in part. */
const NOT_ALL_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])not\\s+(?:yet\\s+)?(?:all|every|${NOT_ALL_ADVERBS.join('|')})(?:\\s+[\\p{L}-]+){0,3}\\s+$`,
  'iu',
);
/**
 * "All other elements complete", "everything else now done": the rest done beside one part set apart, so not the whole
 * (round 22): "Awaiting sign-off by Exec Committee; all other elements complete".
 */
const OTHERS_BEFORE = /(?:^|[^\p{L}])(?:(?:all|the)\s+)?(?:other|others|everything\s+else|all\s+else)(?:\s+[\p{L}-]+){0,3}?\s+(?:(?:is|are|has|have|been|now)\s+)*$/iu;
const LOOKBACK = 60;
/** A reporting month or quarter ("M1", "Q2"), not a month's name: "Target met in March" may be when it was met. */
const PERIOD = '(?:m\\d{1,2}|q[1-4]|month\\s+\\d{1,2})';
/** A level met for reporting months is a measure on its way: "Trajectory met for M1 and M2". */
const PERIODS_AFTER = new RegExp(`^\\s+for\\s+${PERIOD}(?:\\s*(?:,|and|&|-|to)\\s*${PERIOD})*\\s*(?:$|[.;,)])`, 'i');
const MET = /^(?:trajectory|target|standard|plan)[\s-]*(?:met|achieved)$/i;

/**
 * True when the completion phrase from `start` to `end` is limited to a part: a scope with "only" after
 * it, a level met for reporting months, or "all but" a few or "all other" parts before it.
 * @example partOnly('Complete for phase 1 only', 0, 8) // true
 * @example partOnly('All but one recommendation complete', 27, 35) // true
 * @example partOnly('Trajectory met for M1 and M2', 0, 14) // true
 * @example partOnly('Sign-off awaited; all other elements complete', 37, 45) // true
 * @example partOnly('Complete for all sites', 0, 8) // false
 */
export function partOnly(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 60);
  if (ONLY_AFTER.test(after) || (MET.test(text.slice(start, end)) && PERIODS_AFTER.test(after))) return true;
  const before = text.slice(Math.max(0, start - LOOKBACK), start);
  return (/but/i.test(before) && ALL_BUT_BEFORE.test(before)) || (/other|else/i.test(before) && OTHERS_BEFORE.test(before));
}

/**
 * True when the words before a negated completion at `start` deny only that all of it is done: "Not
 * all wards have completed", "Not fully implemented".
 * @example notAll('Not all actions complete', 16) // true
 * @example notAll('Not complete', 4) // false
 */
export function notAll(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - LOOKBACK), start);
  return /not/i.test(before) && NOT_ALL_BEFORE.test(before);
}

/** A count of places or people right before a phrase: "3 pharmacies not started", "2 of 15 sites yet to start". */
const COUNTED = /(?:^|[^\p{L}\p{N}.])(?:\d{1,4}(?:\s+(?:of|out\s+of)\s+\d{1,4})?|remaining|other)(?:\s+[\p{L}-]+){0,2}\s+(?:(?:have|has|are|is|yet|still)\s+)*$/iu;

/**
 * True when a count heads the phrase at `start`: "On track in 12 of 15 pharmacies; 3 pharmacies not started"
 * is the rest of the work not begun, with most of it under way.
 * @example countedPart('On track in 12 of 15; 3 pharmacies not started', 34) // true
 * @example countedPart('Not started', 0) // false
 */
export function countedPart(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  return /\d|remaining|other/i.test(before) && COUNTED.test(before);
}
