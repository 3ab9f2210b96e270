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
 * True when a doubt about the evidence comes before `start` in the same clause.
 * @example doubted('There is no evidence that the training has been delivered', 48) // true
 * @example doubted('No evidence of harm; audit completed', 27) // false
 */
export function doubted(text: string, start: number): boolean {
  let from = Math.max(0, start - LOOKBACK);
  // A cut inside a word could leave "not" of "knot": start after the first space instead.
  if (from > 0) from = text.indexOf(' ', from) + 1 || start;
  const before = text.slice(from, start);
  let last = -1;
  DOUBT.lastIndex = 0;
  for (let m = DOUBT.exec(before); m !== null; m = DOUBT.exec(before)) last = m.index + m[0].length;
  return last >= 0 && !REACH_END.test(before.slice(last));
}
