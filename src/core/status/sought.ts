import { DECISION_LINKS, DECISION_NOUNS } from '../vocabulary/statusApproval';
import { CLOSURE_SENDING_WORDS, INFINITIVE_HEADS, SENT_WORDS } from '../vocabulary/statusToCome';
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
const SENDING: ReadonlySet<string> = new Set(CLOSURE_SENDING_WORDS);
const SENT: ReadonlySet<string> = new Set(SENT_WORDS);
const INFINITIVE: ReadonlySet<string> = new Set(INFINITIVE_HEADS);

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

/** True when the words before `at` send a paper on to a body and none says it went ("be" excepted). */
function sends(words: readonly string[], at: number): boolean {
  const before = words.slice(0, at);
  return before.some((w, k) => SENDING.has(w) && !INFINITIVE.has(before[k - 1] ?? '')) && !before.some((w, k) => SENT.has(w) && before[k - 1] !== 'be');
}

/**
 * True when a clause of `text` sends a paper to the body that will close the action, a decision still
 * to come: "Paper to ARC for closure in March", "Going to Audit Committee to close". A paper that went
 * ("Submitted to ARC for closure") proposes closure, which SPEC 4 reads as complete.
 * @example closureSought('Paper to ARC for closure in March') // true
 * @example closureSought('Submitted to ARC for closure') // false
 */
export function closureSought(text: string): boolean {
  return text.split(CLAUSE_END).some((clause) => {
    const words = clauseWords(clause);
    return words.some((w, k) => CLOSING.has(w) && (words[k - 1] === 'for' || words[k - 1] === 'to') && sends(words, k - 1));
  });
}
