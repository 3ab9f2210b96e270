import { BOUNDARY, MONTH, ORDINAL, monthOf } from './lexicon';
import { ENDPOINT, readEndpoint, resolveEndpoint, type EndpointParts } from './endpoint';
import { parseQuarter } from './quarter';
import { frame, type Parsed } from './window';
import { fullYear, inferYear, type Context } from './years';

/*
 * "May – Jun 23", "Oct 23 – Mar 24", "Late Feb to Late March", "Feb & March 24", "5-10 March",
 * "Q3 24/25 - Q1 25/26": from the start of
 * the first end to the end of the second. A year written once applies to both ends, and a
 * second end earlier in the year than the first is in the next year.
 */

// A spaced slash also parts two whole dates ("31/03/24 / 30/06/24"), whose own slashes are unspaced.
// "Jan or Feb 25" is due by the later of the two, as "Jan/Feb 25" is.
const SEPARATOR = '(?:\\s*-+\\s*|\\s*/\\s*(?=[a-z])|\\s+/\\s+|\\s*&\\s*|\\s+(?:to|until|till|through|thru|and|or)\\s+)';
const RANGE_RE = new RegExp(`^(?:from\\s+|between\\s+)?(${ENDPOINT})${SEPARATOR}(${ENDPOINT})${BOUNDARY}`);
/** Two-digit pairs that may be financial years ("23/24"), not days and months. */
const FY_PAIRS_RE = /^\d{2}\s*[-/]\s*\d{2}\s*(?:-+|to|&|and)\s*\d{2}\s*[-/]\s*\d{2}(?![0-9])/;
const MONTH_DAYS_RE = new RegExp(
  `^(${MONTH})\\s*(\\d{1,2})${ORDINAL}?\\s*(?:-+|to|until|till)\\s*(\\d{1,2})${ORDINAL}?(?:,?\\s+(\\d{4}|\\d{2}))?${BOUNDARY}`,
);
const DAYS_RE = new RegExp(
  `^(?:from\\s+|between\\s+)?(\\d{1,2})${ORDINAL}?\\s*(?:-+|to|until|till|and|&)\\s*(${ENDPOINT})${BOUNDARY}`,
);

/** A quarter, each end with its own year ("Q3 24/25 - Q1 25/26", "2024/25 Q4 to 2025/26 Q1"): split before the second. */
const QUARTER_PAIR_RE =
  /^(.+?)\s*(?:-+|\/|to|until|till|through|thru)\s*(?=(?:qtr|quarter|q)\.?\s*[1-4]|(?:fy\s*)?\d{2,4}\s*[-/]\s*\d{2,4}\s*[-:,]?\s*q[1-4])/;
/** A year written with a quarter: quarter numbers are single digits, so two digits are a year. */
const YEAR_DIGITS_RE = /\d\d/;

/** Two quarters (or halves) that each give their year: the first one's start to the second one's end; else null. */
function quarterPair(s: string, ctx: Context): Parsed {
  const m = QUARTER_PAIR_RE.exec(s);
  const second = m === null ? '' : s.slice(m[0].length);
  if (m === null || !YEAR_DIGITS_RE.test(m[1] ?? '') || !YEAR_DIGITS_RE.test(second)) return null;
  const a = parseQuarter(m[1] ?? '', ctx);
  const b = parseQuarter(second, ctx);
  if (a === null || b === null || a === 'invalid' || b === 'invalid' || a.start === null || b.end === null) return null;
  return a.start <= b.end ? frame('range', a.start, b.end) : 'invalid';
}

/** Orders two endpoints within a year; an end with no day sorts after every day of its month. */
function crossesYearEnd(a: EndpointParts, b: EndpointParts): boolean {
  return a.month * 100 + (a.day ?? 0) > b.month * 100 + (b.day ?? 99);
}

function years(a: EndpointParts, b: EndpointParts, ctx: Context): [number, number] {
  const cross = crossesYearEnd(a, b);
  if (a.year !== null && b.year !== null) return [a.year, b.year];
  if (b.year !== null) return [cross ? b.year - 1 : b.year, b.year];
  const first = a.year ?? inferYear(a.month, ctx);
  return [first, cross ? first + 1 : first];
}

function span(a: EndpointParts, b: EndpointParts, ctx: Context): Parsed {
  const [y1, y2] = years(a, b, ctx);
  const from = resolveEndpoint(a, y1);
  const to = resolveEndpoint(b, y2);
  if (from === null || to === null) return null;
  if (from === 'invalid' || to === 'invalid' || from.start === null || to.end === null) return 'invalid';
  return from.start <= to.end ? frame('range', from.start, to.end) : 'invalid';
}

/**
 * A range of two dates or months at the start of `s`, or null.
 * @example parseRange('may - jun 23', ctx) // { kind: 'range', start: '2023-05-01', end: '2023-06-30', … }
 * @example parseRange('late feb to late march', ctx) // at asOf 2022-11-03: 2023-02-21 … 2023-03-31
 * @example parseRange('31 mar 24 / 30 jun 24', ctx) // 2024-03-31 … 2024-06-30
 * @example parseRange('q3 24/25 - q1 25/26', ctx) // 2024-10-01 … 2025-06-30
 */
export function parseRange(s: string, ctx: Context): Parsed {
  const quarters = s.indexOf('q') >= 0 ? quarterPair(s, ctx) : null;
  if (quarters !== null) return quarters;
  let m = RANGE_RE.exec(s);
  if (m !== null) {
    const a = readEndpoint(m[1] ?? '', ctx);
    const b = readEndpoint(m[2] ?? '', ctx);
    // "23/24 - 25/26" is no pair of days but two financial years: let the patterns after this one try.
    if (a === 'invalid' || b === 'invalid') return FY_PAIRS_RE.test(s) ? null : 'invalid';
    if (a !== null && b !== null) return span(a, b, ctx);
  }
  m = MONTH_DAYS_RE.exec(s);
  if (m !== null && Number(m[2]) < Number(m[3])) {
    const month = monthOf(m[1] ?? '') ?? 1;
    const year = m[4] === undefined ? null : fullYear(m[4]);
    return span(
      { qualifier: null, day: Number(m[2]), month, year },
      { qualifier: null, day: Number(m[3]), month, year },
      ctx,
    );
  }
  m = DAYS_RE.exec(s);
  if (m === null) return null;
  const b = readEndpoint(m[2] ?? '', ctx);
  if (b === null || b === 'invalid' || b.day === null || b.qualifier !== null) return b === 'invalid' ? b : null;
  return span({ ...b, day: Number(m[1]) }, b, ctx);
}
