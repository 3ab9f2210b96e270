import { NOT_YET_DUE_PHRASES } from '../vocabulary/statusEvents';
import { WORK_PLAN_PHRASES } from '../vocabulary/statusPlans';
import { LED_RESPONSE_WORDS, RESPONSE_PHRASES } from '../vocabulary/statusRaid';
import { FILLER_WORDS } from '../vocabulary/statusGrammar';
import { CLOSURE_WORDS } from '../vocabulary/statusWords';
import { WINDOW_SUBJECTS } from '../vocabulary/statusSubSteps';
import { clauseStart } from './clauses';
// A part not begun beside work under way is read with the other parts done (status/partOnly.ts).
export { countedPart } from './partOnly';
import { clauseWords } from './clauseWords';
import { phraseKey } from './phrases';
import { leavesWork } from './remaining';
import { wordsBefore } from './wordsBefore';

/*
 * A completion that is only part of the work (SPEC 4): a plan for the work in place is a step towards
 * it, not the work done ("Agreed at ELT; implementation plan in place"), and a completion denied later
 * in the entry leaves the rest to do ("Action plan in place but not yet delivered"). Neither applies
 * to a closure, which ends the action whether or not its work was done ("Closed - not implemented").
 */

const CLOSURE: ReadonlySet<string> = new Set(CLOSURE_WORDS);
const WINDOW: ReadonlySet<string> = new Set(WINDOW_SUBJECTS);
const NOT_YET_DUE: ReadonlySet<string> = new Set(NOT_YET_DUE_PHRASES.map(phraseKey));
const PLANS: readonly string[] = WORK_PLAN_PHRASES.map((p) => ` ${p} `);
const RESPONSES: readonly string[] = RESPONSE_PHRASES.map((p) => ` ${p}`);
const LED: readonly string[] = [...LED_RESPONSE_WORDS, ...WORK_PLAN_PHRASES].map((p) => ` ${p}`);
const FILLER: ReadonlySet<string> = new Set(FILLER_WORDS);
const LOOKBACK = 80;

/**
 * True when the completion `phrase` (its words as written) closes the action rather than says its work was done.
 * @example closes('Closed') // true
 * @example closes('Risk accepted') // true
 * @example closes('implemented') // false
 * @example closes('Consultation closed') // false
 */
export function closes(phrase: string): boolean {
  // "Consultation closed" closes a window of the work, not the action.
  return clauseWords(phrase).some((w, i, words) => CLOSURE.has(w) && !WINDOW.has(words[i - 1] ?? ''));
}

/**
 * True when the completion `key` at `start` closes a window of the work ("Consultation closed"): a step of it,
 * after which a report to a meeting still to come is more of the work ("final version to Feb Board").
 * @example windowClosed('closed', 'Consultation closed', 13) // true
 * @example windowClosed('closed', 'Action closed', 7) // false
 */
export function windowClosed(key: string, text: string, start: number): boolean {
  return key === 'closed' && start > 0 && WINDOW.has(wordsBefore(text, start, 1)[0] ?? '');
}

/**
 * True when the completion ending at `end` closes a window of the work: "Consultation closed; awaiting analysis".
 * @example windowClosedAt('Consultation closed; awaiting analysis', 19) // true
 */
export function windowClosedAt(text: string, end: number): boolean {
  return end >= 6 && text.slice(end - 6, end).toLowerCase() === 'closed' && windowClosed('closed', text, end - 6);
}

/**
 * True when the completion "in place" starting at `start` is of a plan for doing the work, named
 * earlier in its clause: "implementation plan in place", "Timeline in place", not "Policy in place".
 * @example plansWork('Agreed at ELT; implementation plan in place', 35) // true
 * @example plansWork('Action plan in place', 12) // false
 */
export function plansWork(text: string, start: number): boolean {
  const words = ` ${clauseWords(text.slice(clauseStart(text, Math.max(0, start - LOOKBACK), start), start)).join(' ')} `;
  return PLANS.some((plan) => words.includes(plan));
}

/**
 * True when the completion starting at `start` is of a response to a problem, the head of the words
 * before it in its clause ("Mitigation now in place", "Recovery plan agreed"): the problem handled,
 * not the work done. Under a rating heading the entry (`led`), a plan for the work is one too
 * ("At risk – action plan agreed"). Not "Escalation policy in place", whose head is the policy.
 * @example responds('Controls in place', 9, false) // true
 * @example responds('Slipped – plan in place', 15, true) // true
 * @example responds('Plan in place', 5, false) // false
 */
export function responds(text: string, start: number, led: boolean): boolean {
  const words = clauseWords(text.slice(clauseStart(text, Math.max(0, start - LOOKBACK), start), start));
  while (words.length > 0 && FILLER.has(words[words.length - 1] ?? '')) words.pop();
  const head = ` ${words.join(' ')}`;
  return (led ? [...RESPONSES, ...LED] : RESPONSES).some((r) => head.endsWith(r));
}

/**
 * True when a completion denied from `start` to `end` ("not yet delivered", "not complete"; `key` its
 * phrase key), after a part done ending at `done` that is no closure (`doneText`), names work still to
 * do: not closing paperwork ("Complete but not yet signed off"), nor a deadline not yet come.
 * @example leftUndone('Action plan in place but not yet delivered', 20, 'Action plan in place', 33, 42, 'delivered') // true
 * @example leftUndone('Complete but not yet signed off', 8, 'Complete', 21, 31, 'signedoff') // false
 * @example leftUndone('Closed - not complete', 6, 'Closed', 9, 21, 'notcomplete') // false
 */
export function leftUndone(text: string, done: number, doneText: string, start: number, end: number, key: string): boolean {
  return done >= 0 && !NOT_YET_DUE.has(key) && !closes(doneText) && leavesWork(text, done, start, end);
}
