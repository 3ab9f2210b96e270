import {
  DECISION_DOCUMENTS,
  DECISION_HEADS,
  DECISION_LINKS,
  DECISION_NOUNS,
  DECISION_PARTICIPLES,
  DECISION_VERBS,
  SEEKING_VERBS,
} from '../vocabulary/statusApproval';

/*
 * A status records a go-ahead without seeing the step it is for: "Pilot agreed at Maternity
 * Board" is the pilot under way. Whether the step was that decision is read from the step's own
 * words (see vocabulary/statusApproval.ts), which are tokenised so phrases match as whole words
 * and a clause's end stays visible ("Go-live approval; training to follow").
 */

/** The words of a step's opening sentences are enough: a purpose ("for approval") sits there. */
const MAX_CHARS = 400;
const TOKEN = /[a-z0-9]+|[.,;:!?()]/g;
const alt = (words: readonly string[]): string => words.join('|');
/** After a decision that names the step: a linking word, a clause's end, or the text's end. */
const LINKED = `(?:(?:${alt(DECISION_LINKS)}|[.,;:!?()]) |$)`;
const WORD = '[a-z0-9]+ ';

const ASKS: readonly RegExp[] = [
  // "Agree the pilot at Maternity Board", "Sign off the roll-out".
  new RegExp(`^ (?:${alt(DECISION_VERBS)}) `),
  // "Secure funding for the pilot", "Seek Maternity Board approval", "Apply for funding".
  new RegExp(`^ (?:${alt(SEEKING_VERBS)}) (?:${WORD}){0,3}(?:${alt(DECISION_NOUNS)}) `),
  // "Approval of the pilot", "Go-live approval", "ELG sign-off of the roll-out".
  new RegExp(`^ (?:${WORD}){0,2}(?:${alt(DECISION_HEADS)}) ${LINKED}`),
  // "Present the proposal to Maternity Board for approval", "Take to Board for a decision".
  new RegExp(` for (?:${WORD}){0,2}(?:${alt(DECISION_NOUNS)}) ${LINKED}`),
  // "Pilot to be agreed at Maternity Board".
  new RegExp(` to be (?:${WORD})?(?:${alt(DECISION_PARTICIPLES)}) `),
  // "Develop business case for 3 WTE midwives", "Write the full business case", "Business case approved" (a milestone).
  new RegExp(`^ (?:${WORD}){0,3}(?:${alt(DECISION_DOCUMENTS)}) `),
];

/**
 * True when a step's text asks for a decision (an approval, an agreement, a sign-off, funding),
 * so a go-ahead its status records is the step done rather than work begun. Leading numbering
 * and bullets are passed over.
 * @example asksForDecision('Agree the pilot at Maternity Board') // true
 * @example asksForDecision('Secure funding for the pilot') // true
 * @example asksForDecision('Present the business case to ELG for approval') // true
 * @example asksForDecision('Develop business case for 3 WTE midwives') // true
 * @example asksForDecision('Run the pilot on two wards') // false
 * @example asksForDecision('Go-live') // false
 */
export function asksForDecision(text: string): boolean {
  const lower = text.slice(0, MAX_CHARS).toLowerCase().replace(/^[^a-z]+/, '');
  const tokens = lower.match(TOKEN);
  if (tokens === null) return false;
  const words = ` ${tokens.join(' ')} `;
  return ASKS.some((ask) => ask.test(words));
}
