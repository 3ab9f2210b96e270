import { MONTH_WORDS } from '../vocabulary/timeframe';
import { REDATED_DATE_WORDS } from '../vocabulary/statusWords';

/*
 * "Extended to March" says a deadline moved; "extended to wider executive colleagues" does not.
 * What tells them apart is a date or period in the next few words.
 */

/** Words that name a date or period: months and their short forms, "next", "end", "quarter"… */
export const DATE_WORDS: ReadonlySet<string> = new Set([...REDATED_DATE_WORDS, ...Object.keys(MONTH_WORDS)]);

/**
 * True when a date or period follows within the next few words: "to March 23", "to Q3",
 * "to next Board", "to the end of the year".
 * @example dateFollows('extended to March 2023', 11) // true
 * @example dateFollows('extended to wider executive colleagues', 11) // false
 */
export function dateFollows(text: string, from: number): boolean {
  const words = text.slice(from, from + 40).toLowerCase().split(/[^a-z0-9]+/).filter((w) => w !== '').slice(0, 4);
  return words.some(isDateWord);
}

/**
 * True when a lower-case word is, or is part of, a date or period: a number, a month, Q1-Q4, "next", "end".
 * @example isDateWord('march') // true
 * @example isDateWord('wards') // false
 */
export function isDateWord(word: string): boolean {
  return /\d/.test(word) || /^q[1-4]$/.test(word) || DATE_WORDS.has(word);
}

/**
 * True when a new date follows a moved-deadline phrase ending at `from`: a date or period in the
 * next few words, not after an infinitive ("now due to start in March" says when, not that it moved).
 * @example newDateFollows('Now expected end of Q3', 12) // true
 * @example newDateFollows('Now due to start in March', 7) // false
 */
export function newDateFollows(text: string, from: number): boolean {
  return dateFollows(text, from) && !/^\s+to\b/i.test(text.slice(from, from + 5));
}
