import { MONTH_WORDS, SEASON_WORDS } from '../vocabulary/timeframe';
import { REVISION_KEEP_WORDS } from '../vocabulary/timeframeMarkers';
import { alternation } from './lexicon';

/*
 * A tracker lists a piece of work's parts with their dates in one cell ("Revised SOP – May 25",
 * "New audit: Jun 25", "Guideline – Feb 25; Audit – May 25"). A revision word there names the work
 * (a revised SOP), not a moved date: only a revision word that applies to the date re-dates it.
 */

/** Words that may open a date: a month, a season, a number, a quarter, a qualifier. */
const DATE_START = `(?:\\d|q[1-4]|${alternation([...Object.keys(MONTH_WORDS), ...Object.keys(SEASON_WORDS), 'end', 'mid', 'early', 'late', 'the', 'next', 'this', 'tbc', 'h1', 'h2'])}(?![a-z]))`;
/** Up to four words of a label, the first no date and no word that keeps a revision, then ":" or a spaced dash. */
const LABEL_RE = new RegExp(
  `^(?!${DATE_START})(?!${alternation(REVISION_KEEP_WORDS)}(?![a-z]))[a-z][a-z&'./()]*(?:\\s+(?!${DATE_START})[a-z&'./()0-9]+){0,3}\\s*(?::|\\s-+)\\s*(?=${DATE_START})`,
);

/**
 * Whether the text after a revision word goes on to name a piece of work and then its date, making
 * the word part of that label ("revised sop - may 25") rather than a revision of the date.
 * @example opensLabel('sop - may 25') // true
 * @example opensLabel('date agreed - mar 25') // false
 * @example opensLabel('mar 25') // false
 */
export function opensLabel(after: string): boolean {
  return LABEL_RE.test(after);
}
