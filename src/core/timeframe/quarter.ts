import { HALF_WORDS } from '../vocabulary/timeframe';
import { BOUNDARY, MONTH, ORDINAL, QUARTER_NUMBER, alternation, nonCapturing, quarterOf } from './lexicon';
import { orPinned, quarterStart, yearSpec, type YearSpec } from './quarter-year';
import { months, type Parsed } from './window';
import type { Context } from './years';

/*
 * Quarters: "2023-24 Q2", "Q4 2023/24", "quarter 4", "Q3", "fourth quarter"; runs of them ("Q3/Q4",
 * "Q1 & Q2 2024/25", kind 'range'); and halves ("H1 2023/24", kind 'range', two quarters). NHS financial
 * quarters (Q1 April–June … Q4 January–March of the second year) unless the calendar says
 * 'calendar'; a written financial year ("2023-24") is always financial.
 */

const FY = '(?:fy\\s*)?(\\d{4}|\\d{2})\\s*([-/])\\s*(\\d{4}|\\d{2})';
const QN = `(?:(?:qtr|quarter|q)\\.?\\s*(${QUARTER_NUMBER})|(${QUARTER_NUMBER})${ORDINAL}?\\s+(?:qtr|quarter))`;
// A year may be clipped ("Q2'25") or hyphenated ("Q2-25") onto the quarter, as onto a month.
const AFTER = `(?:(?:\\s*'\\s*|-|\\s*,?\\s*(?:of\\s+)?(?:the\\s+)?(?:(?:fy|financial\\s+year)\\s*)?)(?:${FY}|(\\d{4}|\\d{2})))?`;
/** What may part a financial year from the quarter after it: a space, a dash, colon or comma ("2024/25 - Q4"), or a bracket ("2024/25 (Q3)"). */
const FY_GAP = '(?:\\s*[-:,(]\\s*|\\s+)';
const QUARTER_RE = new RegExp(`^(?:${FY}${FY_GAP}|(\\d{4})\\s+)?${QN}${AFTER}${BOUNDARY}`);
// The second quarter of a run may be its bare number ("Q2/3", "Q3-4", "Q3 & 4"); "Q3 or Q4" is due by the later.
// After a spaced dash ("Quarter 2 – 3") only with a year or nothing after: "Q3 - 1 Dec" is a day, "Q3 - 2 weeks" a note.
const SPACED_BARE_END = '(?:\\s*$|\\s*[(),;|]|\\s+(?:fy\\s*)?\\d{2,4}\\s*[-/]\\s*\\d{2,4}(?![0-9/])|\\s+\\d{4}(?![0-9/]))';
const QUARTERS_RE = new RegExp(
  `^${QN}(?:\\s*(?:-+|/|&|to|until|and|or)\\s*${QN}|(?:[-/]|\\s*(?:&|and|or)\\s*|\\s+-+\\s*(?=[1-4]${SPACED_BARE_END}))([1-4]))${AFTER}${BOUNDARY}`,
);
/** Quarters named in the plural before a run of numbers ("Qs 2-3", "Quarters 2 and 3"): read as "Q2-3". */
const PLURAL_RE = /^(?:qs|qtrs|quarters)\.?\s*(?=[1-4]\s*(?:-|\/|&|and\s|to\s|or\s))/;
/** "FY25 Q1" is "Q1 FY25" written the other way round: the financial year ending in 2025. */
const FY_FIRST_RE = new RegExp(`^(fy\\s*(?:\\d{4}|\\d{2}))\\s+((?:${nonCapturing(QN)}|h[12])(?![a-z0-9]))`);
/** A financial year written before a run of quarters ("2024/25 Q1-Q2"). */
const LEADING_FY_RE = new RegExp(`^${FY}${FY_GAP}(?=q|quarter)`);
const HALF_RE = new RegExp(`^(?:${FY}${FY_GAP}|(\\d{4})\\s+)?(?:h|half\\s*)([12])${AFTER}${BOUNDARY}`);
/** Halves in words: "first half of 2025" (January to June), "second half of 2024/25" (October to March). */
// Not a month's half ("first half of December": see part.ts).
const HALF_WORDS_RE = new RegExp(
  `^(${alternation(Object.keys(HALF_WORDS))})\\s+half(?:\\s+of)?(?:\\s+the)?(?:\\s+year)?${AFTER}${BOUNDARY}(?!\\s*(?:of\\s+)?(?:the\\s+)?${MONTH})`,
);

/** "FYQ2", "FY Q4 24/25": "FY" only says the quarter is a financial one, as NHS quarters are anyway. */
const FY_LABEL_RE = /^(?:fy|financial\s+year)\s*(?=(?:qtr|quarter|q|h)\.?\s*[1-4])/;

