import { QUERY_ANSWERS, QUERY_BEFORE, REPORTED_BEFORE, UNCONFIRMED_AFTER } from '../vocabulary/statusGrammar';
import { wholeWordPattern } from './trie';

/*
 * A completion in doubt (SPEC 4): "Complete? Awaiting confirmation from lead", "Completed? TBC",
 * "Believed to be complete", "Reported as complete but evidence not yet received". The work has got
 * as far as someone calling it done, so it is under way; but it is not complete, which is final and
 * never downgraded by dates (SPEC 5.1 rule 2), until the entry says so plainly. A form's label and its
 * answer ("Complete? Yes") is no question.
 */

const alt = (words: readonly string[]): string => words.map((w) => w.replace(/ /g, '\\s+')).join('|');
/** A question mark right after the completion, or in brackets after it: "Complete?", "Done (?)". */
const QUESTION = /^\s*\(?\s*\?/u;
/** The answer after the mark: "Complete? Yes", "Closed? - Y". */
const ANSWERED = new RegExp(`^\\s*\\(?\\s*\\?+\\s*\\)?\\s*[:\\-–—]?\\s*(?:${alt(QUERY_ANSWERS)})(?![\\p{L}\\p{N}])`, 'iu');
/** A doubt just before the completion, a word or two of auxiliaries between: "believed to be complete", "apparently now done". */
const QUERY = new RegExp(`(?:^|[^\\p{L}])(?:${alt(QUERY_BEFORE)})\\s+(?:(?:now|all|fully|been|be|being)\\s+){0,2}$`, 'iu');
const REPORTED = new RegExp(`(?:^|[^\\p{L}])(?:${alt(REPORTED_BEFORE)})\\s+(?:(?:now|all|fully|been|being)\\s+){0,2}$`, 'iu');
const UNCONFIRMED = wholeWordPattern(UNCONFIRMED_AFTER);
const LOOKBACK = 40;

/**
 * True when the completion phrase from `start` to `end` in `text` is in doubt: a question mark after
 * it (not a label's answered one), a doubt right before it, or a second-hand report the entry goes on
 * to say is not confirmed. `toCome` says the words before read as a completion to come ("to be complete"),
 * which only a doubt or a report before them makes a completion in doubt ("Believed to be complete").
 * @example questioned('Complete? Awaiting confirmation from lead', 0, 8) // true
 * @example questioned('Complete? Yes', 0, 8) // false
 * @example questioned('Believed to be complete', 15, 23) // true
 * @example questioned('Reported as complete but evidence not yet received', 12, 20) // true
 * @example questioned('Reported as complete at October QSC', 12, 20) // false
 */
export function questioned(text: string, start: number, end: number, toCome = false): boolean {
  const after = text.slice(end, end + 24);
  if (!toCome && QUESTION.test(after)) return !ANSWERED.test(after);
  const before = text.slice(Math.max(0, start - LOOKBACK), start);
  if (QUERY.test(before)) return true;
  if (!REPORTED.test(before)) return false;
  UNCONFIRMED.lastIndex = 0;
  return UNCONFIRMED.test(text.slice(end)) || text.indexOf('?', end) >= 0;
}
