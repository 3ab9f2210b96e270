import { financialYearOf, pinnedFinancialYear, pinnedMonth } from './pinned';
import { financialYears, fullYear, type Context } from './years';

/*
 * The year a quarter or half is in (quarter.ts): written as a financial year ("2023-24 Q2", "Q4 FY24"),
 * as a calendar year, pinned after it ("Q4 (Jan-Mar 25)"), or else the one containing asOf.
 */

/** A quarter's year written as "FY24" or "FY 2024", at the end of the match. */
const FY_END_RE = /fy\s*\d{2,4}$/;

/**
 * The year a quarter is in, as written: a financial-year span, a single year, or none; 'unread'
 * when the number after it cannot be its year, so the quarter pattern does not apply.
 */
export type YearSpec = { fy: number } | { year: number } | null | 'invalid' | 'unread';

/**
 * The year spec of match `m` whose groups from `at` are a financial-year span (its two years and the
 * mark between them) then a single year.
 * @example yearSpec(/^q\d(?: (\d{4})([-/])(\d{2})| (\d{4}))?$/.exec('q2 2023-24')!, 1, ctx) // { fy: 2023 }
 * @example yearSpec(/^q\d(?: (\d{4})([-/])(\d{2})| (\d{4}))?$/.exec('q2 2024')!, 1, ctx) // { year: 2024 }
 */
export function yearSpec(m: RegExpExecArray, at: number, ctx: Context): YearSpec {
  const a = m[at];
  const b = m[at + 2];
  if (a !== undefined && b !== undefined) {
    const span = financialYears(a, b, m[at + 1] ?? '-', ctx);
    return span === null ? 'invalid' : { fy: span.first };
  }
  const single = m[at + 3];
  if (single === undefined) return null;
  // "Q4 FY24": FY and one year name the year the financial year ends in, as "FY24" alone does.
  if (FY_END_RE.test(m[0])) return { fy: fullYear(single) - 1 };
  // Two digits are a year within three years of asOf, as after a month ("Q3 15 Dec" is no 2015).
  return single.length === 2 && Math.abs(fullYear(single) - ctx.year) > 3 ? 'unread' : { year: fullYear(single) };
}

/**
 * The year and first month of quarter q, counted so that months past 12 roll into the next year.
 * @example quarterStart(2, { fy: 2023 }, ctx) // [2023, 7]
 * @example quarterStart(4, { fy: 2023 }, ctx) // [2023, 13]: January 2024
 */
export function quarterStart(q: number, spec: YearSpec, ctx: Context): [number, number] {
  const financial = ctx.calendar.quarterConvention !== 'calendar';
  const known = spec !== null && spec !== 'invalid' && spec !== 'unread';
  if (known && 'fy' in spec) return [spec.fy, 3 * q + 1];
  const year = known && 'year' in spec ? spec.year : financial ? ctx.fyStart : ctx.year;
  return financial ? [year, 3 * q + 1] : [year, 3 * q - 2];
}

/**
 * A year written in brackets or after a dash, after a quarter that has none ("Q4 (Jan-Mar 25)", "Q4 (2024/25)"), as a year spec.
 * @example orPinned(null, ' (2024/25)', ctx) // { fy: 2024 }
 * @example orPinned({ year: 2023 }, ' (2024/25)', ctx) // { year: 2023 }
 */
export function orPinned(spec: YearSpec, rest: string, ctx: Context): YearSpec {
  if (spec !== null) return spec;
  const fy = pinnedFinancialYear(rest, ctx);
  if (fy !== null) return { fy };
  const p = pinnedMonth(rest, ctx);
  if (p === null) return null;
  return ctx.calendar.quarterConvention === 'calendar' ? { year: p.year } : { fy: financialYearOf(p) };
}
