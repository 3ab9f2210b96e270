import { DEADLINE_WORDS } from '../vocabulary/timeframe';
import { NEXT_REVIEW_LINK_WORDS, NEXT_REVIEW_WORDS, ONGOING_DEADLINE_WORDS } from '../vocabulary/timeframeMarkers';
import type { Timeframe } from '../types';
import { parseBody } from './body';
import { alternation } from './lexicon';
import { opensEnded } from './phrases';
import { parseStart } from './start';
import { deadline } from './window';
import type { Context } from './years';

/*
 * SPEC 3: a phrase that names a deadline takes the deadline. Ongoing work with a date it must
 * be done by ("Ongoing - complete by Sept 24", "Continuous - to be completed by Jun 24", "BAU
 * from Oct 24 (implementation by Sept 24)") is rated on that date, so an overdue step shows Red
 * rather than going unrated. So is recurring work over a stated period ("Monthly from Sept 26 to
 * Feb 27", "Weekly Jan - Mar"): it stops at the period's end, which is when it is due.
 */

/** Words after "Ongoing" that give the date the work runs until. */
const UNTIL_RE = /^(?:until|till|up to|to|through|thru)\s+/;
/**
 * Its next review, report or due date anywhere after it ("Ongoing - next review Dec 27",
 * "Quarterly - next due Jan 25"); the date is read after the words that join them.
 */
const NEXT_RE = new RegExp(
  `(?<![a-z])(?:next\\s+)?${alternation(NEXT_REVIEW_WORDS)}(?:[\\s:,]+${alternation(NEXT_REVIEW_LINK_WORDS)})*(?=[\\s:,])[\\s:,]+`,
  'g',
);
/** A deadline word anywhere after the ongoing one; the date is read from the word on. */
const MARKER_RE = new RegExp(
  `(?<![a-z])${alternation([...Object.keys(DEADLINE_WORDS), ...ONGOING_DEADLINE_WORDS])}(?=[\\s:,])`,
  'g',
);
/** What joins the two ends of a period written with no start word ("Sept 26 - Feb 27", "between Jan and Mar"). */
const SPAN_JOIN_RE = /(?<![a-z])(?:to|and)(?![a-z])|-/;
/** Brackets round the whole period ("Monthly (Sept 26 - Feb 27)"). */
const BRACKETS_RE = /^\((.*)\)$/;
/** Deadline words tried before giving up; bounds the work on wordy cells. */
const MAX_TRIES = 4;

function dated(text: string, ctx: Context): Timeframe | null {
  const r = parseBody(text, ctx);
  if (r === null || r === 'invalid' || (r.start === null && r.end === null) || opensEnded(text)) return null;
  return deadline(r, 'by', false);
}

/**
 * The deadline of ongoing work: a date it runs until right after the ongoing word, else the end
 * of the period it runs over, else a date after a deadline word further on, else its next review,
 * report or due date; null when it has none.
 * @example ongoingDeadline('until 31/10/24', ctx) // { kind: 'date', start: null, end: '2024-10-31', … }
 * @example ongoingDeadline('from sept 26 to feb 27', ctx) // { kind: 'range', start: '2026-09-01', end: '2027-02-28', … }
 * @example ongoingDeadline('complete by sept 24', ctx) // { kind: 'month', start: null, end: '2024-09-30', … }
 * @example ongoingDeadline('next review dec 27', ctx) // at asOf 2027-06-30: { kind: 'month', start: null, end: '2027-12-31', … }
 * @example ongoingDeadline('reviewed monthly', ctx) // null
 */
export function ongoingDeadline(rest: string, ctx: Context): Timeframe | null {
  const until = UNTIL_RE.exec(rest);
  const first = until === null ? null : dated(rest.slice(until[0].length), ctx);
  // A deadline the work must meet outranks the next time it is looked at.
  return first ?? period(rest, ctx) ?? markedDeadline(rest, ctx) ?? nextReview(rest, ctx);
}

/**
 * The period the work runs over, from a start to an end ("from sept 26 to feb 27", "sept 26 -
 * feb 27"); null for a start alone ("from sept 26"), which has no end to be due at, and for one
 * date or a start after its end, which the deadline words read instead.
 */
function period(rest: string, ctx: Context): Timeframe | null {
  const text = BRACKETS_RE.exec(rest)?.[1] ?? rest;
  if (opensEnded(text)) return null;
  const started = parseStart(text, ctx, false);
  const r = started ?? (SPAN_JOIN_RE.test(text) ? parseBody(text, ctx) : null);
  return r !== null && r !== 'invalid' && r.kind === 'range' && r.start !== null && r.end !== null ? r : null;
}

/** The date or meeting after a next-review word: read after the joining words, else with them ("report to QSC Nov" is a meeting). */
function nextReview(rest: string, ctx: Context): Timeframe | null {
  NEXT_RE.lastIndex = 0;
  let tries = 0;
  for (let m = NEXT_RE.exec(rest); m !== null && tries < MAX_TRIES; m = NEXT_RE.exec(rest), tries++) {
    const r = dated(rest.slice(m.index + m[0].length), ctx) ?? dated(rest.slice(m.index).replace(/^next\s+/, ''), ctx);
    if (r !== null) return r;
  }
  return null;
}

/** The date after a deadline word further on ("Ongoing - complete by Sept 24"). */
function markedDeadline(rest: string, ctx: Context): Timeframe | null {
  MARKER_RE.lastIndex = 0;
  let tries = 0;
  for (let m = MARKER_RE.exec(rest); m !== null && tries < MAX_TRIES; m = MARKER_RE.exec(rest), tries++) {
    const r = dated(rest.slice(m.index), ctx);
    if (r !== null) return r;
  }
  return null;
}
