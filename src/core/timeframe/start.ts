import type { Timeframe } from '../types';
import { ERROR_TEXT_WORDS } from '../vocabulary/timeframe';
import { START_END_WORDS, START_WORDS } from '../vocabulary/timeframeMarkers';
import { parseBody, scanBody } from './body';
import { DEADLINE, alternation } from './lexicon';
import { frame, type Parsed } from './window';
import type { Context } from './years';

/*
 * A date a writer gave as where the work starts ("Commencing Jan 2025", "Start date: Jan 25")
 * read as a deadline makes the action overdue the day after it starts. With no end written it is
 * open-ended work, read as "April 2025 onwards" is; with an end, the end is the deadline.
 */

// "Start of April" is the early part of April, and "Start by April" a deadline to start by.
const START_RE = new RegExp(
  `^${alternation(START_WORDS)}(?![a-z]|-[a-z])(?!\\s+of(?![a-z]))(?![\\s:,-]*${DEADLINE}(?![a-z]))[\\s:,-]*`,
);
// A spaced dash ends a start too ("Start Jan 25 - Mar 25"); an unspaced one is inside a date (6-Jan-25).
const END_RE = new RegExp(`(?<![a-z])${alternation(START_END_WORDS)}(?![a-z])|\\s-|-\\s`);
/** End words read as part of the deadline ("complete by", "end mar", "due by", "before"); the rest are dropped. */
const END_PREFIX_RE = /^(?:end date|finish date|completion date|completion|complete|completed|finish|finishing|ending|ends|end(?=\s*:)|to|through|thru|target date|target|-)(?![a-z])[\s:,-]*/;
const ERROR_TEXT_RE = new RegExp(`^${alternation(ERROR_TEXT_WORDS)}(?![a-z0-9])`);

function datable(r: Parsed): r is Timeframe {
  return r !== null && r !== 'invalid' && (r.start !== null || r.end !== null);
}

/**
 * True when normalised text is one of Excel's error values typed as text ("#N/A", "#REF!"):
 * a broken cell, to be warned of, where "#N/A" would otherwise read as "n/a".
 * @example isErrorText('#n/a') // true
 * @example isErrorText('n/a') // false
 */
export function isErrorText(s: string): boolean {
  return ERROR_TEXT_RE.test(s);
}

/**
 * A time frame that opens with a start word: 'ongoing' when no end follows the start's date,
 * the start to the end's deadline when one does; null when the text opens with no start word or
 * nothing datable follows it, for the usual reading.
 * @example parseStart('commencing jan 2025', ctx) // { kind: 'ongoing', start: null, end: null, … }
 * @example parseStart('starting jan, complete by march', ctx) // { kind: 'range', start: '2025-01-01', end: '2025-03-31', … }
 */
export function parseStart(s: string, ctx: Context, truncated: boolean): Timeframe | null {
  const m = START_RE.exec(s);
  if (m === null) return null;
  const rest = s.slice(m[0].length);
  const begin = parseBody(rest, ctx) ?? (truncated ? null : scanBody(rest, ctx));
  if (!datable(begin)) return null;
  // An end word that opens the rest is the start's own ("Starting end of Jan").
  const endAt = END_RE.exec(rest.slice(1));
  const endText = endAt === null ? '' : rest.slice(endAt.index + 1).trim().replace(END_PREFIX_RE, '');
  const end = endText === '' ? null : parseBody(endText, ctx);
  if (!datable(end) || end.end === null) return frame('ongoing', null, null);
  // A start the year inference put after its end is no start of that end.
  const from = begin.start ?? begin.end;
  return from !== null && from <= end.end ? frame('range', from, end.end) : end;
}
