import {
  DEADLINE_WORDS,
  HOLIDAY_WORDS,
  MONTH_WORDS,
  QUALIFIER_WORDS,
  QUARTER_NUMBER_WORDS,
  SEASON_WORDS,
  type Qualifier,
} from '../vocabulary/timeframe';
import { MEETING_JOIN_WORDS, MEETING_SIDE_WORDS, MEETING_STOP_WORDS, MEETING_WORDS } from '../vocabulary/timeframeMeetings';

/*
 * Regex fragments built from the vocabulary, once, at module load. Every pattern in this
 * folder works on normalised text (lower case, single spaces, ASCII hyphens).
 */

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * A non-capturing alternation of phrases, longest first so "end of the" wins over "end";
 * spaces and hyphens inside a phrase match any run of either.
 * @example alternation(['end', 'end of']) // '(?:end[\\s-]+of|end)'
 */
export function alternation(words: readonly string[]): string {
  const sorted = [...words].sort((a, b) => b.length - a.length);
  return `(?:${sorted.map((w) => escape(w).replace(/[\s-]+/g, '[\\s-]+')).join('|')})`;
}

/**
 * Turns every capturing group of a pattern source into a non-capturing one, so a pattern can
 * be embedded twice in a bigger one (the two ends of a range).
 * @example nonCapturing('(a)(?:b)') // '(?:a)(?:b)'
 */
export function nonCapturing(source: string): string {
  return source.replace(/\((?!\?)/g, '(?:');
}

const SEPARATORS = /[\s-]+/g;
const TRAILING_DOT = /\.$/;

/** Collapses a phrase's separators, the way vocabulary keys are written. */
function key(text: string): string {
  return text.replace(SEPARATORS, ' ').replace(TRAILING_DOT, '').trim();
}

const has = (table: object, k: string): boolean => Object.prototype.hasOwnProperty.call(table, k);

function lookup<T>(table: Readonly<Record<string, T>>, text: string): T | null {
  if (has(table, text)) return table[text] as T;
  const k = key(text);
  return has(table, k) ? (table[k] as T) : null;
}

/** A month name or abbreviation, with an optional full stop ("Sept."). */
export const MONTH = `${alternation(Object.keys(MONTH_WORDS))}(?![a-z])\\.?`;
/** A holiday on a fixed day ("Christmas"). */
export const HOLIDAY = `${alternation(Object.keys(HOLIDAY_WORDS))}(?![a-z])`;
/** A season name. */
export const SEASON = `${alternation(Object.keys(SEASON_WORDS))}(?![a-z])`;
/** A qualifier phrase ("end of", "mid"). */
export const QUALIFIER_WORD = alternation(Object.keys(QUALIFIER_WORDS));
/** A qualifier and the space or hyphen after it ("end of ", "mid-"). */
export const QUALIFIER = `${QUALIFIER_WORD}[\\s-]+`;
/** A deadline phrase ("by", "no later than"); the caller requires a separator after it. */
export const DEADLINE = alternation(Object.keys(DEADLINE_WORDS));
/** One meeting word. */
export const MEETING_WORD = `${alternation(MEETING_WORDS)}(?![a-z])`;
/** Which half of a board meeting ("in public", "Part 2", "private"). */
export const MEETING_SIDE = `${alternation(Object.keys(MEETING_SIDE_WORDS))}(?![a-z0-9])`;
/** Which half of a board meeting, where it is written with a number ("Part 2 Board"). */
export const MEETING_PART = `${alternation(Object.keys(MEETING_SIDE_WORDS).filter((w) => w.startsWith('part')))}(?![a-z0-9])`;
/** One word that may sit between a month and its meeting word ("Jan Engagement Leads Group", "March Part 2 Board"). */
export const ORG_WORD = `(?:${MEETING_PART}|(?!${alternation(MEETING_STOP_WORDS)}(?![a-z]))(?!${alternation(Object.keys(MONTH_WORDS))}(?![a-z]))[a-z&'][a-z&'.]*)`;
/** A word that joins the words of a meeting's name ("Council of Governors"). */
export const MEETING_JOIN = `${alternation(MEETING_JOIN_WORDS)}(?![a-z])`;
/** A quarter number as a digit or a word. */
export const QUARTER_NUMBER = `(?:[1-4]|${alternation(Object.keys(QUARTER_NUMBER_WORDS))}(?![a-z]))`;
/** An ordinal suffix ("2nd"). */
export const ORDINAL = '(?:st|nd|rd|th)';
/** Where a phrase may stop: not inside a word or a number ("5/1/23" is not "5/1"). */
export const BOUNDARY = '(?![a-z0-9]|[/.-]\\d)';
/**
 * A date with its day, month and year all written ("28/01/2027", "24.03.27", "2027-01-28",
 * "28 Jan 2027"): after a meeting's name it is that meeting's day, so its first number is
 * never the meeting's two-digit year.
 */
export const FULL_DATE = `(?:\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{1,2}[./-]\\d{1,2}[./-](?:\\d{4}|\\d{2})|\\d{1,2}(?:\\s?${ORDINAL})?[\\s./-]*(?:of\\s+)?${MONTH}(?:[\\s,']+|[./-])?(?:\\d{4}|\\d{2}))${BOUNDARY}`;

/**
 * The month number (1-12) of a month word, or null.
 * @example monthOf('Sept.') // 9
 */
export function monthOf(word: string): number | null {
  return lookup(MONTH_WORDS, word.toLowerCase());
}

/**
 * The [month, day] of a holiday, or null.
 * @example holidayOf('xmas') // [12, 25]
 */
export function holidayOf(word: string): readonly [number, number] | null {
  return lookup(HOLIDAY_WORDS, word.toLowerCase());
}

/**
 * The first month of a season, or null.
 * @example seasonOf('autumn') // 9
 */
export function seasonOf(word: string): number | null {
  return lookup(SEASON_WORDS, word.toLowerCase());
}

/**
 * The qualifier a phrase names, or null.
 * @example qualifierOf('end of ') // 'end'
 */
export function qualifierOf(text: string): Qualifier | null {
  return lookup(QUALIFIER_WORDS, text.toLowerCase());
}

/**
 * Whether a deadline phrase means "by" or "before".
 * @example deadlineOf('no later than') // 'by'
 */
export function deadlineOf(text: string): 'by' | 'before' | null {
  return lookup(DEADLINE_WORDS, text.toLowerCase());
}

/**
 * A quarter number from a digit or word, or null.
 * @example quarterOf('four') // 4
 */
export function quarterOf(text: string): number | null {
  const n = Number(text);
  if (n >= 1 && n <= 4 && Number.isInteger(n)) return n;
  return lookup(QUARTER_NUMBER_WORDS, text.toLowerCase());
}
