import type { Timeframe } from '../types';
import { ahead, nearest, onOrAfter, yearWritten } from './later';
import { agreedAt } from './agreed';
import { findRevision } from './revision';
import { datable, parsePhrase } from './single';
import type { Context } from './years';

/*
 * SPEC 3's revisions: the date after the last revision word is the deadline, marked re-dated.
 * Revisions move dates later, so a new date with no year of its own is the first on or after the
 * date it replaced (later.ts); that date is the last of any earlier revisions ("Q2 slipped to Q4
 * slipped to Q1") when they wrote its year, else read alone at its occurrence nearest asOf.
 */

/** Earlier revisions looked through for the deadline a new date replaced. */
const MAX_REVISIONS = 3;

/**
 * The deadline after the last revision word, marked re-dated; null when the cell is no revision.
 * With `settle` false each date is read as SPEC 3 reads it alone, its year not yet fitted to the
 * date it replaced.
 * @example parseRevised('was oct now nov', ctx, false) // at asOf 2026-12-07: { kind: 'month', start: '2026-11-01', end: '2026-11-30', redated: true }
 * @example parseRevised('q4 → q1', ctx, false) // at asOf 2026-04-20: { kind: 'quarter', start: '2026-04-01', end: '2026-06-30', redated: true }
 * @example parseRevised('31/03/27 - extension agreed at jan qsc', ctx, false) // { kind: 'date', start: '2027-03-31', end: '2027-03-31', redated: true }
 */
export function parseRevised(s: string, ctx: Context, truncated: boolean, depth = 0, settle = true): Timeframe | null {
  // "31/03/27 - extension agreed at Jan QSC": the meeting is where the extension was agreed, so it
  // is read with the meeting cut out. "By" is a deadline word too ("new date agreed by end of
  // March"), so after it only a meeting is cut. A cell with no other date keeps its old reading.
  const agreed = agreedAt(s);
  const meeting = (): boolean => parsePhrase(agreed?.clause ?? '', ctx, truncated).kind === 'meeting';
  if (agreed !== null && findRevision(agreed.head) !== null && (!agreed.by || meeting())) {
    const read = readRevised(agreed.text, ctx, truncated, depth, settle);
    if (read !== null) return read;
  }
  return readRevised(s, ctx, truncated, depth, settle);
}

/** "Revised x2 - now Oct 25": a revision word with no date of its own before "now" still moved the date. */
function movedOn(before: string): boolean {
  return findRevision(before)?.weak === false;
}

/** parseRevised's reading of a cell with no meeting named as where its revision was agreed. */
function readRevised(s: string, ctx: Context, truncated: boolean, depth: number, settle: boolean): Timeframe | null {
  const rev = findRevision(s);
  if (rev === null) return null;
  let after = parsePhrase(rev.after, ctx, truncated);
  let before = parsePhrase(rev.before, ctx, truncated);
  const reread = (text: string) => (c: Context) => parsePhrase(text, c, truncated);
  // A few revisions back is as far as real cells go; the bound keeps a hostile cell cheap.
  const chained = depth < MAX_REVISIONS && findRevision(rev.before) !== null;
  const readOld = (fit: boolean) => (c: Context): Timeframe =>
    (chained ? parseRevised(rev.before, c, truncated, depth + 1, fit) : null) ?? parsePhrase(rev.before, c, truncated);
  // The date replaced: the earlier revisions' deadline when they wrote its year, else read alone.
  const replaced = (): Timeframe => {
    const fitted = chained ? readOld(true)(ctx) : null;
    if (fitted !== null && yearWritten(fitted, readOld(true), ctx)) return fitted;
    return nearest(readOld(false)(ctx), readOld(false), ctx);
  };
  // "Feb (was Dec)" names the date replaced after the deadline, "Dec moved to Feb" before it.
  let oldEnd = rev.previous ? after.end : before.end;
  if (settle && rev.previous && !rev.earlier) {
    oldEnd = nearest(after, reread(rev.after), ctx).end;
    before = onOrAfter(before, oldEnd, reread(rev.before), ctx);
  }
  const asRead = after.end;
  if (settle && !rev.previous && !rev.earlier && after.end !== null) {
    oldEnd = replaced().end;
    after = onOrAfter(after, oldEnd, reread(rev.after), ctx);
    // With no date replaced, a date moved to ("Delayed until Q1") was still to come when moved. A
    // date labelled after it ("End of March - extension") is a record, read as SPEC 3 reads it alone.
    if (oldEnd === null && !rev.label) after = ahead(after, reread(rev.after), ctx);
  }
  if (rev.weak) {
    const alone = !rev.previous && !datable(before);
    if (alone && movedOn(rev.before) && datable(after)) return { ...after, redated: true };
    // "Now Q1" with no date before moves nothing that can be seen, but still names a date to come.
    if (alone && after.end !== asRead) return after;
    if (!datable(before) || !datable(after)) return null;
    // A forecast or "was" that repeats the deadline moved nothing.
    const deadline = rev.previous ? before : after;
    return { ...deadline, redated: deadline.end !== oldEnd };
  }
  if (rev.previous && datable(before)) return { ...before, redated: true };
  if (datable(after) || (datable(before) && after.kind === 'tbc')) return { ...after, redated: true };
  return datable(before) ? { ...before, redated: true } : null;
}
