import {
  ACCEPTANCE_WAIT_WORDS,
  ACCEPTANCE_WORDS,
  BUILT_WORKS_WORDS,
  WORKS_SIGN_OFF_WORDS,
} from '../vocabulary/statusAftermath';
import { clauseWords } from './clauseWords';
import { hasPhrase, wholeWordPattern } from './trie';

/*
 * A completion whose work still waits to be accepted into use (see vocabulary/statusAftermath.ts, round 26): the
 * acceptance may fail and send the work back, so unlike closing paperwork it leaves the action under way.
 */

const WAIT = wholeWordPattern(ACCEPTANCE_WAIT_WORDS);
const ACCEPT = wholeWordPattern(ACCEPTANCE_WORDS);
const SIGN_OFF = wholeWordPattern(WORKS_SIGN_OFF_WORDS);
const WORKS: ReadonlySet<string> = new Set(BUILT_WORKS_WORDS);
/** The sentence after the completion: a later sentence ("Complete.\nHandover to BAU team from April.") is the next stage. */
const SENTENCE_END = /[.\n]\s|[.\n]$|\n/;

/**
 * True when, in the sentence after a completion ending at `end` in `text`, the work's acceptance is still awaited: a
 * validation, handover or commissioning, or for built works their sign-off.
 * @example awaitsAcceptance('Complete – AP(MGPS) validation awaited', 8) // true
 * @example awaitsAcceptance('Works complete – awaiting AP sign-off', 14) // true
 * @example awaitsAcceptance('Complete, awaiting sign-off', 8) // false
 */
export function awaitsAcceptance(text: string, end: number): boolean {
  const rest = text.slice(end);
  const cut = rest.search(SENTENCE_END);
  const sentence = cut < 0 ? rest : rest.slice(0, cut);
  if (!hasPhrase(WAIT, sentence)) return false;
  if (hasPhrase(ACCEPT, sentence)) return true;
  const before = text.slice(Math.max(0, end - 40), end).split(/[.;\n]/).pop() ?? '';
  return hasPhrase(SIGN_OFF, sentence) && clauseWords(before).some((w) => WORKS.has(w));
}
