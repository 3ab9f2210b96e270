import type { IsoDate, Timeframe } from '../types';
import { frame } from './window';

/*
 * A lone step's time frames joined into one cell ("Q2 2024/25; Q4 2024/25"): the step runs
 * from the first to the last.
 */

/** Where a list of time frames splits. */
const LIST_SEPARATOR = /\s*;\s*/;
/** A part that says which meeting the date before it feeds ("End of March; for April Board") is no date of its own. */
const FEEDS_MEETING = /^for\s/;

/**
 * Several time frames for one step, each part read by `read`: the last end is the deadline.
 * Null unless two parts or more give dates.
 * @example parseList('q2 2024/25; q4 2024/25', read) // { kind: 'range', start: '2024-07-01', end: '2025-03-31', … }
 */
export function parseList(s: string, read: (part: string) => Timeframe): Timeframe | null {
  if (s.indexOf(';') < 0) return null;
  let start: IsoDate | null = null;
  let end: IsoDate | null = null;
  let dated = 0;
  for (const part of s.split(LIST_SEPARATOR)) {
    if (part === '' || FEEDS_MEETING.test(part)) continue;
    const tf = read(part);
    if (tf.end === null) continue;
    dated += 1;
    if (tf.start !== null && (start === null || tf.start < start)) start = tf.start;
    if (end === null || tf.end > end) end = tf.end;
  }
  return dated < 2 ? null : frame('range', start, end);
}
