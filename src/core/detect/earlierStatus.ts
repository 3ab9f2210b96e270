import type { HeaderReading } from './reading';
import { normaliseHeader } from './normalise';

/*
 * A status column headed as of an earlier point ("Baseline status (Feb 25)", "Previous RAG",
 * "Last month's update", "Status at last meeting") records where the action stood then: the
 * board wants where it stands now, in a "Current status" or "Update (May 25)" beside it.
 */

/** Words that date a header before now on their own: a baseline, a previous or original reading. */
const EARLIER = /(?:^| )(?:baseline|previous|prior|original|initial|starting|opening)(?: |$)/;
/** "Last" before a period or meeting ("last month", "last meeting"); "Last update" alone is the latest. */
const LAST_PERIOD = /(?:^| )last (?:month|months|quarter|quarters|week|weeks|meeting|review|report|period|year|time)(?: |$)/;

/**
 * True when a (normalised) status header names an earlier point than now.
 * @example namesEarlierPoint('baseline status feb 25') // true
 * @example namesEarlierPoint('last update') // false
 */
export function namesEarlierPoint(norm: string): boolean {
  return EARLIER.test(norm) || LAST_PERIOD.test(norm);
}

/**
 * A header reading whose status columns headed as of an earlier point (namesEarlierPoint) are no
 * longer read when a rival says where the action stands now: what they say is superseded, and read
 * beside it their old "Not met" would outweigh the current "Met". The status column, when earlier,
 * gives way to the first current rival. Unchanged when none of them is current.
 * @example currentStatusFirst({ ...reading, columns: { action: 0, status: 1 }, extraStatus: [2] }, ['Action', 'Baseline status', 'Current status']).columns.status // 2
 */
export function currentStatusFirst(reading: HeaderReading, texts: readonly string[]): HeaderReading {
  const status = reading.columns.status;
  const earlier = (col: number): boolean => namesEarlierPoint(normaliseHeader(texts[col] ?? ''));
  if (status === undefined || ![status, ...reading.extraStatus].some(earlier)) return reading;
  const current = [status, ...reading.extraStatus].find((col) => !earlier(col));
  if (current === undefined) return reading;
  const extraStatus = reading.extraStatus.filter((col) => col !== current && !earlier(col));
  return { ...reading, columns: { ...reading.columns, status: current }, extraStatus };
}
