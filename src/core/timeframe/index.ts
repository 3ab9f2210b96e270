import type { Calendar, IsoDate, Timeframe } from '../types';
import { parseBody, scanBody, stripFillers } from './body';
import { bracketedDeadline } from './bracket';
import { MEETING_WORD } from './lexicon';
import { normalise } from './normalise';
import { leadingPhrase, opensEnded, phraseAnywhere, phraseAtStart, setAtMeeting, type Lead } from './phrases';
import { onOrAfter, yearWritten } from './later';
import { ongoingDeadline } from './ongoing';
import { wholeOrList } from './list';
import { findRevision } from './revision';
import { parseSerial } from './serial';
import { isErrorText, parseStart } from './start';
import { frame } from './window';
import { makeContext, type Context } from './years';

export { meetingAfter, relativeMeeting, type RelativeMeeting } from './raised';

/*
 * SPEC 3: a time-frame cell read into { kind, start, end, redated }. Never throws; the work is
 * bounded by the start of the cell (see normalise), whatever its length.
 */

const DEFAULT_CALENDAR: Calendar = { meetings: [], nextMeeting: null, quarterConvention: 'financial' };
const NON_SPACE = /\S/;
/** Earlier revisions looked through for the deadline a new date replaced. */
const MAX_REVISIONS = 3;

// Refreshes read thousands of cells against one as-of date and calendar: build the context once.
let lastAsOf: IsoDate | null = null;
let lastCalendar: Calendar | null = null;
let lastContext: Context | null = null;

function contextFor(asOf: IsoDate, calendar: Calendar): Context | null {
  if (asOf !== lastAsOf || calendar !== lastCalendar) {
    lastContext = makeContext(asOf, calendar);
    lastAsOf = asOf;
    lastCalendar = calendar;
  }
  return lastContext;
}

function datable(tf: Timeframe): boolean {
  return tf.start !== null || tf.end !== null;
}

/**
 * A date right after a leading TBC is a provisional deadline ("TBC (provisionally end of Jan
 * 23)"), as a date before it is ("Jan 23 (TBC)"): a guessed date rates the step, where none
 * would leave it unrated. Ongoing work has a deadline only when it names one (see ongoing.ts).
 */
function afterLead(lead: Lead, ctx: Context): Timeframe | null {
  if (lead.kind === 'ongoing') return ongoingDeadline(lead.rest, ctx);
  const r = parseBody(lead.rest, ctx);
  return r === null || r === 'invalid' || !datable(r) || opensEnded(lead.rest) ? null : r;
}

/** One phrase, no revisions: at the start, then (in short cells) anywhere, then the no-deadline words. */
function parsePhrase(s: string, ctx: Context, truncated: boolean): Timeframe {
  if (setAtMeeting(s)) return frame('tbc', null, null);
  const lead = leadingPhrase(s) ?? leadingPhrase(stripFillers(s));
  if (lead !== null) return afterLead(lead, ctx) ?? frame(lead.kind, null, null);
  const pinned = bracketedDeadline(s, ctx);
  if (pinned !== null) return pinned;
  const started = parseStart(s, ctx, truncated);
  if (started !== null) return started;
  let r = parseBody(s, ctx);
  if (r === null && !truncated) r = scanBody(s, ctx);
  if (r === 'invalid') return frame('unparseable', null, null);
  // "March 2024 onwards": work that carries on from then, so there is no deadline to miss.
  if (r !== null) return opensEnded(s) ? frame('ongoing', null, null) : feedsMeeting(r, s);
  const kind = truncated ? null : phraseAnywhere(s);
  return frame(kind ?? 'unparseable', null, null);
}

/**
 * The deadline after the last revision word, marked re-dated; null when the cell is no revision.
 * A new date with no year written is kept if not yet over at asOf, or, after an old date whose year
 * was written, is the first on or after it (see later.ts); the old date may itself be the last of
 * earlier revisions ("Q2 slipped to Q4 slipped to Q1").
 */
