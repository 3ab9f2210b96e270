import { BOUNDARY } from './lexicon';
import { financialYearOf, pinnedMonth } from './pinned';
import { day, months, qualify, type Parsed } from './window';
import { financialYears, fullYear, type Context } from './years';

/*
 * NHS financial years ("2023-24", "FY 2024/25", "23/24"; "2023-2026" is a span of three) run
 * 1 April to 31 March. NHS month numbers count from April: Month 9 of 2023/24 is December 2023, and so do finance
 * periods ("P9", "Period 9").
 */

const FY_WORDS = '(?:financial\\s+year|fin(?:ancial)?\\s+yr|fin\\s+year|fy)';
// "2023 to 2026" is the span "2023-2026" written out; with two-digit years "to" is too loose to count.
// "End of year 24/25": before a written financial year, "year" alone is the financial year.
const FY_RE = new RegExp(
  `^(?:(?:the\\s+)?(?:${FY_WORDS}|year)\\s*)?(\\d{4}|\\d{2})\\s*([-/]|(?<=\\d{4}\\s+)to(?=\\s+\\d{4}))\\s*(\\d{4}|\\d{2})(?:\\s+${FY_WORDS})?${BOUNDARY}`,
);
const FY_PAIR = '(\\d{4}|\\d{2})\\s*([-/])\\s*(\\d{4}|\\d{2})';
const FY_RANGE_RE = new RegExp(
  `^(?:${FY_WORDS}\\s*)?${FY_PAIR}\\s*(?:-+|to|until|through|and|&)\\s*(?:${FY_WORDS}\\s*)?${FY_PAIR}${BOUNDARY}`,
);
const FY_SINGLE_RE = new RegExp(`^(?:the\\s+)?${FY_WORDS}\\s*'?(\\d{4}|\\d{2})${BOUNDARY}`);
/** Year-end words with the financial year they end ("EOY 24/25", "year-end 2024/25", "YE 24/25"). */
const YEAR_END_OF_RE = new RegExp(
  `^(?:the\\s+)?(?:y(?:ea)?r[\\s-]+end|ye|fye|eoy|eofy|${FY_WORDS}\\s+end)\\s*[,:-]?\\s*(?:of\\s+)?(?:${FY_WORDS}\\s*)?${FY_PAIR}${BOUNDARY}`,
);
/**
 * Words that can only mean the financial year's end, with one year: the year it ends in, as
 * "FY25" is ("FYE 25", "EOFY 2025"). "Year end 2025" is left alone: it may mean December.
 */
const FY_END_IN_RE = new RegExp(`^(?:fye|eofy|${FY_WORDS}\\s+end)\\s*'?(\\d{4}|\\d{2})${BOUNDARY}`);
/** "FY2425": two two-digit years run together, the second one after the first. */
const RUN_TOGETHER_RE = /^(\d\d)(\d\d)$/;
// "FY+1" is next financial year, as planners count years from the current one; "YE" is the year end.
const FY_NOW_RE = new RegExp(
  `^(?:the\\s+)?(this|current|next|last|previous)?\\s*(?:${FY_WORDS}(\\s+end)?|(y(?:ea)?r[\\s-]+end|fye|eofy|eoy|ye))(?:\\s*([+-])\\s*([1-9]))?(?![a-z0-9])`,
);
const MONTH_WORD = '(?:month|mth|m|period|p)';
/** "Month 1 to Month 3", "M1-M3", "Month 4 to 6": the second month's number, its word optional only where no year can be meant. */
const MONTH_TO = `(?:\\s*(?:-+|–|to|until|through)\\s*(?:${MONTH_WORD}\\s*)?(\\d{1,2})(?![0-9/.-]))?`;
const MONTH_NUMBER_RE = new RegExp(
  `^(?:nhs\\s+)?(month|mth|m|period|p)\\s*(\\d{1,2})(?![0-9])${MONTH_TO}(?:\\s*[,–-]?\\s*(?:of\\s+)?(?:${FY_WORDS}\\s*)?(?:(\\d{4}|\\d{2})\\s*([-/])\\s*(\\d{4}|\\d{2})|(\\d{4})))?${BOUNDARY}`,
);

