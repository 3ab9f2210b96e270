import { BOUNDARY } from './lexicon';
import { months, type Parsed } from './window';
import { financialYears, type Context } from './years';

/*
 * Plan years: "2024-2027 (Year 2)", "Year 3 of 2024/25-2026/27", "Years 1-2 of 2024-2029". With the plan's span written,
 * year N is its N-th financial year. Without it ("Year 2", "Y1 Q3") nothing says when the plan
 * started, and the year containing asOf is year 1 only in the plan's first year: a guess would
 * rate year-2 work against the wrong year, so the cell stays unread and gets its warning.
 */

// "Years 1-2": the run of plan years from the first to the second.
const LABEL = '(?:years?|yrs?|y)\\s*([1-9]|10)(?:\\s*(?:-+|to|&|and)\\s*(?:years?|yrs?|y)?\\s*([1-9]|10))?(?![0-9])';
const PAIR = '(?:fy\\s*)?(\\d{4}|\\d{2})\\s*([-/])\\s*(\\d{4}|\\d{2})';
const SPAN = `${PAIR}(?:\\s*(?:-+|to)\\s*${PAIR})?`;
const GAP = '[\\s:,(-]*';
const SPAN_FIRST_RE = new RegExp(`^${SPAN}${GAP}${LABEL}\\s*\\)?${BOUNDARY}`);
const LABEL_FIRST_RE = new RegExp(`^${LABEL}${GAP}(?:of\\s+)?${SPAN}\\s*\\)?${BOUNDARY}`);
/** A plan year and a quarter or half of it ("Y1 Q3", "Year 2 - H1"). */
const LABEL_PART_RE = new RegExp(`^${LABEL}${GAP}(?:qtr|quarter|q|half|h)\\.?\\s*[1-4](?![0-9])`);
/** A quarter or half of a plan year written the other way round ("Q3 Yr 1", "H1 (Year 2)"). */
const PART_LABEL_RE = new RegExp(`^(?:qtr|quarter|q|half|h)\\.?\\s*[1-4]${GAP}${LABEL}\\s*\\)?${BOUNDARY}`);
/** A year written after the quarter ("Y1 Q3 2024/25") dates it without the plan. */
const YEAR_AFTER_RE = /^\s*[-',/]?\s*(?:fy\s*)?\d/;

/** The N-th to M-th financial years of the span written at groups `at`…`at + 5`, or null when it has no M-th. */
function nth(m: RegExpExecArray, at: number, n: number, last: string | undefined, ctx: Context): Parsed {
  const from = financialYears(m[at] ?? '', m[at + 2] ?? '', m[at + 1] ?? '-', ctx);
  const second = m[at + 3];
  const to = second === undefined ? from : financialYears(second, m[at + 5] ?? '', m[at + 4] ?? '-', ctx);
  // One financial year is the year the label describes, which the financial-year pattern reads.
  if (from === null || to === null || to.last <= from.first) return null;
  const year = from.first + n - 1;
  const lastYear = last === undefined ? year : from.first + Number(last) - 1;
  return lastYear > to.last || lastYear < year ? null : months('financial_year', year, 4, lastYear + 1, 3);
}

/**
 * A plan year or run of them: the N-th (to M-th) financial years of a written span; 'invalid'
 * for a quarter of a plan year with no span; null for anything else.
 * @example parsePlanYear('2024-2027 (year 2)', ctx) // { kind: 'financial_year', start: '2025-04-01', end: '2026-03-31', … }
 * @example parsePlanYear('year 3 of 2024/25-2026/27', ctx) // 2026-04-01 … 2027-03-31
 * @example parsePlanYear('years 1-2 of 2024-2029', ctx) // 2024-04-01 … 2026-03-31
 * @example parsePlanYear('y1 q3', ctx) // 'invalid'
 */
export function parsePlanYear(s: string, ctx: Context): Parsed {
  let m = SPAN_FIRST_RE.exec(s);
  if (m !== null) return nth(m, 1, Number(m[7]), m[8], ctx);
  m = LABEL_FIRST_RE.exec(s);
  if (m !== null) return nth(m, 3, Number(m[1]), m[2], ctx);
  m = LABEL_PART_RE.exec(s);
  return m !== null && !YEAR_AFTER_RE.test(s.slice(m[0].length)) ? 'invalid' : null;
}

/**
 * 'invalid' for a quarter or half of a plan year written quarter first ("Q3 Yr 1"), which, like
 * "Y1 Q3", says nothing about when without the plan's span; null for anything else.
 * @example parsePlanQuarter('q3 yr 1') // 'invalid'
 * @example parsePlanQuarter('q3 24/25') // null
 */
export function parsePlanQuarter(s: string): 'invalid' | null {
  const m = PART_LABEL_RE.exec(s);
  return m !== null && !YEAR_AFTER_RE.test(s.slice(m[0].length)) ? 'invalid' : null;
}
