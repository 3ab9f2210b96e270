import { TERM_WORDS } from '../vocabulary/timeframe';
import { alternation } from './lexicon';
import { months, type Parsed } from './window';
import { fullYear, inferYear, type Context } from './years';

/*
 * "Summer term 2025", "by end of autumn term": in council, SEND and public-health plans a season
 * before "term" is the English school term, not the season. Term dates differ by school and year,
 * so each term is read as whole months that always hold it: autumn September to December (it
 * ends about 20 December; the month's end keeps a deadline from falling before the term does),
 * spring January to March (it ends in late March or early April with Easter; 31 March, the NHS
 * year end, is the date plans use for it), summer April to July (after Easter to about 22 July).
 */

const TERM_RE = new RegExp(
  `^(${alternation(Object.keys(TERM_WORDS))})\\s+term(?:\\s+(?:(\\d{4})\\s*[-/]\\s*(\\d{4}|\\d{2})|(\\d{4}|\\d{2})))?(?![a-z0-9]|[/.-]\\d)`,
);

/**
 * A school term, kind 'range'. A school year ("autumn term 2025/26") puts autumn in its first
 * year and the others in its second; with no year, the term whose middle month is nearest asOf.
 * @example parseTerm('summer term 2025', ctx) // { kind: 'range', start: '2025-04-01', end: '2025-07-31', … }
 * @example parseTerm('autumn term 2025/26', ctx) // 2025-09-01 … 2025-12-31
 */
export function parseTerm(s: string, ctx: Context): Parsed {
  const m = TERM_RE.exec(s);
  const term = m === null ? undefined : TERM_WORDS[m[1] ?? ''];
  if (m === null || term === undefined) return null;
  const [first, last] = term;
  const schoolYear = m[2] === undefined ? null : fullYear(m[2]);
  const written = m[4] === undefined ? null : fullYear(m[4]);
  const year = schoolYear !== null ? schoolYear + (first < 9 ? 1 : 0) : (written ?? inferYear(Math.ceil((first + last) / 2), ctx));
  return months('range', year, first, year, last);
}
