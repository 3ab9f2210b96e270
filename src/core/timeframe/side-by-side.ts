import type { Timeframe, TimeframeKind } from '../types';
import { MONTH_WORDS } from '../vocabulary/timeframe';
import { alternation } from './lexicon';

/*
 * "Sep-26 Dec-26": a date struck through and its replacement typed after it. The strike-through
 * is lost when the cell is read as text, leaving two dates side by side with no range word, no
 * list mark, nothing between. A range says so ("Sep-Dec 26", "Sep 26 - Dec 26", "Sep 26 to Dec
 * 26") and a list is marked ("Sep 26; Dec 26"), so two or three dates each later than the one
 * before are read as SPEC 3's revision: the last is the deadline, the step re-dated. Days side
 * by side are read as a span (a start and an end as often as a revision), and dates without a year
 * are left as they were read.
 */

const MONTH = `${alternation(Object.keys(MONTH_WORDS))}\\.?`;
/** One date of its own: a day written in numbers, a quarter, or a month with its day or year. */
const DATES = [
  '\\d{1,2}[/.-]\\d{1,2}(?:[/.-]\\d{2,4})?',
  'q[1-4](?:\\s*(?:\\d{4}\\s*[/-]\\s*\\d{2,4}|\\d{2}\\s*/\\s*\\d{2}|\\d{4}|\\d{2}))?',
  `(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?${MONTH}(?:\\s*[-'\\s]\\s*(?:\\d{4}|\\d{2}))?`,
];
const TOKEN = `(?:${DATES.join('|')})(?![a-z0-9])`;
const SIDE_BY_SIDE_RE = new RegExp(`^(${TOKEN})\\s+(${TOKEN})(?:\\s+(${TOKEN}))?$`);
/** What each date must read as alone: a year or a span is no date struck through. */
const DATE_KINDS: ReadonlySet<TimeframeKind> = new Set(['date', 'month', 'quarter', 'month_number']);
/** The revision word the dates are joined with, as people type it between an old date and a new one. */
const JOIN = ' → ';
/** Days side by side are as often a start and an end ("01/10/26 31/03/27") as a revision: read as the span, not re-dated. */
const SPAN = ' to ';
/**
 * Each date must carry its year ("Sep-26", "30/09/26", "Q4 2026/27"): without one, each would be read
 * against asOf on its own, not the second after the first ("Q1 Q2" in December).
 */
const WITH_YEAR = /(?:\d{4}|[-'\s/.]\d{2}|\d{2}\s*\/\s*\d{2,4})$/;

/**
 * The cell with a revision arrow between dates typed side by side each later than the last, or
 * null when it is not such a cell.
 * @example sideBySide('sep-26 dec-26', read) // 'sep-26 → dec-26'
 * @example sideBySide('sep-dec 26', read) // null: a range
 * @example sideBySide('dec-26 sep-26', read) // null: the second date is earlier
 */
export function sideBySide(s: string, read: (part: string) => Timeframe): string | null {
  const m = SIDE_BY_SIDE_RE.exec(s);
  if (m === null) return null;
  const dates = [m[1], m[2], m[3]].filter((d): d is string => d !== undefined);
  let last = '';
  let days = true;
  for (const d of dates) {
    const { kind, end } = read(d);
    // "Q3 26/27" is one quarter and its year, not a quarter and then a year.
    if (!DATE_KINDS.has(kind) || end === null || end <= last || !WITH_YEAR.test(d.trim())) return null;
    last = end;
    days &&= kind === 'date';
  }
  return dates.join(days ? SPAN : JOIN);
}
