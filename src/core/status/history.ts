import { HISTORY_FILLERS, RISK_HOMES, RISK_REGISTER_KEY, SLIP_HISTORY_PHRASES } from '../vocabulary/statusHistory';
import { FILLER_WORDS } from '../vocabulary/statusGrammar';
import { clauseStart } from './clauses';
import { clauseWords } from './clauseWords';
import { closes } from './partDone';
import { PHRASE_MEANINGS, phraseKey } from './phrases';

/*
 * A completion keeps its class through a history note or caveat after it (SPEC 4, 5.1 rule 2): "Completed
 * (slipped from Oct)" was late and is done; "Closed with caveats - residual risk held on risk register" is closed.
 */

const SLIP: ReadonlySet<string> = new Set(SLIP_HISTORY_PHRASES.map(phraseKey));
const EMPTY: ReadonlySet<string> = new Set([...HISTORY_FILLERS, ...FILLER_WORDS]);
/** A risk's home later in the phrase's clause: "risk remains on risk register". */
const HELD_IN = new RegExp(`^[^.;!?()\\n]{0,40}?\\b(?:${RISK_HOMES.map((h) => h.replace(/ /g, '\\s+')).join('|')})\\b`, 'i');

/** What may stand between a step and a slippage in its own words: "Approved late", "Signed off (slipped from Oct)". */
const OWN_WORDS = /^[\s(]*$/;

/**
 * True when the negative phrase `key` from `start`, after the completion ending at `doneEnd`, only notes how the
 * work went or where a residual risk is held: a slippage with no subject of its own, or the risk register. After a
 * `step` done (an approval, a plan in place) only a slippage in its own words is its history ("Signed off (slipped
 * from Oct)"): a slippage word in a clause of its own is the work's ("Capital bid approved; behind programme", round 21).
 * @example historyNote('slipped', 'Completed (slipped from Oct)', 9, 11, false) // true
 * @example historyNote('delayed', 'Training complete; roll-out delayed', 17, 28, false) // false
 * @example historyNote('riskremains', 'Complete; risk remains on risk register', 8, 10, false) // true
 */
export function historyNote(key: string, text: string, doneEnd: number, start: number, redated: boolean, step = false): boolean {
  if (doneEnd < 0 || doneEnd > start) return false;
  if (key.includes(RISK_REGISTER_KEY) || (key.includes('risk') && HELD_IN.test(text.slice(start, start + 80)))) return true;
  if (!SLIP.has(key) && !redated) return false;
  const from = Math.max(doneEnd, clauseStart(text, doneEnd, start));
  if (step && SLIP.has(key) && !OWN_WORDS.test(text.slice(doneEnd, from))) return false;
  const words = clauseWords(text.slice(from, start));
  return words.every((w) => EMPTY.has(w));
}

/**
 * True when the off-track phrase `key` after a closure (its words `doneText`) says the work was never done, as the
 * vocabulary's "closed not achieved" does (complete: closed without delivery, no longer open work), however the
 * two are joined: "Closed (not achieved)", "Closed, not met".
 * @example neverDone('notachieved', 'Closed') // true
 * @example neverDone('notachieved', 'Delivered') // false
 */
export function neverDone(key: string, doneText: string): boolean {
  const closure = PHRASE_MEANINGS.get(`closed${key}`);
  return closure?.kind === 'signal' && closure.status === 'complete' && closes(doneText);
}
