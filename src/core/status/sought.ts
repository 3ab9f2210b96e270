import { DECISION_LINKS, DECISION_NOUNS } from '../vocabulary/statusApproval';
import { CLAUSE_END } from './clauses';
import { clauseWords, isTime } from './clauseWords';

/*
 * A paper sent for a decision still to come (SPEC 4): "Submitted to QSC for approval in January",
 * "Paper going to ELT on 14 Jan for sign-off". The decision is the outcome, so the work is on its way,
 * not done as the event of sending it would say ("Presented to Board" alone), and not yet approved
 * ("Approved at QSC"). Read only when nothing but such an event decides the entry.
 */

const NOUNS: readonly (readonly string[])[] = DECISION_NOUNS.map((n) => n.split(' '));
const LINK: ReadonlySet<string> = new Set(DECISION_LINKS);
/** How many words may stand between "for" and the decision: "for QSC approval", "for a funding decision". */
const REACH = 2;
const NEGATORS: ReadonlySet<string> = new Set(['not', 'no']);
/** Words of closing an action: a decision on closing it is no decision on the work. */
const CLOSING: ReadonlySet<string> = new Set(['close', 'closure', 'closing', 'closed']);

/** The number of words of a decision noun at `at` in `words`, or 0. */
function nounLength(words: readonly string[], at: number): number {
  const found = NOUNS.find((noun) => noun.every((w, k) => words[at + k] === w));
  return found?.length ?? 0;
}

/**
 * True when the words after a decision noun end it: the clause's end, a linking word or a time ("for
 * sign-off 14 Jan"); but not when the rest of the clause asks to close ("for approval to close"),
 * which is the paperwork of closing after the work, as "Submitted for closure" is.
 */
function ends(words: readonly string[], at: number): boolean {
  const next = words[at];
  if (words.slice(at).some((w) => CLOSING.has(w))) return false;
  return next === undefined || LINK.has(next) || isTime(next);
}

/**
 * True when a clause of `text` sends something "for" a decision still to come: "for approval", "for
 * QSC sign-off in January", "for a funding decision"; not "not for decision", nor "for noting".
 * @example decisionSought('Submitted to QSC for approval in January') // true
 * @example decisionSought('Paper going to ELT on 14 Jan for sign-off') // true
 * @example decisionSought('Presented to Board for information') // false
 * @example decisionSought('Training for budget holders delivered') // false
 */
export function decisionSought(text: string): boolean {
  for (const clause of text.split(CLAUSE_END)) {
    if (!/\bfor\b/i.test(clause)) continue;
    const words = clauseWords(clause);
    for (let i = 0; i < words.length; i += 1) {
      if (words[i] !== 'for' || NEGATORS.has(words[i - 1] ?? '')) continue;
      for (let k = i + 1; k <= i + 1 + REACH && k < words.length; k += 1) {
        const length = nounLength(words, k);
        if (length > 0 && ends(words, k + length)) return true;
      }
    }
  }
  return false;
}
