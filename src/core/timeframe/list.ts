import type { IsoDate, Timeframe } from '../types';
import { DEPENDENCY_WORDS } from '../vocabulary/timeframeMarkers';
import { alternation } from './lexicon';
import { frame } from './window';

/*
 * A lone step's time frames joined into one cell ("Q2 2024/25; Q4 2024/25", "Dec 2024 | Mar
 * 2025"), often naming the stages of one piece of work ("Works start Sept 25, complete Mar 26",
 * "Jan 2025 (draft) / Mar 2025 (final)"): the step runs from the first to the last, whose date
 * is the deadline.
 */

/** Where a list of time frames splits: a semicolon, pipe or comma, or a slash with spaces round it ("31/03/24" keeps its own). */
const LIST_SEPARATOR = /\s*[;|,]\s*|\s+\/\s+/;
const HAS_SEPARATOR = /[;|,]|\s\/\s/;
/**
 * Parts that are no date of their own: the meeting a date feeds ("End of March; for April Board"),
 * what it depends on ("Nov 24, subject to Dec Board"), and a year or day that finishes the part
 * before it ("December 15, 2023", "Q3, 2024/25").
 */
const NOT_A_DATE = new RegExp(
  `^(?:for|${alternation(DEPENDENCY_WORDS)})\\s|^(?:fy\\s*)?'?(?:\\d{4}|\\d{2})(?:\\s*[-/]\\s*(?:\\d{4}|\\d{2}))?$|^\\d{1,2}(?:st|nd|rd|th)?$`,
);

/**
 * The cell read whole, or as a list when the list runs later: "Q2 / Q3 2025/26" read whole
 * takes the year written once for both quarters, which its parts read alone would lose.
 * @example wholeOrList('q3, q4', read) // at asOf 2024-11-20: { kind: 'range', start: '2024-10-01', end: '2025-03-31', … }
 */
export function wholeOrList(s: string, read: (part: string) => Timeframe): Timeframe {
  const list = parseList(s, read);
  const whole = read(s);
  return list !== null && list.end !== null && (whole.end === null || list.end > whole.end) ? list : whole;
}

/**
 * Several time frames for one step, each part read by `read`: the last end is the deadline.
 * Null unless two parts or more give dates; a meeting right after a date is the one it feeds.
 * @example parseList('q2 2024/25; q4 2024/25', read) // { kind: 'range', start: '2024-07-01', end: '2025-03-31', … }
 * @example parseList('draft jul 24, final sept 24', read) // { kind: 'range', start: '2024-07-01', end: '2024-09-30', … }
 */
export function parseList(s: string, read: (part: string) => Timeframe): Timeframe | null {
  if (!HAS_SEPARATOR.test(s)) return null;
  let start: IsoDate | null = null;
  let end: IsoDate | null = null;
  let dated = 0;
  let previous: Timeframe | null = null;
  for (const part of s.split(LIST_SEPARATOR)) {
    if (part === '' || NOT_A_DATE.test(part)) continue;
    const tf = read(part);
    if (tf.end === null) continue;
    // A meeting right after a date is the one that date feeds ("End of March, April Board"), as with "for" (SPEC 3).
    const feeds = tf.kind === 'meeting' && previous !== null && previous.kind !== 'meeting';
    previous = tf;
    if (feeds) continue;
    dated += 1;
    if (tf.start !== null && (start === null || tf.start < start)) start = tf.start;
    if (end === null || tf.end > end) end = tf.end;
  }
  return dated < 2 ? null : frame('range', start, end);
}
