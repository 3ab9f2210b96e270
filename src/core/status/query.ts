import { QUERY_ANSWERS, QUERY_BEFORE, REPORTED_BEFORE, UNCONFIRMED_AFTER } from '../vocabulary/statusGrammar';
import { ASKED_BEFORE, AWAITED_PROOF } from '../vocabulary/statusQuery';
import { wholeWordPattern } from './trie';
import { phraseAlternation } from './alternation';

/*
 * A completion in doubt (SPEC 4): "Complete? Awaiting confirmation from lead", "Completed? TBC",
 * "Believed to be complete", "Reported as complete but evidence not yet received". The work has got
 * as far as someone calling it done, so it is under way; but it is not complete, which is final and
 * never downgraded by dates (SPEC 5.1 rule 2), until the entry says so plainly. A form's label and its
 * answer ("Complete? Yes") is no question.
 */

/** A question mark right after the completion, or in brackets after it: "Complete?", "Done (?)". */
const QUESTION = /^\s*\(?\s*\?/u;
/** The answer after the mark: "Complete? Yes", "Closed? - Y". */
const ANSWERED = new RegExp(`^\\s*\\(?\\s*\\?+\\s*\\)?\\s*[:\\-–—]?\\s*(?:${phraseAlternation(QUERY_ANSWERS)})(?![\\p{L}\\p{N}])`, 'iu');
/** A doubt just before the completion, a word or two of auxiliaries between: "believed to be complete", "apparently now done". */
const QUERY = new RegExp(`(?:^|[^\\p{L}])(?:${phraseAlternation(QUERY_BEFORE)})\\s+(?:(?:now|all|fully|been|be|being)\\s+){0,2}$`, 'iu');
const REPORTED = new RegExp(`(?:^|[^\\p{L}])(?:${phraseAlternation(REPORTED_BEFORE)})\\s+(?:(?:now|all|fully|been|being)\\s+){0,2}$`, 'iu');
const UNCONFIRMED = wholeWordPattern(UNCONFIRMED_AFTER);
/** The subject of a completion asked about or awaiting proof, with its verb: "whether (the action is) complete". */
const SUBJECT = '(?:(?:the\\s+|this\\s+|all\\s+)?(?:action|actions|work|it|this|step|recommendation|task)\\s+)?(?:(?:is|are|was|were|has|have|had|been|be|now|fully|all)\\s+){0,3}';
/** "whether complete", "confirm whether the action has been completed". */
const ASKED = new RegExp(`(?:^|[^\\p{L}])(?:${phraseAlternation(ASKED_BEFORE)})\\s+${SUBJECT}$`, 'iu');
/** "Awaiting confirmation that action is complete", "Lead to confirm all actions completed". */
const AWAITED = new RegExp(`(?:^|[^\\p{L}])(?:${phraseAlternation(AWAITED_PROOF)})(?:\\s+(?:from|by)\\s+[\\p{L}]+)?\\s+(?:that\\s+)?${SUBJECT}$`, 'iu');
/** Nothing but the question mark and spaces to the entry's end. */
const BARE_QUESTION = /^\s*\(?\s*\?+\s*\)?\s*$/u;
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
  if (QUERY.test(before) || asked(before) || AWAITED.test(before)) return true;
  if (!REPORTED.test(before)) return false;
  UNCONFIRMED.lastIndex = 0;
  return UNCONFIRMED.test(text.slice(end)) || text.indexOf('?', end) >= 0;
}

const asked = (before: string): boolean => /whether|if/i.test(before) && ASKED.test(before);

/**
 * True when the completion from `start` to `end`, in doubt, is only asked about: "whether" or "if" before it, or
 * a question mark after it that ends the entry ("Complete?"). Nothing says the work got that far, so it says
 * nothing, where "Complete? Awaiting confirmation from lead" reports it done but unconfirmed.
 * @example askedOnly('Lead to confirm whether complete', 24, 32) // true
 * @example askedOnly('Complete?', 0, 8) // true
 * @example askedOnly('Complete? Awaiting confirmation from lead', 0, 8) // false
 */
export function askedOnly(text: string, start: number, end: number): boolean {
  return BARE_QUESTION.test(text.slice(end)) || asked(text.slice(Math.max(0, start - LOOKBACK), start));
}
