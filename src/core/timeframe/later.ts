import { daysInMonth, isoDate, parts } from '../dates';
import type { IsoDate, Timeframe } from '../types';
import { makeContext, type Context } from './years';

/*
 * A lead re-dates work to a date still to come. A new date written without a year is read alone
 * (SPEC 3) and kept if it is not yet over at asOf, else moved on by whole years: "Q4 - slipped to
 * Q1" read in November 2024 is Q1 2025/26, and "Q4 -> Q1" read in April 2026 is Q1 2026/27, the
 * old bare Q4 being last year's. Only when the old date's year was written ("Q4 25/26 moved to Q1")
 * is it the bound instead: the new date is the first on or after it. Only a new date whose year
 * came from asOf (none was written) is ever moved.
 */

/** Years a yearless new date may move; a revision further out than this is left as read. */
const MAX_YEARS = 12;

/** The context of an as-of date `years` later (29 February becomes the 28th). */
function shifted(ctx: Context, years: number): Context | null {
  const { year, month, day } = parts(ctx.asOf);
  const y = year + years;
  const iso = isoDate(y, month, Math.min(day, daysInMonth(y, month)));
  return iso === null ? null : makeContext(iso, ctx.calendar);
}

/** True when `b` is `a`'s window `years` later: the year moved with asOf, so none was written. */
function movedBy(a: Timeframe, b: Timeframe, years: number): boolean {
  const same = (x: IsoDate | null, y: IsoDate | null): boolean =>
    x === null ? y === null : y !== null && parts(y).year === parts(x).year + years && x.slice(5, 7) === y.slice(5, 7);
  return a.kind === b.kind && same(a.start, b.start) && same(a.end, b.end);
}

/**
 * The new date of a revision, moved on by whole years until it ends on or after the deadline it
 * replaced, when its year was inferred from asOf; otherwise as read. `reread` reads the new
 * date's text again at another as-of date.
 * @example onOrAfter(q1, '2025-03-31', (c) => parseBody('q1', c) as Timeframe, ctx) // at asOf 2024-11-20: 2025-04-01 … 2025-06-30
 */
export function onOrAfter(
  tf: Timeframe,
  replaced: IsoDate | null,
  reread: (ctx: Context) => Timeframe,
  ctx: Context,
): Timeframe {
  if (replaced === null || tf.end === null || tf.end >= replaced) return tf;
  const gap = parts(replaced).year - parts(tf.end).year;
  // The gap in calendar years, or one more when the new date's month is later in the year.
  for (const years of [gap, gap + 1]) {
    if (years < 1 || years > MAX_YEARS) continue;
    const later = shifted(ctx, years);
    const r = later === null ? null : reread(later);
    if (r !== null && r.end !== null && r.end >= replaced && movedBy(tf, r, years)) return r;
  }
  return tf;
}

/**
 * True when `tf`, a text's reading at `ctx`, is the same deadline read at an as-of date a year
 * later: the text wrote its year, so it did not come from asOf. False for a text with no deadline.
 * @example yearWritten(parseBody('q4 25/26', ctx) as Timeframe, (c) => parseBody('q4 25/26', c) as Timeframe, ctx) // true
 * @example yearWritten(parseBody('q4', ctx) as Timeframe, (c) => parseBody('q4', c) as Timeframe, ctx) // false
 */
export function yearWritten(tf: Timeframe, reread: (ctx: Context) => Timeframe, ctx: Context): boolean {
  const later = shifted(ctx, 1);
  return tf.end !== null && (later === null || reread(later).end === tf.end);
}