function either(m: RegExpExecArray, at: number, bare?: number): number {
  return quarterOf(m[at] ?? m[at + 1] ?? (bare === undefined ? undefined : m[bare]) ?? '') ?? 0;
}

/**
 * A quarter, with the financial year it is in, or the one containing asOf.
 * @example parseQuarter('2023-24 q2', ctx) // { kind: 'quarter', start: '2023-07-01', end: '2023-09-30', … }
 * @example parseQuarter('q4', ctx) // at asOf 2023-09-30: 2024-01-01 … 2024-03-31
 * @example parseQuarter('h2 2023/24', ctx) // { kind: 'range', start: '2023-10-01', end: '2024-03-31', … }
 * @example parseQuarter('q4 fy24', ctx) // { kind: 'quarter', start: '2024-01-01', end: '2024-03-31', … }
 * @example parseQuarter('fy25 q1', ctx) // { kind: 'quarter', start: '2024-04-01', end: '2024-06-30', … }
 * @example parseQuarter('q2/3', ctx) // at asOf 2023-11-15: { kind: 'range', start: '2023-07-01', end: '2023-12-31', … }
 */
export function parseQuarter(text: string, ctx: Context): Parsed {
  const label = FY_LABEL_RE.exec(text);
  const t = (label === null ? text : text.slice(label[0].length)).replace(PLURAL_RE, 'q');
  const swap = FY_FIRST_RE.exec(t);
  const s = swap === null ? t : `${swap[2]} ${swap[1]}${t.slice(swap[0].length)}`;
  let m = QUARTERS_RE.exec(s);
  let leading: YearSpec = null;
  const fy = m === null ? LEADING_FY_RE.exec(s) : null;
  if (fy !== null) {
    m = QUARTERS_RE.exec(s.slice(fy[0].length));
    leading = yearSpec(fy, 1, ctx);
  }
  if (m !== null) {
    const spec = orPinned(yearSpec(m, 6, ctx) ?? leading, s.slice((fy?.[0].length ?? 0) + m[0].length), ctx);
    if (leading === 'invalid' || spec === 'unread') return null;
    if (spec === 'invalid') return spec;
    const [q1, q2] = [either(m, 1), either(m, 3, 5)];
    const [y1, m1] = quarterStart(q1, spec, ctx);
    const [y2, m2] = quarterStart(q2, spec, ctx);
    // "Q4-Q1" runs into the next year, as "Nov-Feb" does; a year written after the run is the last quarter's.
    const wrap = q2 < q1 ? 12 : 0;
    const back = spec !== null && leading === null ? wrap : 0;
    return months('range', y1, m1 - back, y2, m2 + 2 + wrap - back);
  }
  m = HALF_RE.exec(s);
  if (m !== null) {
    const spec: YearSpec =
      m[1] !== undefined ? yearSpec(m, 1, ctx) : m[4] !== undefined ? { year: Number(m[4]) } : null;
    const half = Number(m[5]);
    const year = orPinned(spec ?? yearSpec(m, 6, ctx), s.slice(m[0].length), ctx);
    if (spec === 'invalid' || year === 'unread') return null;
    if (year === 'invalid') return year;
    const [y1, m1] = quarterStart(2 * half - 1, year, ctx);
    return months('range', y1, m1, y1, m1 + 5);
  }
  m = HALF_WORDS_RE.exec(s);
  if (m !== null) {
    const second = HALF_WORDS[m[1] ?? ''] === 2;
    const spec = yearSpec(m, 2, ctx);
    if (spec === 'unread') return null;
    if (spec === 'invalid') return spec;
    // A calendar year written after the words is that year's halves, as people say them.
    if (spec !== null && 'year' in spec) return months('range', spec.year, second ? 7 : 1, spec.year, second ? 12 : 6);
    const [y1, m1] = quarterStart(second ? 3 : 1, spec, ctx);
    return months('range', y1, m1, y1, m1 + 5);
  }
  m = QUARTER_RE.exec(s);
  if (m === null) return null;
  const before: YearSpec =
    m[1] !== undefined ? yearSpec(m, 1, ctx) : m[4] !== undefined ? { year: Number(m[4]) } : null;
  const spec = orPinned(before ?? yearSpec(m, 7, ctx), s.slice(m[0].length), ctx);
  // A number before the quarter that is no financial year ("03/25 - Q4") leaves the text to the date patterns.
  if (before === 'invalid' || spec === 'unread') return null;
  if (spec === 'invalid') return spec;
  const [year, month] = quarterStart(either(m, 5), spec, ctx);
  return months('quarter', year, month, year, month + 2);
}
