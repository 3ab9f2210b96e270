import { addDays } from '../dates';
import type { Calendar, IsoDate, Meeting } from '../types';
import { upcoming } from './calendar-match';
import { AFTER_NEXT_RE, FOLLOWING_RE, NEXT_RE, SECOND_RE } from './meeting';
import { calendarNames, namedAsWritten } from './meeting-terms';
import { capitalsOf } from './meeting-initials';
import { named, type Named } from './meeting-names';
import { normalise } from './normalise';

/*
 * "Next meeting" in an action log that dates each action's meeting: the meeting after the one
 * that raised the action, not the one after the as-of date. An action raised in July and due
 * at the next meeting was due in September, however late the log is read.
 */

/** A time frame that names a meeting only by its place after another ("Next meeting", "Following Board"). */
export interface RelativeMeeting {
  want: Named;
  /** Meetings passed over: one for "Board after next". */
  skip: number;
}

/** Nothing but closing punctuation after the phrase: "Next Board (Jan 24)" or "next meeting - 30/01" names its own date. */
const NOTHING_AFTER = /^[\s.,;:!*)]*$/;

/**
 * The meeting a whole time-frame cell names relative to the one it was written at, or null
 * when the cell says more (a month, a day, "Following Board approval"). With the calendar, the
 * committees only its names make meetings count too ("Next MSC").
 * @example relativeMeeting('Next meeting') // { want: named('next meeting'), skip: 0 }
 * @example relativeMeeting('Board after next')?.skip // 1
 * @example relativeMeeting('Next Board (Jan 24)') // null
 */
export function relativeMeeting(text: string, calendar?: Calendar): RelativeMeeting | null {
  const s = normalise(text).text;
  const second = SECOND_RE.exec(s) ?? AFTER_NEXT_RE.exec(s);
  const names = calendar === undefined ? null : calendarNames(calendar);
  const own = names?.next.exec(s) ?? null;
  // Two-letter initials ("Next PB") count only in capitals, as in meeting.ts.
  const ownNext = own !== null && names !== null && namedAsWritten(names, own[1] ?? '', capitalsOf(text)) ? own : null;
  const m = second ?? NEXT_RE.exec(s) ?? FOLLOWING_RE.exec(s) ?? ownNext ?? names?.bare.exec(s) ?? null;
  if (m === null || !NOTHING_AFTER.test(s.slice(m[0].length))) return null;
  return { want: named(m[0]), skip: second === null ? 0 : 1 };
}

/**
 * The date of the meeting a relative phrase means for an action raised on `raised`: the first
 * of `meetings` after that day that fits the phrase (`skip` on); null when none is known.
 * @example meetingAfter([{ date: '2025-09-04', name: '' }], '2025-07-03', relativeMeeting('Next meeting')!) // '2025-09-04'
 */
export function meetingAfter(meetings: readonly Meeting[], raised: IsoDate, rel: RelativeMeeting): IsoDate | null {
  return upcoming(meetings, addDays(raised, 1), rel.want, rel.skip)?.date ?? null;
}
