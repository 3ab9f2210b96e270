import type { Calendar, IsoDate, Timeframe } from '../types';
import { cellContext } from './meeting-terms';
import { normalise } from './normalise';
import { phraseAtStart } from './phrases';
import { wholeOrList } from './list';
import { parseRevised } from './revised';
import { parseSerial } from './serial';
import { sideBySide } from './side-by-side';
import { parsePhrase } from './single';
import { isErrorText } from './start';
import { frame } from './window';
import { makeContext, type Context } from './years';

export { meetingAfter, relativeMeeting, type RelativeMeeting } from './raised';

/*
 * SPEC 3: a time-frame cell read into { kind, start, end, redated }. Never throws; the work is
 * bounded by the start of the cell (see normalise), whatever its length.
 */

const DEFAULT_CALENDAR: Calendar = { meetings: [], nextMeeting: null, quarterConvention: 'financial' };
const NON_SPACE = /\S/;
const LINE_BREAK = /[\n\r]/;

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
  const shared = contextFor(asOf, calendar ?? DEFAULT_CALENDAR);
  if (shared === null) return frame(phraseAtStart(s) ?? 'unparseable', null, null);
  const ctx = cellContext(shared, text);
  const phrase = (part: string): Timeframe => parsePhrase(part, ctx, truncated);
  // Dates on lines of their own may be a history or a list: read as before, the first the deadline.
  const cell = (LINE_BREAK.test(text) ? null : sideBySide(s, phrase)) ?? s;
  return parseRevised(cell, ctx, truncated) ?? wholeOrList(cell, phrase);
}
