import { daysInMonth, isoDate, parts } from '../dates';
import type { IsoDate, Timeframe } from '../types';
import { makeContext, type Context } from './years';

/*
 * A lead re-dates work to a later date. The date replaced is read as SPEC 3 reads a date alone:
 * its own year, else its occurrence nearest asOf (a bare Q4 read in April is the quarter just
 * ended, not the one eleven months on). A new date with no year of its own is then its first
 * occurrence on or after the date replaced, however far that is from asOf: "was Oct now Nov" read
 * in December is the November just gone, overdue, not next year's. Only a date whose year came
 * from asOf (none was written) is ever moved; `reread` reads its text again at another as-of date.
 */

/** Years a yearless date may move; a revision further out than this is left as read. */
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

/** `tf` read `years` on, or null when that reading is not the same text's window moved by the years. */
function readMoved(tf: Timeframe, years: number, reread: (ctx: Context) => Timeframe, ctx: Context): Timeframe | null {
  if (years === 0) return tf;
  if (Math.abs(years) > MAX_YEARS) return null;
  const at = shifted(ctx, years);
  const r = at === null ? null : reread(at);
  return r !== null && movedBy(tf, r, years) ? r : null;
}

/** Whole months from asOf to the nearest month of `tf`'s window; 0 inside it. */
function monthsAway(tf: Timeframe, ctx: Context): number {
  const index = (d: IsoDate): number => parts(d).year * 12 + parts(d).month;
  const now = ctx.year * 12 + ctx.month;
  const end = tf.end === null ? now : index(tf.end);
  const start = tf.start === null ? end : index(tf.start);
  return now < start ? start - now : now > end ? now - end : 0;
}

/**
 * A date replaced by a revision, read at its occurrence nearest asOf when its year came from asOf:
 * a bare quarter is the nearest such quarter, not the one in asOf's financial year. A year written
 * is kept; a tie keeps the reading SPEC 3 gives alone.
 * @example nearest(q4, (c) => parseBody('q4', c) as Timeframe, ctx) // at asOf 2026-04-20: 2026-01-01 … 2026-03-31
 */
export function nearest(tf: Timeframe, reread: (ctx: Context) => Timeframe, ctx: Context): Timeframe {
  if (tf.end === null) return tf;
  let best = tf;
  for (const years of [-1, 1]) {
    const r = readMoved(tf, years, reread, ctx);
    if (r !== null && monthsAway(r, ctx) < monthsAway(best, ctx)) best = r;
  }
  return best;
}

/**
 * The new date of a revision at its first occurrence ending on or after the deadline it replaced,
 * moved by whole years either way, when its year was inferred from asOf; otherwise as read.
 * @example onOrAfter(q1, '2025-03-31', (c) => parseBody('q1', c) as Timeframe, ctx) // at asOf 2024-11-20: 2025-04-01 … 2025-06-30
 * @example onOrAfter(jan, '2024-11-30', (c) => parseBody('jan', c) as Timeframe, ctx) // at asOf 2026-12-07: 2025-01-01 … 2025-01-31
 */
export function onOrAfter(
  tf: Timeframe,
  replaced: IsoDate | null,
  reread: (ctx: Context) => Timeframe,
  ctx: Context,
): Timeframe {
  if (replaced === null || tf.end === null) return tf;
  const gap = parts(replaced).year - parts(tf.end).year;
  // Ending in the replaced date's year, or failing that the next: any earlier ends before it.
  for (const years of [gap, gap + 1]) {
    const r = readMoved(tf, years, reread, ctx);
    if (r !== null && r.end !== null && r.end >= replaced) return r;
  }
  return tf;
}

/**
 * A date moved to with no date replaced ("Delayed until Q1"), a year on when that is as near asOf
 * as the reading or nearer and the reading is already over: a move points ahead of when it was
 * written, and that was before asOf by an unknown time. A date just gone stays a deadline missed.
 * Never moved back: a bare quarter keeps SPEC 3's financial year.
 * @example ahead(q1, (c) => parseBody('q1', c) as Timeframe, ctx) // at asOf 2026-12-07: 2027-04-01 … 2027-06-30
 * @example ahead(nov, (c) => parseBody('nov', c) as Timeframe, ctx) // at asOf 2026-12-07: 2026-11-01 … 2026-11-30, a week over
 */
export function ahead(tf: Timeframe, reread: (ctx: Context) => Timeframe, ctx: Context): Timeframe {
  if (tf.end === null || tf.end >= ctx.asOf) return tf;
  const next = readMoved(tf, 1, reread, ctx);
  return next !== null && monthsAway(next, ctx) <= monthsAway(tf, ctx) ? next : tf;
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
