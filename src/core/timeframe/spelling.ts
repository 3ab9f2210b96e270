import { MONTH_WORDS } from '../vocabulary/timeframe';

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
const CANDIDATE_RE = new RegExp(
  `(?<![a-z])(?:${[...new Set(NAMES.map((w) => w.slice(0, SAME_START)))].join('|')})[a-z]{${MIN_NAME - MAX_SLIPS - SAME_START - 1},11}[${ENDS}](?![a-z])`,
  'g',
);

/** Optimal string alignment distance, given up past `limit`. */
function slips(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let older: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] ?? i) + 1, (row[j - 1] ?? j) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (older[j - 2] ?? 0) + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > limit) return limit + 1;
    older = prev;
    prev = row;
  }
  return prev[b.length] ?? limit + 1;
}

/** The month name a word is a slip of, or the word itself. */
function respellWord(word: string): string {
  if (Object.prototype.hasOwnProperty.call(MONTH_WORDS, word)) return word;
  for (const name of NAMES) {
    const limit = name.length >= LONG_NAME ? MAX_SLIPS : 1;
    if (name.startsWith(word.slice(0, SAME_START)) && slips(word, name, limit) <= limit) return name;
  }
  return word;
}

/**
 * Normalised text with long month names typed wrong put right.
 * @example respell('decemeber 2024') // 'december 2024'
 * @example respell('remember to update') // 'remember to update'
 */
export function respell(s: string): string {
  return s.replace(CANDIDATE_RE, respellWord);
}
