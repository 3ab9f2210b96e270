import { APPOINTED_WORDS, FUTURE_START_LEADS, POST_FILLED_PHRASES } from '../vocabulary/statusAftermath';
import { clauseWords, isTime } from './clauseWords';
import { hasPhrase, wholeWordPattern } from './trie';

/*
 * A recruitment action (SPEC 4, round 25): someone in post, or started in it, is the action done ("Staff now in
 * post", "Post holder commenced in role Jan 27"), while an appointment with the start still to come is under way
 * ("New starter appointed; starts in May", "In post from 01/04/27"). The reader has no as-of date, so a start named
 * with "from", "starting" or "starts" is read as to come, where past-tense "started" and "commenced" are done.
 */

const FUTURE = wholeWordPattern(FUTURE_START_LEADS);
const APPOINTED = wholeWordPattern(APPOINTED_WORDS);
const FILLED = wholeWordPattern(POST_FILLED_PHRASES);
/** Words that may stand between a start word and its time: "starts in May", "starting on 01/03", "from w/c 4 Nov". */
const TIME_LEADS: ReadonlySet<string> = new Set(['in', 'on', 'from', 'at', 'the', 'of', 'wc', 'w', 'c', 'early', 'mid', 'end', 'beginning', 'start', 'is', 'agreed', 'for', 'date', 'dates']);
const MONTH_DAY = /^\d{1,2}(?:st|nd|rd|th)?$/;
/** The posts said filled: a start date beside them is when they were taken up ("both posts filled and in post from 6 Sept"). */
const SAID_FILLED = /\b(?:posts?|vacanc(?:y|ies))\s+(?:now\s+|all\s+)?filled\b/i;

/** True when a time follows in the next few words of `after`: "in May", "01/03/27", "on 4th March". */
function timeFollows(after: string): boolean {
  const words = clauseWords(after.slice(0, 40)).slice(0, 4);
  for (const w of words) {
    if (isTime(w)) return true;
    if (!TIME_LEADS.has(w) && !MONTH_DAY.test(w)) return false;
  }
  return false;
}

/** Where the last start still to come ends in `text`, or -1: a start word with a time after it. */
function lastFutureStart(text: string): number {
  let found = -1;
  FUTURE.lastIndex = 0;
  for (let m = FUTURE.exec(text); m !== null; m = FUTURE.exec(text)) {
    const end = m.index + m[0].length;
    if (timeFollows(text.slice(end))) found = end;
  }
  return found;
}

/**
 * True when `text` names an appointment, or a post, with its start still to come, and nobody in post after it.
 * @example startToCome('New starter appointed; starts in May') // true
 * @example startToCome('In post from 01/04/27') // true
 * @example startToCome('Appointed to post - starting 01/03/27') // true
 * @example startToCome('Starting in May') // false
 * @example startToCome('Posts appointed to, start dates Jan and Feb. All staff now in post.') // false
 * @example startToCome('Both posts filled and in post from 6 Sept') // false
 */
export function startToCome(text: string): boolean {
  const end = lastFutureStart(text);
  if (end < 0 || SAID_FILLED.test(text)) return false;
  if (!hasPhrase(APPOINTED, text)) return false;
  // "… start dates Jan and Feb. All staff now in post.": the start has come since.
  FILLED.lastIndex = 0;
  const later = text.slice(end);
  for (let m = FILLED.exec(later); m !== null; m = FILLED.exec(later)) {
    if (!timeFollows(later.slice(m.index + m[0].length))) return false;
  }
  return true;
}