/** A lone year after a year end's words ("YE 2025", "Year end '25"). */
const YEAR_AFTER_RE = /^\s*[-,:(]?\s*'?(?:\d{4}|\d{2})(?![0-9/.-])/;
/** What may follow a bare "P9" for it to be a finance period: nothing but a full stop. */
const PERIOD_ALONE_RE = /^\.?\s*$/;

/**
 * A written financial year or span of them.
 * @example parseFinancialYear('fy 2024/25', ctx) // { kind: 'financial_year', start: '2024-04-01', end: '2025-03-31', … }
 * @example parseFinancialYear('2023-2026', ctx) // 2023-04-01 … 2026-03-31
 * @example parseFinancialYear('2023 to 2025', ctx) // 2023-04-01 … 2025-03-31
 * @example parseFinancialYear('2023/24 to 2025/26', ctx) // 2023-04-01 … 2026-03-31
 * @example parseFinancialYear('2023/24 and 2024/25', ctx) // 2023-04-01 … 2025-03-31
 * @example parseFinancialYear('year end', ctx) // at asOf 2023-09-30: start = end = 2024-03-31
 * @example parseFinancialYear('fy+1', ctx) // at asOf 2023-09-30: 2024-04-01 … 2025-03-31
 */
export function parseFinancialYear(s: string, ctx: Context): Parsed {
  let m = FY_RANGE_RE.exec(s);
  if (m !== null) {
    const from = financialYears(m[1] ?? '', m[3] ?? '', m[2] ?? '-', ctx);
    const to = financialYears(m[4] ?? '', m[6] ?? '', m[5] ?? '-', ctx);
    if (from !== null && to !== null) return months('financial_year', from.first, 4, to.last + 1, 3);
  }
  m = FY_RE.exec(s);
  if (m !== null) {
    const span = financialYears(m[1] ?? '', m[3] ?? '', m[2] ?? '-', ctx);
    return span === null ? null : months('financial_year', span.first, 4, span.last + 1, 3);
  }
  if ((m = YEAR_END_OF_RE.exec(s)) !== null) {
    const span = financialYears(m[1] ?? '', m[3] ?? '', m[2] ?? '-', ctx);
    return span === null ? 'invalid' : day('financial_year', span.last + 1, 3, 31);
  }
  if ((m = FY_END_IN_RE.exec(s)) !== null) {
    const last = fullYear(m[1] ?? '');
    return day('financial_year', last, 3, 31);
  }
  m = FY_SINGLE_RE.exec(s);
  if (m !== null) {
    const pair = RUN_TOGETHER_RE.exec(m[1] ?? '');
    // "FY25" names the year the financial year ends in, as NHS finance teams write it.
    const last = pair !== null && Number(pair[2]) === Number(pair[1]) + 1 ? fullYear(pair[2] ?? '') : fullYear(m[1] ?? '');
    return months('financial_year', last - 1, 4, last, 3);
  }
  m = FY_NOW_RE.exec(s);
  if (m === null) return null;
  const offset = m[5] === undefined ? 0 : (m[4] === '-' ? -1 : 1) * Number(m[5]);
  const shift = (m[1] === 'next' ? 1 : m[1] === 'last' || m[1] === 'previous' ? -1 : 0) + offset;
  // "EOY (Mar 25)", "Year end Mar 25": a month with its year says which year end, whatever asOf's is.
  const rest = s.slice(m[0].length);
  const pinned = m[1] === undefined && m[5] === undefined ? pinnedMonth(rest, ctx) : null;
  // "Year end 2025" may end March or December: no guess, and never asOf's year end with the year written ignored.
  if (pinned === null && m[3] !== undefined && YEAR_AFTER_RE.test(rest)) return 'invalid';
  const year = pinned === null ? ctx.fyStart + shift : financialYearOf(pinned);
  const tf = months('financial_year', year, 4, year + 1, 3);
  return (m[2] !== undefined || m[3] !== undefined) && tf !== null && tf !== 'invalid' ? qualify(tf, 'end') : tf;
}

/**
 * An NHS month number, in a written financial year or the one containing asOf.
 * @example parseMonthNumber('month 9 2023/24', ctx) // { kind: 'month_number', start: '2023-12-01', end: '2023-12-31', … }
 * @example parseMonthNumber('p9 23/24', ctx) // { kind: 'month_number', start: '2023-12-01', end: '2023-12-31', … }
 * @example parseMonthNumber('m1-m3 2024/25', ctx) // { kind: 'month_number', start: '2024-04-01', end: '2024-06-30', … }
 */
export function parseMonthNumber(s: string, ctx: Context): Parsed {
  const m = MONTH_NUMBER_RE.exec(s);
  if (m === null) return null;
  // "P" is also a priority or phase ("P1 - Dec 23"): it is a finance period only when nothing follows.
  if (m[1] === 'p' && !PERIOD_ALONE_RE.test(s.slice(m[0].length))) return null;
  const n = Number(m[2]);
  const last = m[3] === undefined ? n : Number(m[3]);
  if (n < 1 || last > 12 || last < n) return 'invalid';
  let year = ctx.fyStart;
  if (m[4] !== undefined && m[6] !== undefined) {
    const span = financialYears(m[4], m[6], m[5] ?? '-', ctx);
    if (span === null) return 'invalid';
    year = span.first;
  } else if (m[7] !== undefined) {
    year = Number(m[7]);
  }
  return months('month_number', year, n + 3, year, last + 3);
}
