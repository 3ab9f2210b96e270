import { AFTER_NEXT_WORDS, FOLLOWING_WORDS, NEXT_WORDS, REPORT_WORDS, SECOND_NEXT_WORDS } from '../vocabulary/timeframeMeetings';
import { calendarNames, namedAsWritten } from './meeting-terms';
import { inMonth, nextMeeting as next } from './meeting-resolve';
import { FULL_DATE, MEETING_JOIN, MEETING_PART, MEETING_SIDE, MEETING_WORD, MONTH, ORG_WORD, alternation, monthOf } from './lexicon';
import { parseEndpoint } from './endpoint';
import { day, type Parsed } from './window';
import { fullYear, inferYear, yearOrDay, type Context } from './years';

/*
 * "Feb Board 23", "March 23 Board", "THT Board March 23", "Trust Board - July", "Board (Mar 24)",
 * "January ELG meeting", "next meeting", "Next QSC", "Board after next": the date of that
 * meeting from the calendar (see calendar-match); else, with a month, the whole month.
 */

/**
 * A meeting's name: up to four words ("of" and "and" may join them) ending in a meeting word,
 * and running on to a later one ("Exec Management Team", "Board Development Session"): cut at
 * the first, it would match the calendar's other Exec or Board that month. The words between
 * two meeting words are never meeting words, so "board board board …" splits one way only and
 * a failed match cannot backtrack through every split.
 */
