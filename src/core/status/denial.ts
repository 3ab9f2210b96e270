import { DENIAL_PHRASES } from '../vocabulary/statusPlain';
import { CLOSING_WORDS } from '../vocabulary/statusWords';
import { phraseAlternation } from './alternation';

/*
 * A doubt denied (SPEC 4): "No reason to think this won't be delivered", "Nothing to suggest it will slip".
 * The phrase after the denial is what the lead says will not happen, so it reads negated, and the denial
 * itself is a word that nothing is wrong (REASSURANCE_PHRASES).
 */

const alt = phraseAlternation(DENIAL_PHRASES);
/** A denial earlier in the phrase's sentence. */
const DENIED = new RegExp(`(?:^|[^\\p{L}])(?:${alt})(?![\\p{L}])[^.;!?\\n\\r\\u2028•]*$`, 'iu');
const LOOKBACK = 80;
/** What every denial holds, tested first with a pattern the regex engine scans for quickly: most entries hold none. */
const CUE = /no(?:thing)?\s+(?:reason|to\s)/i;

/**
 * True when a denial of doubt governs the phrase at `start` in `text`.
 * @example denied("No reason to think this won't be delivered", 34) // true
 * @example denied('No reason given; delayed', 17) // false
 */
export function denied(text: string, start: number): boolean {
  if (start === 0) return false;
  const before = text.slice(Math.max(0, start - LOOKBACK), start);
  return CUE.test(before) && DENIED.test(before);
}

const FORMALITY = new RegExp(`^\\s+(?:(?:the|formal|final)\\s+)?(?:${CLOSING_WORDS.join('|')})(?![\\p{L}])`, 'iu');

/**
 * True when a wait ending at `end` is for the paperwork of closing ("awaiting sign off"), which a lead's
 * word that nothing is wrong outranks: "Not delayed, just awaiting sign off" is on track, where "Awaiting
 * funding; no delay yet" is still held up.
 * @example waitsOnFormality('Not delayed, just awaiting sign off', 26) // true
 * @example waitsOnFormality('Awaiting funding; no delay yet', 8) // false
 */
export function waitsOnFormality(text: string, end: number): boolean {
  return FORMALITY.test(text.slice(end, end + 24));
}
