import {
  DEADLINE_WORDS,
  FILLER_WORDS,
  HOLIDAY_WORDS,
  MEETING_WORDS,
  MONTH_WORDS,
  NUMBERED_WORDS,
  QUALIFIER_WORDS,
  SEASON_WORDS,
  WEEK_START_WORDS,
} from '../vocabulary/timeframe';
import { DEADLINE, QUALIFIER_WORD, alternation, deadlineOf, qualifierOf } from './lexicon';
import { parseEndpoint } from './endpoint';
import { parseFinancialYear, parseMonthNumber } from './fiscal';
import { parseHoliday } from './holidays';
import { parseMeeting } from './meeting';
import { yearAfterFailedMonth } from './month-slips';
import { parsePartOfMonth } from './part';
import { parsePlanQuarter, parsePlanYear } from './planyear';
import { parseQuarter } from './quarter';
import { parseRange } from './range';
import { relativeYear } from './relative-year';
import { parseSeason, parseYear, parseYearMonth } from './season';
import { parseTerm } from './terms';
import { between, deadline, qualify, weekFrom, type Parsed } from './window';
import type { Context } from './years';

/*
 * One time-frame phrase at the start of normalised text: [filler] [by/before] [end of/mid/…]
 * and then a range, quarter, month number, financial year, meeting, season, date or month.
 * Whatever follows the phrase is commentary ("- dependant on workshop format").
 */

// A filler never eats the start of a deadline phrase: "on or before" begins with the filler "on".
const FILLER_SET = new Set(FILLER_WORDS);
const FILLER_FIRST = Object.keys(DEADLINE_WORDS).filter((p) => FILLER_SET.has(p.split(' ')[0] ?? p));
const NOT_DEADLINE = FILLER_FIRST.length === 0 ? '' : `(?!${alternation(FILLER_FIRST)}(?=[\\s:,]))`;
// A filler that ends in a full stop may run into what follows ("c.April", "est.Q4").
const FILLER_RE = new RegExp(`^(?:${NOT_DEADLINE}${alternation(FILLER_WORDS)}(?:(?=[\\s:,])[\\s:,]+|(?<=\\.)))+`);
const DEADLINE_RE = new RegExp(`^(${DEADLINE})(?=[\\s:,])[\\s:,]+`);
/** One qualifier, or two that bound a span ("mid-late Sept", "mid to end Sept"). */
const QUALIFIER_RE = new RegExp(`^(${QUALIFIER_WORD})(?:[\\s/-]+(?:to\\s+|or\\s+)?(${QUALIFIER_WORD}))?[\\s-]+`);
const WEEK_RE = new RegExp(`^${alternation(WEEK_START_WORDS)}(?=[\\s:,])[\\s:,]+`);
/** First letters of the week words: a cheap test before WEEK_RE. */
const WEEK_FIRST = new Set(WEEK_START_WORDS.map((w) => w.charCodeAt(0)));

type Pattern = (s: string, ctx: Context) => Parsed;

/** First letters of the words a year may follow: "calendar year", "the year", "this/next/current calendar year". */
const YEAR_FIRST = new Set([99, 116, 110]);

/** First letters of a month number: "m9", "nhs month 9", "p9" (a finance period). */
const MONTH_NUMBER_FIRST = new Set([109, 110, 112]);

/** In order: the more specific pattern first, so "2023-24 Q2" is a quarter, not a year. */
const PATTERNS: readonly Pattern[] = [
  (s, ctx) => (s.indexOf('q') >= 0 || s.indexOf('h') >= 0 ? (parsePlanQuarter(s) ?? parseQuarter(relativeYear(s, ctx), ctx)) : null),
  (s, ctx) => (MONTH_NUMBER_FIRST.has(s.charCodeAt(0)) ? parseMonthNumber(s, ctx) : null),
  (s, ctx) => (digitFirst(s) || s.charCodeAt(0) === 121 ? parsePlanYear(s, ctx) : null),
  parseFinancialYear,
  (s, ctx) => (digitFirst(s) ? null : parseMeeting(s, ctx)),
  (s, ctx) => (digitFirst(s) ? null : (parseTerm(s, ctx) ?? parseSeason(s, ctx))),
  parsePartOfMonth,
  parseEndpoint,
  (s, ctx) => (digitFirst(s) ? parseYearMonth(s, ctx) : null),
  (s, ctx) => (digitFirst(s) || YEAR_FIRST.has(s.charCodeAt(0)) ? parseYear(s, ctx) : null),
];

/**
 * Cheap gate: patterns that start with a word cannot match text that starts with a digit, and
 * vice versa; a year may also follow the words of YEAR_FIRST.
 */
