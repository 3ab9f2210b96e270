import { addDays, isIsoDate, monthEnd, monthStart } from '../dates';
import type { Meeting } from '../types';
import { accepts, bestMeeting, specific, upcoming } from './calendar-match';
import { named } from './meeting-names';
import { frame, months, type Parsed } from './window';
import { usableYear, type Context } from './years';

/*
 * Which meeting a phrase means, once meeting.ts has read it: the calendar's or the next
 * meeting set's, by name and month or by its place after asOf.
 */

/** The next meeting set in the settings, unless it has already happened (a stale setting names no future meeting). */
function nextSet(ctx: Context): Meeting | null {
  const m = ctx.calendar.nextMeeting;
  return m !== null && isIsoDate(m.date) && m.date >= ctx.asOf ? m : null;
}

/** The name of the next meeting set, or of the calendar's meeting that day when it has none. */
function seriesOf(set: Meeting, meetings: readonly Meeting[]): string {
  return set.name.trim() !== '' ? set.name : (meetings.find((m) => m.date === set.date)?.name ?? '');
}

/**
 * The meeting of a month that fits the phrase: from the calendar or the next meeting set
 * ("Dec 23 QSC" when the next meeting is "December QSC" on 13 Dec), else the whole month.
 * "Dec Board" never takes the ELT that month: a phrase naming a body needs that body's meeting.
 * `strict` (a name only the calendar makes a meeting's, "Oct MSC") gives null rather than the
 * month, so a month with no such meeting keeps its ordinary reading.
 * @example inMonth(2024, 12, 'dec qsc', ctx, false) // the calendar's December QSC, else 1–31 December
 */
export function inMonth(year: number, month: number, words: string, ctx: Context, strict: boolean): Parsed {
  if (!usableYear(year)) return 'invalid';
  const set = ctx.calendar.nextMeeting;
  const pool = set === null ? ctx.calendar.meetings : [...ctx.calendar.meetings, set];
  const m = bestMeeting(pool, monthStart(year, month), monthEnd(year, month), named(words));
  if (m !== null) return frame('meeting', m.date, m.date);
  return strict ? null : months('meeting', year, month, year, month);
}

/**
 * The next meeting the phrase names, `skip` meetings on ("Board after next" skips one). "Next
 * meeting" is the next meeting set, else the calendar's first from asOf; a named one ("Next QSC")
 * is the calendar's next of that name, else the next meeting set when it may be that one.
 * @example nextMeeting('next meeting', ctx, 0) // start = end = calendar.nextMeeting.date
 */
export function nextMeeting(words: string, ctx: Context, skip: number): Parsed {
  const want = named(words);
  const { meetings } = ctx.calendar;
  const set = nextSet(ctx);
  let m: Meeting | null;
  if (!specific(want)) {
    // The meeting after the next one set is the next of its series: after a Board, the next Board.
    if (set === null) m = upcoming(meetings, ctx.asOf, want, skip);
    else m = skip === 0 ? set : upcoming(meetings, addDays(set.date, 1), named(seriesOf(set, meetings)), skip - 1);
  } else {
    const pool = set !== null && set.name.trim() !== '' ? [...meetings, set] : meetings;
    m = upcoming(pool, ctx.asOf, want, skip);
    if (m === null && skip === 0 && set !== null && accepts(set, meetings, want)) m = set;
  }
  return m === null ? frame('meeting', null, null) : frame('meeting', m.date, m.date);
}
