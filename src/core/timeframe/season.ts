import { monthEnd, monthStart } from '../dates';
import { BOUNDARY, MONTH, SEASON, monthOf, seasonOf } from './lexicon';
import { frame, months, type Parsed } from './window';
import { fullYear, inferYear, usableYear, type Context } from './years';

/*
 * Seasons ("this autumn", "spring 2024") and whole calendar years ("2024", "end of 2024"),
 * both kind 'range'; and a year with a month number or name ("2023-05", "2024 Dec"), kind 'month'.
 */

// A year may be clipped with an apostrophe ("Summer '24"), as months are; each season may have its own ("Spring 26 - Summer 26").
const SEASON_YEAR = `(?:(?:\\s*'\\s*|\\s+)(\\d{4}|\\d{2})(?:\\s*[-/]\\s*(?:\\d{4}|\\d{2}))?)?`;
const SEASON_RE = new RegExp(
  `^(?:(this|next|last)\\s+)?(${SEASON})${SEASON_YEAR}(?:\\s*(?:-+|/|to|and)\\s*(${SEASON})${SEASON_YEAR})?${BOUNDARY}`,
);
const YEAR_RE = /^(?:calendar\s+year\s+|the\s+year\s+)?((?:19|20|21)\d\d)(?![a-z0-9]|\s*[-/.]\s*\d)/;
/** The calendar year named without its number ("end of the calendar year", "next calendar year"). */
const CALENDAR_YEAR_RE = /^(?:(this|current|next)\s+)?calendar\s+year(?![a-z0-9]|\s*\d)/;
const YEAR_MONTH_RE = /^(\d{4})[-/.](\d{1,2})(?![a-z0-9]|[-/.]\d)/;
/**
 * A year before a month's name ("2024 Dec", "2025 - January"): that month, not the whole year.
 * Only with nothing worded after it: in "2024 may slip" the "may" is the verb.
 */
const YEAR_NAME_RE = new RegExp(`^(\\d{4})(?:\\s*[-,/]\\s*|\\s+)(${MONTH})(?=\\s*(?:$|[^a-z0-9\\s./-]))`);

/**
 * Start year of the season nearest asOf (judged by its middle month, as SPEC 3 reads a month
 * without a year), or of the next or last one. The nearest, not the coming one: a plan's
 * "Summer" read in December is the summer just gone, so an action still open is overdue, not due
 * next year; "this" season said after it has ended is the coming one.
 */
function seasonYear(first: number, which: string | undefined, ctx: Context): number {
  if (which === 'next') return monthStart(ctx.year, first) > ctx.asOf ? ctx.year : ctx.year + 1;
  if (which === 'last') return monthEnd(ctx.year, first + 2) < ctx.asOf ? ctx.year : ctx.year - 1;
  const middle = (first % 12) + 1;
  const inferred = inferYear(middle, ctx);
  const year = middle < first ? inferred - 1 : inferred;
  return which === 'this' && monthEnd(year, first + 2) < ctx.asOf ? year + 1 : year;
}

/**
 * A season: spring Mar–May, summer Jun–Aug, autumn Sep–Nov, winter Dec–Feb (winter 2023 is
 * December 2023 to February 2024).
 * @example parseSeason('this autumn', ctx) // at asOf 2023-09-30: 2023-09-01 … 2023-11-30
 * @example parseSeason('summer/autumn 2023', ctx) // 2023-06-01 … 2023-11-30
 * @example parseSeason('spring 26 - summer 26', ctx) // 2026-03-01 … 2026-08-31
 */
export function parseSeason(s: string, ctx: Context): Parsed {
  const m = SEASON_RE.exec(s);
  if (m === null) return null;
  const first = seasonOf(m[2] ?? '') ?? 3;
  const last = m[4] ? (seasonOf(m[4]) ?? first) : first;
  const wraps = first > last ? 1 : 0;
  // A year written once belongs to the last season; "winter/spring 2024" starts in December 2023.
  const written = m[5] ?? (m[4] ? undefined : m[3]);
  const lastYear = written ? fullYear(written) : m[3] ? fullYear(m[3]) + wraps : seasonYear(last, m[1], ctx);
  const firstYear = m[3] && m[4] ? fullYear(m[3]) : lastYear - wraps;
  return months('range', firstYear, first, lastYear, last + 2);
}

/**
 * A bare calendar year, January to December; "calendar year" alone is asOf's.
 * @example parseYear('2024', ctx) // { kind: 'range', start: '2024-01-01', end: '2024-12-31', … }
 * @example parseYear('calendar year', ctx) // at asOf 2023-11-15: 2023-01-01 … 2023-12-31
 */
export function parseYear(s: string, ctx: Context): Parsed {
  const m = YEAR_RE.exec(s);
  const named = m === null ? CALENDAR_YEAR_RE.exec(s) : null;
  if (named !== null) return parseYear(String(named[1] === 'next' ? ctx.year + 1 : ctx.year), ctx);
  if (m === null) return null;
  const year = Number(m[1]);
  return usableYear(year) ? frame('range', `${year}-01-01`, `${year}-12-31`) : 'invalid';
}

/**
 * A year and month number ("2023-05"), which is not a financial year, or a year and month name ("2024 Dec").
 * @example parseYearMonth('2023-05', ctx) // { kind: 'month', start: '2023-05-01', end: '2023-05-31', … }
 * @example parseYearMonth('2025 jan', ctx) // { kind: 'month', start: '2025-01-01', end: '2025-01-31', … }
 */
export function parseYearMonth(s: string, _ctx: Context): Parsed {
  const m = YEAR_MONTH_RE.exec(s) ?? YEAR_NAME_RE.exec(s);
  if (m === null) return null;
  const month = monthOf(m[2] ?? '') ?? Number(m[2]);
  return month >= 1 && month <= 12 ? months('month', Number(m[1]), month, Number(m[1]), month) : 'invalid';
}