function digitFirst(s: string): boolean {
  const c = s.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/**
 * Strips leading words that say nothing about the window ("Due:", "Mon").
 * @example stripFillers('due: mon 5 dec') // '5 dec'
 */
export function stripFillers(s: string): string {
  const m = FILLER_RE.exec(s);
  return m === null ? s : s.slice(m[0].length);
}

/**
 * Reads one phrase at the start of normalised text.
 * @example parseBody('complete by mid dec', ctx) // at asOf 2022-11-03: { kind: 'month', start: null, end: '2022-12-15', … }
 * @example parseBody('w/c 14 nov', ctx) // at asOf 2022-11-03: { kind: 'range', start: '2022-11-14', end: '2022-11-20' … }
 * @example parseBody('31/02/2023', ctx) // 'invalid'
 */
export function parseBody(s: string, ctx: Context): Parsed {
  let t = stripFillers(s);
  const d = DEADLINE_RE.exec(t);
  if (d !== null) t = stripFillers(t.slice(d[0].length));
  const week = WEEK_FIRST.has(t.charCodeAt(0)) ? WEEK_RE.exec(t) : null;
  if (week !== null) t = stripFillers(t.slice(week[0].length));
  // A bank holiday's name opens with a qualifier or a season ("Early May bank holiday"): it goes first.
  let r = parseHoliday(t, ctx) ?? parseRange(t, ctx);
  let qualified = false;
  if (r === null) {
    const q = QUALIFIER_RE.exec(t);
    const rest = q === null ? t : t.slice(q[0].length);
    for (let i = 0; i < PATTERNS.length && r === null; i++) r = (PATTERNS[i] as Pattern)(rest, ctx);
    if (r === null || r === 'invalid') return r;
    qualified = q !== null;
    const first = q === null ? null : qualifierOf(q[1] ?? '');
    r = q?.[2] === undefined ? qualify(r, first) : between(r, first, qualifierOf(q[2]));
  }
  if (r === 'invalid') return r;
  return deadline(week === null ? r : weekFrom(r), d === null ? null : deadlineOf(d[1] ?? ''), qualified);
}

const firstWords = (phrases: readonly string[]): string[] => phrases.map((p) => p.split(' ')[0] ?? p);
const CANDIDATE_RE = new RegExp(
  `(?<![a-z0-9/.'-])(?:\\d|(?:${alternation([
    ...Object.keys(MONTH_WORDS),
    ...Object.keys(SEASON_WORDS),
    ...firstWords(Object.keys(HOLIDAY_WORDS)),
    ...firstWords(Object.keys(QUALIFIER_WORDS)),
    ...firstWords(Object.keys(DEADLINE_WORDS)),
    ...firstWords(WEEK_START_WORDS),
    ...['q', 'qtr', 'quarter', 'h', 'half', 'month', 'm', 'fy', 'financial', 'year', 'next', 'this', 'the'],
  ])})(?![a-z]))`,
  'g',
);
const MAY_THE_VERB_RE = new RegExp(`^may(?!\\s*(?:\\d|-|to\\s|${alternation(MEETING_WORDS)}(?![a-z])))`);
const NUMBERED_RE = new RegExp(`(?<![a-z])${alternation(NUMBERED_WORDS)}\\s*[:#-]?\\s*$`);
/** Characters before a number searched for a label word: "recommendation " is 15. */
const LABEL_REACH = 16;
/** Candidate positions tried before giving up; bounds the work on wordy cells. */
const MAX_TRIES = 8;

/**
 * Looks for a phrase further into the text ("Implemented in August 2024", "Report to Feb
 * Board"), at word starts that could begin one. A bare "may" is the verb, not the month, and a
 * number after "Phase" or "Week" is a label, not a day. A year after a month gone wrong is no
 * whole year: 'invalid', so the cell is warned of.
 * @example scanBody('report to feb board', ctx) // a meeting in February
 */
export function scanBody(s: string, ctx: Context): Parsed {
  CANDIDATE_RE.lastIndex = 0;
  let tries = 0;
  for (let m = CANDIDATE_RE.exec(s); m !== null && tries < MAX_TRIES; m = CANDIDATE_RE.exec(s)) {
    if (m.index === 0) continue;
    const rest = s.slice(m.index);
    const label = s.slice(Math.max(0, m.index - LABEL_REACH), m.index);
    if (MAY_THE_VERB_RE.test(rest) || (digitFirst(rest) && NUMBERED_RE.test(label))) continue;
    tries++;
    // "Jyl 2027": a month that failed to read, so the year is not the whole calendar year.
    if (yearAfterFailedMonth(s.slice(0, m.index), rest)) return 'invalid';
    const r = parseBody(rest, ctx);
    if (r !== null) return r;
  }
  return null;
}