const WORDS = `((?:(?:${ORG_WORD}|${MEETING_JOIN})\\s+){0,4}?)(${MEETING_WORD}(?:\\s+(?:(?:${MEETING_JOIN}|(?!${MEETING_WORD})${ORG_WORD})\\s+){0,2}${MEETING_WORD})*)`;
/** Which half of the board, in brackets or words after the meeting ("December Board (Part 2)", "Board in Public"). */
const BRACKET = `(?:\\s+${MEETING_SIDE})?(?:\\s*\\([a-z0-9&' ]{1,30}\\))?`;
export const NEXT_RE = new RegExp(`^${alternation(NEXT_WORDS)}\\s+${WORDS}(?:\\s+${MEETING_SIDE})?(?![a-z0-9])`);
// "Following Board approval" is a dependency: only a meeting with nothing after it is the next one.
export const FOLLOWING_RE = new RegExp(`^${alternation(FOLLOWING_WORDS)}\\s+${WORDS}(?=\\s*(?:$|[^a-z0-9\\s]))`);
export const SECOND_RE = new RegExp(`^${alternation(SECOND_NEXT_WORDS)}\\s+${WORDS}(?![a-z0-9])`);
export const AFTER_NEXT_RE = new RegExp(`^(?:the\\s+)?${WORDS}\\s+${alternation(AFTER_NEXT_WORDS)}(?![a-z0-9])`);
// "Jan's Board" is January's. A number after the name is its year ("Feb Board 23") unless it
// starts a full date ("Feb Board 25/2/27"), which is the meeting's day.
const MONTH_FIRST_RE = new RegExp(
  `^(${MONTH})(?:'s)?(?:(?:[\\s,']+|[./-])(\\d{4}|\\d{1,2}))?\\s+${WORDS}(?:\\s+(?!${FULL_DATE})(\\d{4}|\\d{2}))?${BRACKET}(?![a-z0-9])`,
);
const MEETING_FIRST_RE = new RegExp(
  `^((?:${MEETING_PART}\\s+|[a-z&'][a-z&'.]*\\s+){0,4}?)(${MEETING_WORD}(?:\\s+${MEETING_WORD})*)${BRACKET}(?:\\s*[-:(]\\s*|\\s+)(${MONTH})(?:[\\s,']+(?!${FULL_DATE})(\\d{4}|\\d{2}))?(?:\\s+${MEETING_WORD})*(?=\\s*(?:$|[^a-z0-9\\s]|${FULL_DATE}))`,
);
/** A report named with only a month, which is the meeting it goes to ("Verbal update Dec", "Report to Jan 25"). */
const REPORT_RE = new RegExp(
  `^${alternation(REPORT_WORDS)}(?:\\s*[-:]\\s*|\\s+(?:(?:to|at)\\s+)?(?:the\\s+)?)(${MONTH})(?:[\\s,']+(\\d{4}|\\d{2}))?(?=\\s*(?:$|[^a-z0-9\\s]))`,
);
/** A month written right after "next meeting", in brackets or after a dash ("Next Board (Jan 24)"). */
const NEXT_MONTH_RE = new RegExp(`^\\s*[-:(]\\s*(${MONTH})(?:[\\s,']+(\\d{4}|\\d{2}))?(?![a-z0-9])`);
/** What parts "next meeting" from a day written after it ("Next Board (30/01/25)", "Next Board 30 Jan"). */
const NEXT_GAP_RE = /^\s*[-:(]?\s*(?=\d)/;
/** What parts a meeting's name from a full date written after it ("Jan QSC 28/01/2027", "Dec Board (23/12/26)"). */
const DATE_GAP_RE = new RegExp(`^\\s*[-:(]?\\s*(?=${FULL_DATE})`);

/** A meeting in a month; `strict` as for inMonth. */
function dated(monthWord: string, numbers: readonly (string | undefined)[], words: string, ctx: Context, strict = false): Parsed {
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
  if (d === null) return inMonth(y, month, words, ctx, strict);
  return strict && inMonth(y, month, words, ctx, true) === null ? null : day('meeting', y, month, d);
}

/** The day written after "next meeting", as that meeting's date; null when none is. */
function onDay(rest: string, ctx: Context): Parsed {
  const gap = NEXT_GAP_RE.exec(rest);
  const d = gap === null ? null : parseEndpoint(rest.slice(gap[0].length), ctx);
  return d !== null && d !== 'invalid' && d.kind === 'date' ? { ...d, kind: 'meeting' } : null;
}

/**
 * The full date written after a month's meeting, as that meeting's date: the writer named the
 * day, so it beats the calendar and the month. An impossible one ("31/02/27") is invalid, not
 * quietly the month. Null when no full date follows ("Feb Board 23", "Jan QSC - 14 Jan").
 */
function onFullDate(rest: string, ctx: Context): Parsed {
  const gap = DATE_GAP_RE.exec(rest);
  if (gap === null) return null;
  const d = parseEndpoint(rest.slice(gap[0].length), ctx);
  return d !== null && d !== 'invalid' && d.kind === 'date' ? { ...d, kind: 'meeting' } : 'invalid';
}

/**
 * A meeting phrase at the start of `s`, or null.
 * @example parseMeeting('feb board 23', ctx) // no Board in the calendar that month: 2023-02-01 … 2023-02-28
 * @example parseMeeting('next meeting', ctx) // start = end = calendar.nextMeeting.date
 * @example parseMeeting('jan qsc 28/01/2027', ctx) // the day written: start = end = 2027-01-28
 * @example parseMeeting('verbal update dec', ctx) // the calendar's December meeting, else 1–31 December
 */
export function parseMeeting(s: string, ctx: Context): Parsed {
  let m = SECOND_RE.exec(s) ?? AFTER_NEXT_RE.exec(s);
  if (m !== null) return next(m[0], ctx, 1);
  // Committees only the settings name ("Next MSC", "Oct MSC" when the next meeting is "MSC Oct 26").
  const names = calendarNames(ctx.calendar);
  // A calendar's name matched only counts as the cell writes it ("Dec PB", not "Dec pb").
  const asWritten = (found: RegExpExecArray | null, name: number): RegExpExecArray | null =>
    found !== null && names !== null && namedAsWritten(names, found[name] ?? '', ctx.capitals) ? found : null;
  m = NEXT_RE.exec(s) ?? FOLLOWING_RE.exec(s) ?? asWritten(names?.next.exec(s) ?? null, 1) ?? names?.bare.exec(s) ?? null;
  if (m !== null) {
    // "Next Board (Jan 24)": the month written with it names that meeting, and stays right after it has passed.
    const rest = s.slice(m[0].length);
    const month = NEXT_MONTH_RE.exec(rest);
    if (month !== null) return dated(month[1] ?? '', [month[2]], m[0], ctx);
    return onDay(rest, ctx) ?? next(m[0], ctx, 0);
  }
  m = MONTH_FIRST_RE.exec(s);
  if (m !== null) return onFullDate(s.slice(m[0].length), ctx) ?? dated(m[1] ?? '', [m[2], m[5]], m[0], ctx);
  m = MEETING_FIRST_RE.exec(s);
  if (m !== null) return onFullDate(s.slice(m[0].length), ctx) ?? dated(m[3] ?? '', [m[4]], m[0], ctx);
  m = REPORT_RE.exec(s);
  if (m !== null) return dated(m[1] ?? '', [m[2]], 'meeting', ctx);
  if (names === null) return null;
  m = asWritten(names.monthFirst.exec(s), 3);
  if (m !== null) return onFullDate(s.slice(m[0].length), ctx) ?? dated(m[1] ?? '', [m[2], m[4]], m[3] ?? '', ctx, true);
  m = asWritten(names.nameFirst.exec(s), 1);
  return m === null ? null : (onFullDate(s.slice(m[0].length), ctx) ?? dated(m[2] ?? '', [m[3]], m[1] ?? '', ctx, true));
}