function parseRevised(s: string, ctx: Context, truncated: boolean, depth = 0): Timeframe | null {
  const rev = findRevision(s);
  if (rev === null) return null;
  let after = parsePhrase(rev.after, ctx, truncated);
  let before = parsePhrase(rev.before, ctx, truncated);
  const reread = (text: string) => (c: Context) => parsePhrase(text, c, truncated);
  // A few revisions back is as far as real cells go; the bound keeps a hostile cell cheap.
  const readOld = (c: Context): Timeframe => (depth < MAX_REVISIONS ? parseRevised(rev.before, c, truncated, depth + 1) : null) ?? parsePhrase(rev.before, c, truncated);
  // The new date is not yet over at asOf, or after an old date whose year was written (later.ts);
  // with no old date ("deferred to Q2") SPEC 3 settles its year alone.
  const bound = (old: Timeframe, read: (c: Context) => Timeframe): IsoDate | null =>
    old.end === null ? null : yearWritten(old, read, ctx) ? old.end : ctx.asOf;
  if (rev.previous && !rev.earlier) before = onOrAfter(before, bound(after, reread(rev.after)), reread(rev.before), ctx);
  if (!rev.previous && !rev.earlier && after.end !== null) after = onOrAfter(after, bound(readOld(ctx), readOld), reread(rev.after), ctx);
  if (rev.weak) {
    // "Revised x2 - now Oct 25": a revision word with no date of its own before "now" still moved the date.
    const moved = !rev.previous && !datable(before) && findRevision(rev.before)?.weak === false;
    if (moved && datable(after)) return { ...after, redated: true };
    if (!datable(before) || !datable(after)) return null;
    // A forecast or "was" that repeats the deadline moved nothing.
    return { ...(rev.previous ? before : after), redated: before.end !== after.end };
  }
  if (rev.previous && datable(before)) return { ...before, redated: true };
  if (datable(after) || (datable(before) && after.kind === 'tbc')) return { ...after, redated: true };
  return datable(before) ? { ...before, redated: true } : null;
}

/** "… for April Board", "… for the May QSC": the date before it is due at that meeting. */
const FOR_MEETING = new RegExp(`\\sfor\\s+(?:the\\s+)?(?:[a-z0-9'&]+\\s+){0,3}?${MEETING_WORD}`);

/**
 * A date that feeds a meeting ("End of March for April Board") is a meeting's time frame, as
 * SPEC 3 lists it, whose deadline is the date the paper is due, not the meeting's.
 */
function feedsMeeting(tf: Timeframe, s: string): Timeframe {
  return (tf.kind === 'month' || tf.kind === 'date') && FOR_MEETING.test(s) ? { ...tf, kind: 'meeting' } : tf;
}

/**
 * Reads a time-frame cell (SPEC 3). UK day/month order; a month without a year is the one
 * nearest asOf; `end` is the deadline used for rating. Text it cannot read is 'unparseable',
 * an empty cell 'missing'.
 * @example parseTimeframe('End of Nov 22', '2022-11-03') // { kind: 'month', start: '2022-11-30', end: '2022-11-30', redated: false }
 * @example parseTimeframe('2023-24 Q2', '2023-09-30') // { kind: 'quarter', start: '2023-07-01', end: '2023-09-30', redated: false }
 * @example parseTimeframe('Dec 22 - moved to Feb 23', '2022-11-03') // { kind: 'month', start: '2023-02-01', end: '2023-02-28', redated: true }
 * @example parseTimeframe('Q4 - slipped to Q1', '2024-11-20') // { kind: 'quarter', start: '2025-04-01', end: '2025-06-30', redated: true }
 * @example parseTimeframe('End of Nov 22; End of Jan 23', '2022-11-03') // { kind: 'range', start: '2022-11-30', end: '2023-01-31', redated: false }
 * @example parseTimeframe('March 2023 onwards', '2022-11-03') // { kind: 'ongoing', start: null, end: null, redated: false }
 * @example parseTimeframe('TBC (provisionally end of Jan 23)', '2022-11-03') // { kind: 'month', start: '2023-01-31', end: '2023-01-31', … }
 * @example parseTimeframe('45627', '2024-11-20') // an Excel serial typed as text: { kind: 'date', start: '2024-12-01', end: '2024-12-01', … }
 */
export function parseTimeframe(text: string, asOf: IsoDate, calendar: Calendar = DEFAULT_CALENDAR): Timeframe {
  if (typeof text !== 'string') return frame('missing', null, null);
  const { text: s, truncated } = normalise(text);
  if (s === '') {
    const blank = !truncated || !NON_SPACE.test(text);
    return frame(blank ? 'missing' : 'unparseable', null, null);
  }
  // "#N/A" typed as text is a broken cell to warn of, not "n/a" (no deadline, by design).
  if (isErrorText(s)) return frame('unparseable', null, null);
  const serial = parseSerial(s);
  if (serial !== null) return serial;
  const ctx = contextFor(asOf, calendar ?? DEFAULT_CALENDAR);
  if (ctx === null) return frame(phraseAtStart(s) ?? 'unparseable', null, null);
  const phrase = (part: string): Timeframe => parsePhrase(part, ctx, truncated);
  return parseRevised(s, ctx, truncated) ?? wholeOrList(s, phrase);
}
