import { addDays, dayNumber, fromDayNumber, isoDate, monthEnd, monthStart, parts } from '../dates';
import type { IsoDate, Timeframe, TimeframeKind } from '../types';
import type { Qualifier } from '../vocabulary/timeframe';
import { usableYear } from './years';

/**
 * What a pattern answers: a time frame, null for "not this pattern, try the next", or
 * 'invalid' for "this pattern, but not a real date" (31/02/2023), which ends the search.
 */
export type Parsed = Timeframe | null | 'invalid';

/**
 * A time frame with no revision.
 * @example frame('tbc', null, null) // { kind: 'tbc', start: null, end: null, redated: false }
 */
export function frame(kind: TimeframeKind, start: IsoDate | null, end: IsoDate | null): Timeframe {
  return { kind, start, end, redated: false };
}

/**
 * The months from (year, month) to (year2, month2) inclusive; months past 12 roll into later
 * years, so a financial quarter is `months(kind, 2023, 10, 2023, 12)` or `(…, 2023, 13, 2023, 15)`.
 * @example months('month', 2023, 2, 2023, 2) // { kind: 'month', start: '2023-02-01', end: '2023-02-28', … }
 */
export function months(kind: TimeframeKind, year: number, month: number, year2: number, month2: number): Parsed {
  if (!usableYear(year) || !usableYear(year2)) return 'invalid';
  const start = bounds(year, month)[0];
  const end = bounds(year2, month2)[1];
  return start <= end ? frame(kind, start, end) : 'invalid';
}

// Building month bounds through Date is the costliest step of a parse; the months a workbook
// names are few, so each is built once. The cap keeps memory bounded on hostile input.
const BOUNDS = new Map<number, readonly [IsoDate, IsoDate]>();
const BOUNDS_LIMIT = 10_000;

function bounds(year: number, month: number): readonly [IsoDate, IsoDate] {
  const k = year * 12 + month;
  let b = BOUNDS.get(k);
  if (b === undefined) {
    b = [monthStart(year, month), monthEnd(year, month)];
    if (BOUNDS.size < BOUNDS_LIMIT) BOUNDS.set(k, b);
  }
  return b;
}

/**
 * One day, or 'invalid' when it does not exist.
 * @example day('date', 2023, 2, 29) // 'invalid'
 */
export function day(kind: TimeframeKind, year: number, month: number, d: number): Parsed {
  if (!usableYear(year) || !Number.isInteger(month) || month < 1 || month > 12 || !Number.isInteger(d) || d < 1)
    return 'invalid';
  const [first, last] = bounds(year, month);
  if (d > Number(last.slice(8))) return 'invalid';
  const iso = `${first.slice(0, 8)}${d < 10 ? '0' : ''}${d}`;
  return frame(kind, iso, iso);
}

function sameMonth(a: IsoDate, b: IsoDate): boolean {
  return a.slice(0, 7) === b.slice(0, 7);
}

/**
 * Narrows a window to the part a qualifier names: end → its last day; mid → the 15th of its
 * middle month; early → 1st–10th of a month, or the first third of a longer window; late →
 * 21st–last of a month, or the last third of a longer window. A single day is left alone.
 * @example qualify(frame('month', '2022-11-01', '2022-11-30'), 'mid') // start = end = '2022-11-15'
 */
export function qualify(tf: Timeframe, qualifier: Qualifier | null): Timeframe {
  const { start, end } = tf;
  if (qualifier === null || start === null || end === null || start === end) return tf;
  if (qualifier === 'end') return { ...tf, start: end, end };
  const single = sameMonth(start, end);
  if (qualifier === 'mid' && single) return { ...tf, start: `${start.slice(0, 8)}15`, end: `${start.slice(0, 8)}15` };
  if (qualifier === 'mid') {
    const middle = parts(fromDayNumber(Math.floor((dayNumber(start) + dayNumber(end)) / 2)));
    const d = isoDate(middle.year, middle.month, 15) ?? start;
    return { ...tf, start: d, end: d };
  }
  if (single) {
    return qualifier === 'early'
      ? { ...tf, end: `${start.slice(0, 8)}10` }
      : { ...tf, start: `${start.slice(0, 8)}21` };
  }
  // A longer window's early or late part is its first or last third, in whole months.
  const a = parts(start);
  const b = parts(end);
  const third = Math.max(1, Math.round(((b.year - a.year) * 12 + b.month - a.month + 1) / 3));
  if (qualifier === 'early') return { ...tf, end: bounds(a.year, a.month + third - 1)[1] };
  return { ...tf, start: bounds(b.year, b.month - third + 1)[0] };
}

/**
 * Narrows a window to the span between two qualifiers: from where the first starts to where
 * the second ends; just the second when they run backwards.
 * @example between(frame('month', '2023-09-01', '2023-09-30'), 'mid', 'late') // start '2023-09-15', end '2023-09-30'
 */
export function between(tf: Timeframe, from: Qualifier | null, to: Qualifier | null): Timeframe {
  const a = qualify(tf, from);
  const b = qualify(tf, to);
  return a.start !== null && b.end !== null && a.start <= b.end ? { ...b, start: a.start } : b;
}

/**
 * Makes a window a deadline only. "by" keeps its end; "before" an unqualified date or month
 * (not a meeting) ends the day before it starts, so "before April" is 31 March.
 * @example deadline(frame('month', '2023-04-01', '2023-04-30'), 'before', false) // end '2023-03-31', start null
 */
export function deadline(tf: Timeframe, kind: 'by' | 'before' | null, qualified: boolean): Timeframe {
  if (kind === null || tf.end === null || tf.start === null) return tf;
  if (kind === 'before' && !qualified && tf.kind !== 'meeting')
    return { ...tf, start: null, end: addDays(tf.start, -1) };
  return { ...tf, start: null };
}

/**
 * The week a day starts ("w/c 14 Nov"): work planned for that week is due by its last day.
 * Any other window is left alone.
 * @example weekFrom(frame('date', '2022-11-14', '2022-11-14')) // { kind: 'range', …, end: '2022-11-20' }
 */
export function weekFrom(tf: Timeframe): Timeframe {
  if (tf.kind !== 'date' || tf.start === null || tf.start !== tf.end) return tf;
  return { ...tf, kind: 'range', end: addDays(tf.start, 6) };
}
