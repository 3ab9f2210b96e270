import { alternation } from '../timeframe/lexicon';
import { DEADLINE_WORDS, MEETING_WORDS, MONTH_WORDS, QUALIFIER_WORDS, WEEK_START_WORDS } from '../vocabulary/timeframe';

/*
 * A time frame cell can give one date per step on a single line: "Q1 / Q2 / Q3",
 * "Dec 23, Jan 24, Mar 24" or "Dec 2024 | Mar 2025" beside the next steps. Read as one phrase, such a cell gives
 * every step the first date, or the span of all of them. It is split only when every piece
 * is a date on its own, so prose ("Draft, agree and publish by Dec 23") and revisions
 * ("Nov 23, revised to Jan 24") stay whole.
 */


/** "End of", "by", "w/c" before a date; "Board" or "meeting" after a month ("March 23 Board"). */
const LEAD = alternation([...Object.keys(QUALIFIER_WORDS), ...Object.keys(DEADLINE_WORDS), ...WEEK_START_WORDS]);
const QUALIFIER = `(?:(?:${LEAD})[\\s-]+){0,2}`;
const YEAR = "'?(?:\\d{4}|\\d{2})";
/** A year comes before the meeting word or after it, never both, so no text can be read two ways. */
const MEETING = `(?:\\s+(?:${alternation(MEETING_WORDS)})(?:\\s+${YEAR})?)?`;
const MONTH = `(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?(?:${alternation(Object.keys(MONTH_WORDS))})\\.?(?:[\\s-]+${YEAR})?${MEETING}`;
const FINANCIAL_YEAR = '\\d{4}[/-]\\d{2}(?:\\d{2})?|\\d{2}/\\d{2}|\\d{4}';
const QUARTER = `(?:(?:${FINANCIAL_YEAR})\\s+)?Q[1-4](?:\\s+(?:${FINANCIAL_YEAR}))?`;
const NUMERIC = '\\d{1,2}[./-]\\d{1,2}[./-](?:\\d{4}|\\d{2})';
const DATE = `${QUALIFIER}(?:${MONTH}|${QUARTER}|${NUMERIC})`;
/** A date, or a span of two ("Apr - Jun 24", "Q1 to Q2"), as a pattern source (see labelledDates.ts). */
export const DATE_PIECE = `${DATE}(?:\\s*(?:[-–—]|to)\\s*${DATE})?`;

const LIST = new RegExp(`^(?:${DATE_PIECE})(?:\\s*[,;/|]\\s*(?:${DATE_PIECE}))+$`, 'i');
const ONE = new RegExp(`^(?:${DATE_PIECE})$`, 'i');
/** Commas, semicolons, pipes and spaced slashes first, so a slash inside "31/12/23" or "2023/24" survives. */
const LIST_BREAK = /\s*[,;|]\s*|\s+\/\s+/;
const SLASH = /\s*\/\s*/;
const COMMA = /[,;|]/;
/** A month or quarter with nothing else: the start of a window whose year is written at its end. */
const BARE = new RegExp(`^(?:${alternation(Object.keys(MONTH_WORDS))})\\.?$|^Q[1-4]$`, 'i');
/** A year after a month or quarter ("Dec 23", "Q4 2024"), or closing a date or financial year ("31/12/23", "2023/24"). */
const ENDS_WITH_YEAR = /(?:[\p{L}.]|Q[1-4])[\s-]+'?(?:\d{4}|\d{2})$|\d[./-]\d{2,4}$/u;

/**
 * The dates of a one-line list of dates, or null when `text` is not one. Three or more are
 * always a list; two are one window when a bare month or quarter takes its year from the other
 * ("Jan, Feb 24", "Q3/Q4 2023/24") or a slash joins them without years ("Jan/Feb", "Q3/Q4").
 * @example splitDateList('Q1 / Q2 / Q3') // ['Q1', 'Q2', 'Q3']
 * @example splitDateList('Dec 23, Jan 24, Mar 24') // ['Dec 23', 'Jan 24', 'Mar 24']
 * @example splitDateList('Dec 2024 | Mar 2025') // ['Dec 2024', 'Mar 2025']
 * @example splitDateList('Jan/Feb 24') // null
 */
export function splitDateList(text: string): string[] | null {
  // Nearly every cell has no separator; looking for one is cheaper than any pattern.
  if ((!text.includes(',') && !text.includes(';') && !text.includes('/') && !text.includes('|')) || !LIST.test(text)) return null;
  const pieces = datesBetween(text, LIST_BREAK) ?? datesBetween(text, SLASH);
  if (pieces === null) return null;
  if (pieces.length > 2) return pieces;
  const years = pieces.filter((piece) => ENDS_WITH_YEAR.test(piece)).length;
  if (years === 1) return BARE.test(pieces[0] ?? '') ? null : pieces;
  return years === 2 || COMMA.test(text) ? pieces : null;
}

/**
 * Whether `text` is one date and nothing else ("End of Dec", "by mid-Jan", "Q3 2023/24",
 * "Apr - Jun 24"), as each piece of a list of dates must be.
 * @example isDateOnly('by end of Dec') // true
 * @example isDateOnly('may need support') // false
 */
export function isDateOnly(text: string): boolean {
  return ONE.test(text);
}

function datesBetween(text: string, separator: RegExp): string[] | null {
  const pieces = text.split(separator);
  return pieces.length > 1 && pieces.every((piece) => ONE.test(piece)) ? pieces : null;
}
