import { FILLER_WORDS, MONTH_LOOKALIKE_WORDS, MONTH_WORDS, SEASON_WORDS } from '../vocabulary/timeframe';
import { MEETING_WORDS } from '../vocabulary/timeframeMeetings';

/*
 * Month names typed with one slip anywhere in a cell ("Juy 2027", "end of Agust", "Jnue"): one
 * letter dropped, added, changed, or two swapped, from a month name of four letters or more. A
 * slip left unread lets a year beside it be read as the whole calendar year, so a July deadline
 * becomes December. A word is taken for a month only when it keeps the month's first letter
 * (a changed first letter makes most real-word lookalikes: "Tune", "Duly", "Kept"), is one slip
 * from one month only ("Jule" could be June or July), and is not a real word (MONTH_LOOKALIKE_WORDS).
 */

/** Month names long enough to guess at: "may" or "jan" one slip off is too many other words. */
const MIN_NAME = 4;
const NAMES = Object.keys(MONTH_WORDS).filter((w) => w.length >= MIN_NAME);
const SEASONS = Object.keys(SEASON_WORDS).filter((w) => w.length >= MIN_NAME);
const EXACT = new Set([...Object.keys(MONTH_WORDS), ...Object.keys(SEASON_WORDS)]);
/** Words never guessed at: real lookalikes, and the time-frame words the reader already knows ("qsc", "due"). */
const NOT_MONTHS = new Set([...MONTH_LOOKALIKE_WORDS, ...FILLER_WORDS, ...MEETING_WORDS]);

/**
 * Optimal string alignment distance (drops, additions, changes, swaps of neighbours), given up past `limit`.
 * @example slipDistance('agust', 'august', 2) // 1
 * @example slipDistance('jyl', 'july', 2) // 2
 */
export function slipDistance(a: string, b: string, limit: number): number {
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

/** Names a guessable word keeps the first letter of and is within `limit` slips of. */
function near(word: string, names: readonly string[], limit: number): string[] {
  if (word.length < 3 || EXACT.has(word) || NOT_MONTHS.has(word)) return [];
  return names.filter((name) => name[0] === word[0] && slipDistance(word, name, limit) <= limit);
}

/** Letters a month slip may start with: a cheap test before any distance is worked out. */
export const SLIP_FIRST = [...new Set(NAMES.map((w) => w[0] ?? ''))].join('');

/**
 * The month name a word is one slip from, when it is one month only; else the word itself.
 * @example respellMonth('juy') // 'july'
 * @example respellMonth('agust') // 'august'
 * @example respellMonth('jury') // 'jury': a real word
 * @example respellMonth('jule') // 'jule': June or July
 */
export function respellMonth(word: string): string {
  const hits = near(word, NAMES, 1);
  const months = new Set(hits.map((name) => MONTH_WORDS[name]));
  return months.size === 1 ? (hits[0] ?? word) : word;
}

/**
 * True when a word not read as a month still looks like one gone wrong: two slips from a month or
 * season name, keeping its first letter, and no real word. A year beside it is then no whole
 * calendar year ("Agst 2027" is some month of 2027, which one the reader cannot say).
 * @example failedMonth('agst') // true
 * @example failedMonth('implemented') // false
 * @example failedMonth('sprint') // false: a real word
 */
export function failedMonth(word: string): boolean {
  return near(word, [...NAMES, ...SEASONS], 2).length > 0;
}

/** The word right before a four-figure year, at the end of the text before it. */
const WORD_BEFORE_RE = /(?<![a-z0-9])([a-z]+)\s*'?\s*$/;
const YEAR_AHEAD_RE = /^(?:19|20|21)\d\d(?![0-9])/;

/**
 * True when a year found inside a cell follows a word that looks like a month gone wrong: the
 * year must not then be read alone as the whole calendar year ("Jyl 2027" is no deadline of 31
 * December). The cell is left unread, and so warned of.
 * @example yearAfterFailedMonth('jyl ', '2027') // true
 * @example yearAfterFailedMonth('implemented in ', '2027') // false
 */
export function yearAfterFailedMonth(before: string, rest: string): boolean {
  if (!YEAR_AHEAD_RE.test(rest)) return false;
  const word = WORD_BEFORE_RE.exec(before)?.[1];
  return word !== undefined && failedMonth(word);
}
