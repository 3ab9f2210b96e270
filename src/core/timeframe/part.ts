import { addDays } from '../dates';
import { PART_OF_MONTH_WORDS } from '../vocabulary/timeframe';
import { alternation } from './lexicon';
import { parseEndpoint } from './endpoint';
import type { Parsed } from './window';
import type { Context } from './years';

/*
 * A week or half of a month: "first week of December" is 1-7 December, "last week of Nov" its
 * last seven days, "2nd half of Dec" 16-31 December. Read as the whole month, a first week's
 * work would look on track for three weeks after it was due.
 */

const PART = alternation(Object.keys(PART_OF_MONTH_WORDS));
const WEEK_RE = new RegExp(`^(?:(${PART})\\s+(week)|week\\s*([1-4]))\\s+(?:of\\s+|in\\s+)?(?:the\\s+)?(?=[a-z])`);
/**
 * A week number with its year ("Wk 45 2024", "Week 32 2024/25"): ISO and financial-year weeks
 * both are in use and the cell does not say which, so it is unread rather than read as the year.
 */
const WEEK_NUMBER_RE =
  /^(?:week|wk)\.?\s*(?:no\.?\s*)?\d{1,2}\s*[,/-]?\s*(?:fy\s*)?(?:\d{4}|\d{2}\s*[-/]\s*\d{2})(?![0-9])/;
const HALF_RE = new RegExp(`^(${PART})\\s+(half)\\s+(?:of\\s+|in\\s+)?(?:the\\s+)?(?=[a-z])`);

/** The week or half a phrase names (1-based, -1 for the last) and the length of its words; null when none. */
function part(s: string): { n: number; half: boolean; length: number } | null {
  const m = WEEK_RE.exec(s) ?? HALF_RE.exec(s);
  if (m === null) return null;
  const n = m[3] === undefined ? PART_OF_MONTH_WORDS[m[1] ?? ''] : Number(m[3]);
  if (n === undefined || (m[2] === 'half' && n > 2)) return null;
  return { n, half: m[2] === 'half', length: m[0].length };
}

/**
 * A week or half of a month, kind 'month' as "early Dec" is; null when the text names none, or
 * what follows is no month; 'invalid' for a week number with its year.
 * @example parsePartOfMonth('first week of december', ctx) // at asOf 2024-11-20: 2024-12-01 … 2024-12-07
 * @example parsePartOfMonth('2nd half of dec', ctx) // at asOf 2024-11-20: 2024-12-16 … 2024-12-31
 * @example parsePartOfMonth('wk 45 2024', ctx) // 'invalid'
 */
export function parsePartOfMonth(s: string, ctx: Context): Parsed {
  const p = part(s);
  if (p === null) return WEEK_NUMBER_RE.test(s) ? 'invalid' : null;
  const month = parseEndpoint(s.slice(p.length), ctx);
  if (month === null || month === 'invalid') return month;
  const { start, end } = month;
  // Only a whole month has weeks to pick from: "first week of end of Dec" is no phrase.
  if (
    month.kind !== 'month' ||
    start === null ||
    end === null ||
    start !== `${end.slice(0, 8)}01` ||
    end < `${end.slice(0, 8)}28`
  )
    return null;
  if (p.half) return p.n === 1 ? { ...month, end: addDays(start, 14) } : { ...month, start: addDays(start, 15) };
  if (p.n < 0) return { ...month, start: addDays(end, -6) };
  return { ...month, start: addDays(start, 7 * (p.n - 1)), end: addDays(start, 7 * p.n - 1) };
}
