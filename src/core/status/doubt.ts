import { DOUBT_PHRASES } from '../vocabulary/statusGrammar';
import { wholeWordPattern } from './trie';
import { CLAUSE_END } from './clauses';

/*
 * A negator reaches a few words only ("no significant delays"), but a doubt about the evidence
 * governs the whole clause it opens: "There is no evidence that the training has been
 * delivered", "Unable to confirm that all wards have implemented the checklist". A comma, a
 * sentence mark or a word of contrast ends its reach.
 */

const DOUBT = wholeWordPattern(DOUBT_PHRASES);
const LOOKBACK = 120;
/** What ends a doubt's reach: a mark (a hyphen only when spaced) or a word that turns the sentence. */
const REACH_END = new RegExp(`${CLAUSE_END.source}|(?:^|\\s)(?:but|however|although|though|whereas|whilst|while|except)\\s`, 'i');

/**
 * True when a doubt about the evidence comes before `start` in the same clause, or begins before
 * it and runs into the phrase ending at `end` ("Insufficient evidence provided").
 * @example doubted('There is no evidence that the training has been delivered', 48) // true
 * @example doubted('No evidence of harm; audit completed', 27) // false
 * @example doubted('Insufficient evidence provided', 13, 30) // true
 */
export function doubted(text: string, start: number, end = start): boolean {
  let from = Math.max(0, start - LOOKBACK);
  // A cut inside a word could leave "not" of "knot": start after the first space instead.
  if (from > 0) from = text.indexOf(' ', from) + 1 || start;
  const window = text.slice(from, end);
  let last = -1;
  DOUBT.lastIndex = 0;
  for (let m = DOUBT.exec(window); m !== null && from + m.index < start; m = DOUBT.exec(window)) last = m.index + m[0].length;
  return last >= 0 && !REACH_END.test(window.slice(last, start - from));
}
