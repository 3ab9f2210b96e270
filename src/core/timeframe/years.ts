import { isIsoDate, parts } from '../dates';
import type { Calendar, IsoDate } from '../types';

/** What a phrase is read against: the as-of date, split once, and the calendar. */
export interface Context {
  asOf: IsoDate;
  year: number;
  month: number;
  /** First calendar year of the NHS financial year containing asOf. */
  fyStart: number;
  calendar: Calendar;
  /**
   * The pairs of letters the cell writes in capitals (see meeting-initials), set only when the
   * calendar names a meeting by two-letter initials: "Dec PB" is that meeting, "Dec pb" is not.
   */
  capitals?: ReadonlySet<string>;
}

/** Years a phrase may resolve to; outside them the text is not read as a date at all. */
const YEAR_MIN = 1000;
const YEAR_MAX = 9000;

/**
 * True for a year the engine will build dates in.
 * @example usableYear(2023) // true
 */
export function usableYear(year: number): boolean {
  return Number.isInteger(year) && year >= YEAR_MIN && year <= YEAR_MAX;
}

/**
 * The context for one as-of date, or null when asOf is not a real day.
 * @example makeContext('2023-02-01', cal)?.fyStart // 2022
 */
export function makeContext(asOf: IsoDate, calendar: Calendar): Context | null {
  if (typeof asOf !== 'string' || !isIsoDate(asOf)) return null;
  const { year, month } = parts(asOf);
  if (!usableYear(year)) return null;
  return { asOf, year, month, fyStart: month >= 4 ? year : year - 1, calendar };
}

/**
 * The year of a month named without one: its occurrence closest to asOf, counting whole
 * months. Exactly six months either way is a tie, settled forwards because trackers plan
 * ahead (seed 004's "May meeting", written in November, is next May).
 * @example inferYear(5, { year: 2022, month: 11 }) // 2023
 * @example inferYear(6, { year: 2022, month: 11 }) // 2022
 */
export function inferYear(month: number, ctx: Pick<Context, 'year' | 'month'>): number {
  const diff = month - ctx.month;
  if (diff > 6) return ctx.year - 1;
  if (diff <= -6) return ctx.year + 1;
  return ctx.year;
}

/**
 * A written year: two digits are 20xx, four are themselves.
 * @example fullYear('23') // 2023
 */
export function fullYear(digits: string): number {
  const n = Number(digits);
  return digits.length <= 2 ? 2000 + n : n;
}

/**
 * Reads the number after a month name ("Nov 22", "Dec 15"): a year when 20xx is within three
 * years of asOf, else a day. One digit is always a day; a number that cannot be a day is a year.
 * @example yearOrDay('22', { year: 2022 }) // { year: 2022, day: null }
 * @example yearOrDay('15', { year: 2022 }) // { year: null, day: 15 }
 */
export function yearOrDay(digits: string, ctx: Pick<Context, 'year'>): { year: number | null; day: number | null } {
  const n = Number(digits);
  if (digits.length >= 4) return { year: n, day: null };
  if (digits.length === 1) return { year: null, day: n };
  if (Math.abs(2000 + n - ctx.year) <= 3 || n < 1 || n > 31) return { year: 2000 + n, day: null };
  return { year: null, day: n };
}

/** A financial-year notation read as its first and last financial years' start years. */
export interface FySpan {
  first: number;
  last: number;
}

/**
 * Reads "2023-24", "2023/2024", "23/24" or "2023-26": the first year, and the start year of the
 * last financial year covered. Null when the second number does not follow the first (two
 * two-digit years must be consecutive: "12/22" is December 2022); for "11/12", which could be
 * 11 December, only when 2011 is within three years of asOf.
 * @example financialYears('2023', '26', '-', { year: 2023 }) // { first: 2023, last: 2025 }
 * @example financialYears('23', '24', '/', { year: 2023 }) // { first: 2023, last: 2023 }
 */
export function financialYears(a: string, b: string, sep: string, ctx: Pick<Context, 'year'>): FySpan | null {
  const first = fullYear(a);
  let second = b.length <= 2 ? first - (first % 100) + Number(b) : Number(b);
  if (b.length <= 2 && second <= first) second += 100;
  if (second <= first || second > first + 10 || !usableYear(first) || !usableYear(second)) return null;
  // Two two-digit years are one financial year ("23/24"): "12/22" is a month and year, not a decade.
  if (a.length <= 2 && b.length <= 2 && second !== first + 1) return null;
  if (a.length <= 2 && b.length <= 2 && sep === '/' && Number(b) <= 12 && Math.abs(first - ctx.year) > 3) return null;
  return { first, last: second - 1 };
}
