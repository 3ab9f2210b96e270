import { isIsoDate, monthEnd, monthStart } from '../dates';
import type { Meeting } from '../types';
import { GENERIC_MEETING_WORDS, MEETING_STOP_WORDS, NEXT_WORDS } from '../vocabulary/timeframe';
import { MEETING_WORD, MONTH, ORG_WORD, alternation, monthOf } from './lexicon';
import { day, frame, months, type Parsed } from './window';
import { fullYear, inferYear, usableYear, yearOrDay, type Context } from './years';

/*
 * "Feb Board 23", "March 23 Board", "THT Board March 23", "Trust Board - July", "Board (Mar 24)", "January ELG meeting", "next meeting":
 * the date of that month's meeting from the calendar, preferring one whose name shares a word
 * with the phrase; else the whole month.
 */

const WORDS = `((?:${ORG_WORD}\\s+){0,3}?)(${MEETING_WORD}(?:\\s+${MEETING_WORD})*)`;
const NEXT_RE = new RegExp(`^${alternation(NEXT_WORDS)}\\s+${WORDS}(?![a-z0-9])`);
const MONTH_FIRST_RE = new RegExp(
  `^(${MONTH})(?:(?:[\\s,']+|[./-])(\\d{4}|\\d{1,2}))?\\s+${WORDS}(?:\\s+(\\d{4}|\\d{2}))?(?![a-z0-9])`,
);
const MEETING_FIRST_RE = new RegExp(
  `^((?:[a-z&'][a-z&'.]*\\s+){0,4}?)(${MEETING_WORD}(?:\\s+${MEETING_WORD})*)(?:\\s*[-:(]\\s*|\\s+)(${MONTH})(?:[\\s,']+(\\d{4}|\\d{2}))?(?:\\s+${MEETING_WORD})*(?=\\s*(?:$|[^a-z0-9\\s]))`,
);
/** A month written right after "next meeting", in brackets or after a dash ("Next Board (Jan 24)"). */
const NEXT_MONTH_RE = new RegExp(`^\\s*[-:(]\\s*(${MONTH})(?:[\\s,']+(\\d{4}|\\d{2}))?(?![a-z0-9])`);
const WORD_SPLIT = /[^a-z0-9]+/;
const LETTER_FIRST = /^[a-z]/;
const IGNORED = new Set([...GENERIC_MEETING_WORDS, ...MEETING_STOP_WORDS]);

/** The words that tell one meeting from another, plus their initials ("engagement leads group" → "elg"). */
function distinctive(text: string): string[] {
  const words = text
    .toLowerCase()
    .split(WORD_SPLIT)
    .filter((w) => w !== '' && !IGNORED.has(w) && monthOf(w) === null);
  const letters = words.filter((w) => LETTER_FIRST.test(w));
  if (letters.length >= 2) words.push(letters.map((w) => w[0]).join(''));
  return words;
}

function shared(meeting: Meeting, words: readonly string[]): number {
  if (words.length === 0) return 0;
  const names = distinctive(meeting.name);
  return words.reduce((n, w) => (names.includes(w) ? n + 1 : n), 0);
}

/** The best meeting on or between two dates: most shared words, then earliest. */
function best(
  meetings: readonly Meeting[],
  from: string,
  to: string,
  words: readonly string[],
  needWord: boolean,
): Meeting | null {
  let found: Meeting | null = null;
  let score = -1;
  for (const m of meetings) {
    if (m.date < from || m.date > to || !isIsoDate(m.date)) continue;
    const s = shared(m, words);
    if (needWord && s === 0) continue;
    if (s > score || (s === score && found !== null && m.date < found.date)) {
      found = m;
      score = s;
    }
  }
  return found;
}

/**
 * The meeting of a month: from the calendar, else the next meeting when it falls that month and
 * its name shares a word with the phrase ("Dec 23 QSC" when the next meeting is "December QSC"
 * on 13 Dec: that very meeting, not the month's end), else the whole month.
 */
function inMonth(year: number, month: number, words: string, ctx: Context): Parsed {
  if (!usableYear(year)) return 'invalid';
  const { meetings, nextMeeting } = ctx.calendar;
  const [from, to, want] = [monthStart(year, month), monthEnd(year, month), distinctive(words)];
  const listed = meetings.length === 0 ? null : best(meetings, from, to, want, false);
  const next = listed === null && nextMeeting !== null && want.length > 0 ? best([nextMeeting], from, to, want, true) : null;
  const m = listed ?? next;
  return m === null ? months('meeting', year, month, year, month) : frame('meeting', m.date, m.date);
}

function next(words: string[], ctx: Context): Parsed {
  const { meetings, nextMeeting } = ctx.calendar;
  const named = words.length > 0 ? best(meetings, ctx.asOf, '9999-12-31', words, true) : null;
  const any =
    nextMeeting !== null && isIsoDate(nextMeeting.date)
      ? nextMeeting
      : best(meetings, ctx.asOf, '9999-12-31', [], false);
  const m = named ?? any;
  return m === null ? frame('meeting', null, null) : frame('meeting', m.date, m.date);
}

function dated(monthWord: string, numbers: readonly (string | undefined)[], words: string, ctx: Context): Parsed {
  const month = monthOf(monthWord) ?? 1;
  let year: number | null = null;
  let d: number | null = null;
  for (const n of numbers) {
    if (n === undefined) continue;
    const read: { year: number | null; day: number | null } =
      d === null ? yearOrDay(n, ctx) : { year: fullYear(n), day: null };
    year = read.year ?? year;
    d = read.day ?? d;
  }
  const y = year ?? inferYear(month, ctx);
  return d === null ? inMonth(y, month, words, ctx) : day('meeting', y, month, d);
}

/**
 * A meeting phrase at the start of `s`, or null.
 * @example parseMeeting('feb board 23', ctx) // no Board in the calendar that month: 2023-02-01 … 2023-02-28
 * @example parseMeeting('next meeting', ctx) // start = end = calendar.nextMeeting.date
 */
export function parseMeeting(s: string, ctx: Context): Parsed {
  let m = NEXT_RE.exec(s);
  if (m !== null) {
    const words = `${m[1] ?? ''} ${m[2] ?? ''}`;
    // "Next Board (Jan 24)": the month written with it names that meeting, and stays right after it has passed.
    const month = NEXT_MONTH_RE.exec(s.slice(m[0].length));
    return month === null ? next(distinctive(words), ctx) : dated(month[1] ?? '', [month[2]], words, ctx);
  }
  m = MONTH_FIRST_RE.exec(s);
  if (m !== null) return dated(m[1] ?? '', [m[2], m[5]], `${m[3] ?? ''} ${m[4] ?? ''}`, ctx);
  m = MEETING_FIRST_RE.exec(s);
  if (m !== null) return dated(m[3] ?? '', [m[4]], `${m[1] ?? ''} ${m[2] ?? ''}`, ctx);
  return null;
}
