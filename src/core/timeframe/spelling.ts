import { MONTH_WORDS, SEASON_WORDS } from '../vocabulary/timeframe';
import { oneSlip } from '../slips';
import { SLIP_FIRST, respellMonth, slipDistance } from './month-slips';

/*
 * Long month names typed wrong ("Decemeber 2024", "Janaury", "Septmber 24"). Unread, the year
 * after one is read alone as the whole calendar year, so "Janaury 2025" would be due in December.
 * A word is taken for a month only when it starts as the month does and is within two typing
 * slips of it: short names (May, June, July) have too many lookalikes ("Julie") to be guessed.
 */

/** Letters a misspelt month must share with the month at its start. */
const SAME_START = 2;
/** Typing slips (a letter added, dropped, changed, or two swapped) a misspelt month may have. */
const MAX_SLIPS = 2;
/** Months with names long enough to be guessed at; those shorter than LONG_NAME only with one slip ("Jaguar" is no January). */
const MIN_NAME = 7;
const LONG_NAME = 8;

const NAMES = Object.keys(MONTH_WORDS).filter((w) => w.length >= MIN_NAME);
/**
 * Words that may be a long month misspelt: a long month's first letters, enough letters, and its
 * last letter (every long month ends in "r" or "y", and slips fall inside a word), which keeps
 * wordy cells from costing a comparison per word.
 */
const ENDS = [...new Set(NAMES.map((w) => w.slice(-1)))].join('');
/** A month's first letters, or its first and third ("Spetember", "Dcember"): slips in the second letter are common too. */
const STARTS = (w: string): string[] => [w.slice(0, SAME_START), `${w[0] ?? ''}${w[2] ?? ''}`];
const CANDIDATE_RE = new RegExp(
  `(?<![a-z])(?:${[...new Set(NAMES.flatMap(STARTS))].join('|')})[a-z]{${MIN_NAME - MAX_SLIPS - SAME_START - 1},11}[${ENDS}](?![a-z])`,
  'g',
);

/** The month name a word is a slip of, or the word itself. */
function respellWord(word: string): string {
  if (Object.prototype.hasOwnProperty.call(MONTH_WORDS, word)) return word;
  for (const name of NAMES) {
    const limit = name.length >= LONG_NAME ? MAX_SLIPS : 1;
    if (STARTS(name).includes(word.slice(0, SAME_START)) && slipDistance(word, name, limit) <= limit) return name;
  }
  return word;
}

/*
 * Before a year, shorter month and season names typed wrong ("Setp 2024", "Agust 2024", "Sumer
 * 2024", "Jnauary 2025") are put right too: left unread, the year alone would be read as the
 * whole calendar year. Only letters swapped, dropped or added count as a slip here, not one
 * changed: a changed letter makes real words ("Sprint 24", "Match 2024", "Seat 2024").
 */
/** Words one slip from a shorter month name, anywhere ("juy", "agust", "jnue"): see month-slips.ts. */
const SHORT_RE = new RegExp(`(?<![a-z0-9])[${SLIP_FIRST}][a-z]{2,7}(?![a-z0-9])`, 'g');

const EXACT = new Set([...Object.keys(MONTH_WORDS), ...Object.keys(SEASON_WORDS)]);
const SHORT_NAMES = [...EXACT].filter((w) => w.length >= 4);
const DIGIT = /\d/;
const BEFORE_YEAR_RE = /(?<![a-z0-9])[a-z]{4,10}(?=\s*'?\s*(?:\d{4}|\d{2})(?![0-9]))/g;

/** The one month or season a word before a year is a slip of, with the same first letter; else the word. */
function respellBeforeYear(word: string): string {
  if (EXACT.has(word)) return word;
  const hits = SHORT_NAMES.filter((name) => name[0] === word[0] && oneSlip(word, name));
  // "Setp" is a slip of "sept" and "sep", both September; a word two months could be is left alone.
  const meanings = new Set(hits.map((name) => MONTH_WORDS[name] ?? name));
  return meanings.size === 1 ? (hits[0] ?? word) : word;
}

/**
 * Normalised text with long month names typed wrong put right, shorter month names one slip
 * off put right anywhere, and season names before a year.
 * @example respell('decemeber 2024') // 'december 2024'
 * @example respell('setp 2024') // 'sept 2024'
 * @example respell('end of agust') // 'end of august'
 * @example respell('remember to update') // 'remember to update'
 * @example respell('sprint 24') // 'sprint 24'
 */
export function respell(s: string): string {
  const long = s.replace(CANDIDATE_RE, respellWord).replace(SHORT_RE, respellMonth);
  return DIGIT.test(long) ? long.replace(BEFORE_YEAR_RE, respellBeforeYear) : long;
}
