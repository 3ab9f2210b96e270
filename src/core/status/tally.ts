import { TALLY_WORDS, WHOLE_WORDS } from '../vocabulary/statusShare';
import { phraseAlternation } from './alternation';

/*
 * A count done "to date" or "so far" is a running tally: "1,240 checks completed to date" says
 * how far the work has got, not that it is over. The tally is the whole of the work only when
 * the clause says so ("All 350 staff trained so far", "Completed to date: 100%", "7 of 7").
 */

const MARK = `(?:${phraseAlternation(TALLY_WORDS)})(?![\\p{L}\\p{N}])`;
/** The tally word a few words after the completion, with nothing but spaces between ("trained to 3 cohorts so far"). */
const AFTER = new RegExp(`^(?:\\s+[\\p{L}\\p{N}'’-]+){0,4}?\\s+(?<!(?:^|\\s)up\\s+)${MARK}`, 'iu');
/**
 * The tally word earlier in the clause ("have so far delivered"), or heading the sentence before a
 * comma ("To date, 1,240 checks have been completed"; not "No incidents to date, audit complete").
 */
const BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])(?<!\\bup\\s+)(?:(?<=[.;:!?()\\n\\r\\u2028•]\\s*)${MARK},|${MARK})(?:[^.;:!?()\\n\\r\\u2028•,–—-]|[,-](?=\\w))*$`, 'iu');
/** What follows the tally word and makes it the whole: "to date: 100%", "so far (7 of 7)". */
const ALL_DONE = /^\s*[:(\-–—]?\s*(?:100\s*(?:%|per\s?cent)|(\d{1,5})\s+(?:of|out\s+of)\s+(\d{1,5})\b)/i;
/** A whole-word before the completion in its clause: "All 350 staff trained", "fully implemented". */
const WHOLE = new RegExp(`[^\\p{L}](?:${phraseAlternation(WHOLE_WORDS)})\\s(?:[^.;:!?()\\n\\r\\u2028•,]|,(?=\\d))*$`, 'iu');
/** A whole-word after it, before the clause ends: "implemented across all sites to date". */
const WHOLE_AFTER = new RegExp(`^[^.;:!?()\\n\\r\\u2028•,]*?\\s(?:${phraseAlternation(WHOLE_WORDS)}|in\\s+full)(?![\\p{L}])`, 'iu');

/**
 * True when the completion phrase from `start` to `end` is a running tally that is not yet the
 * whole of the work.
 * @example runningTally('1,240 checks completed to date.', 13, 22) // true
 * @example runningTally('To date, 350 staff have been trained', 29, 36) // true
 * @example runningTally('All 350 staff trained so far', 14, 21) // false
 * @example runningTally('Completed to date: 100%', 0, 9) // false
 */
export function runningTally(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - 80);
  const before = text.slice(from, start);
  const after = text.slice(end, end + 60);
  const m = AFTER.exec(after);
  // A line break stands for the start of the text, never for a cut made mid-sentence or mid-word.
  const clause = from === 0 ? `\n${before}` : before;
  if (m === null && !BEFORE.test(clause)) return false;
  if (WHOLE.test(clause) || WHOLE_AFTER.test(after)) return false;
  const rest = m === null ? '' : after.slice(m[0].length);
  const done = ALL_DONE.exec(rest);
  return done === null || (done[1] !== undefined && done[1] !== done[2]);
}
