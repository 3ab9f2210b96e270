import { SENTENCE_END } from './clauses';
import type { StatusClass } from '../types';
import type { EntryScan } from './entryScan';
import { MITIGATION_WORK, OFF_TRACK_REASONS, PAST_NEGATIVE_WORDS } from '../vocabulary/statusMitigation';
import { phraseKey } from './phrases';
import { wordsBefore } from './wordsBefore';
import { isTime } from './clauseWords';
import { keepsNegative } from './stepBeside';

/*
 * Work going on after a negative headline is how the problem is handled, not a recovery (SPEC 4, round 19):
 * "Not on track, work underway to address" stays off track. An explicit recovery ("now back on track") is
 * no weak word, so still decides, and a negative put in the past ("Was delayed, now progressing") gives way.
 */

const WEAK: ReadonlySet<string> = new Set(MITIGATION_WORK.map(phraseKey));
const PAST: ReadonlySet<string> = new Set(PAST_NEGATIVE_WORDS);
const REASONS: ReadonlySet<string> = new Set(OFF_TRACK_REASONS.map(phraseKey));

/** A new date still to set: "new date to be agreed", "revised date TBC". */
const DATE_TO_COME = /^\s*(?:[:\-–—]\s*)?(?:to\s+be\s+(?:agreed|confirmed|set|determined|decided|fixed)|tb[cad]|not\s+yet\s+(?:agreed|set|confirmed)|awaited)(?![\p{L}])/iu;

/** A new date waited for: "awaiting new date", "pending a revised date". */
const DATE_AWAITED = /(?:^|[^\p{L}])(?:awaiting|await|pending|seeking|needs?|requires?)\s+(?:an?\s+|the\s+)?$/iu;


/**
 * True when the phrase `key` from `start` to `end`, read as `found`, leaves the negative the scan `s` holds
 * standing: work going on only ("in progress", "underway"), or, after an off-track one, a new date still to set
 * ("Missed deadline - new date to be agreed"), which re-dates nothing yet, or a reason ("Stalled - no lead identified"). The negative must head the entry or
 * share the phrase's sentence: "The main risks identified were staffing. … Review now underway" is a narrative.
 * A `completion` phrase that is a step or a part of the work (status/stepBeside.ts) leaves standing a negative or a
 * "not started" before it: "Behind programme – capital bid approved", "Not started; business case approved".
 * @example mitigates({ ...startScan('Off track; work underway'), status: 'off_track', negative: 0 }, 'underway', 'on_track', 16, 24, false, false) // true
 * @example mitigates({ ...startScan('Delayed - now back on track'), status: 'at_risk', negative: 0 }, 'backontrack', 'on_track', 14, 27, false, false) // false
 */
export function mitigates(
  s: EntryScan,
  key: string,
  found: StatusClass | null,
  start: number,
  end: number,
  redated: boolean,
  completion: boolean,
): boolean {
  const from = s.negative >= 0 ? s.negative : s.status === 'not_started' ? s.end : -1;
  if (from < 0) return false;
  const weak =
    s.negative >= 0 &&
    (found === 'on_track'
      ? WEAK.has(key)
      : found === 'at_risk' && s.status === 'off_track' && (REASONS.has(key) || (redated && dateToCome(s.text, start, end))));
  if (!weak && !(completion && keepsNegative(key, s.text, start, found, from))) return false;
  return !SENTENCE_END.test(s.text.slice(0, from)) || !SENTENCE_END.test(s.text.slice(from, start));
}

const dateToCome = (text: string, start: number, end: number): boolean =>
  DATE_TO_COME.test(text.slice(end, end + 30)) || DATE_AWAITED.test(text.slice(Math.max(0, start - 16), start));

/** A time the negative is set in, right after it: "Delayed in Q1", "Overdue during the summer". */
const SET_IN = /^\s+(?:in|during|over|through)\s+(?:the\s+)?(?:early\s+|mid\s+|late\s+)?([a-z0-9/]+)/i;
const NOW = /(?:^|[^\p{L}])now(?![\p{L}])/iu;

/**
 * True when the negative phrase from `start` to `end` stands as the entry's rating, not one put in the past: "Was
 * delayed", or set in a time with "now" after it ("Delayed in Q1, now progressing well", round 20).
 * @example standsNegative('Delayed - work ongoing', 0, 7) // true
 * @example standsNegative('Was delayed, now progressing well', 4, 11) // false
 * @example standsNegative('Delayed in Q1, now progressing well', 0, 7) // false
 */
export function standsNegative(text: string, start: number, end = start): boolean {
  const set = end < text.length ? SET_IN.exec(text.slice(end, end + 30)) : null;
  if (set !== null && isTime((set[1] ?? '').toLowerCase()) && NOW.test(text.slice(end + set[0].length, end + set[0].length + 60))) return false;
  if (start === 0) return true;
  const [near = '', next = ''] = wordsBefore(text, start, 2);
  return !PAST.has(near) && !PAST.has(next);
}
