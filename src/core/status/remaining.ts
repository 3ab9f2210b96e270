import { CLOSING_WORDS } from '../vocabulary/statusWords';
import { FREQUENCY_WORDS } from '../vocabulary/statusGrammar';
import { HANDED_OVER_WORDS } from '../vocabulary/statusFollowUp';
import { CLAUSE_END, clauseStart } from './clauses';
import { phraseAlternation } from './alternation';

/*
 * Work left after a completion: "Complete for adults; children's outstanding" and "Pilot
 * completed - roll out to follow" say part of the action is done and part is not, so the action
 * is under way. Only the paperwork of closing does not count as work left ("Complete - evidence
 * to follow"), as "Complete, awaiting sign-off" is complete, nor does the rest handed to BAU.
 */

const CLOSING: ReadonlySet<string> = new Set(CLOSING_WORDS);
const FREQUENCY: ReadonlySet<string> = new Set(FREQUENCY_WORDS);
const WORDS = /[a-z]+/g;
const NEXT_WORD = /^\s+([a-z]+)/i;
const HANDED_OVER = new RegExp(`\\b(?:${phraseAlternation(HANDED_OVER_WORDS)})\\b`, 'i');

/**
 * True when the marker ("outstanding", "to follow") from `start` to `end` names work still to
 * do, reading its clause after `done` (where the completion it follows ends): false when what
 * remains is only closing paperwork.
 * @example leavesWork("Complete for adults; children's outstanding", 8, 32, 43) // true
 * @example leavesWork('Complete - evidence to follow', 8, 20, 29) // false
 * @example leavesWork('Closed - remaining staff to be trained via BAU', 6, 9, 18) // false
 */
export function leavesWork(text: string, done: number, start: number, end: number): boolean {
  const rest = text.slice(end);
  const cut = rest.search(CLAUSE_END);
  const clause = text.slice(clauseStart(text, Math.max(0, done), start), cut < 0 ? text.length : end + cut).toLowerCase();
  // "remaining staff to be picked up via BAU": the rest handed to routine, so nothing left to this action.
  return !(clause.match(WORDS) ?? []).some((w) => CLOSING.has(w)) && !HANDED_OVER.test(clause);
}

/**
 * True when a frequency word follows the event ending at `end`: "Meetings held monthly" is a
 * routine going on, not a step done.
 * @example recurs('Meetings held monthly with partners', 13) // true
 * @example recurs('Meeting held 12 Oct', 12) // false
 */
export function recurs(text: string, end: number): boolean {
  const next = NEXT_WORD.exec(text.slice(end, end + 16));
  return next !== null && FREQUENCY.has((next[1] ?? '').toLowerCase());
}
