import { CLOSING_WORDS, CLOSURE_WORDS } from '../vocabulary/statusWords';
import { clauseWords } from './clauseWords';

/*
 * A completion for one part named after it, with another part still to come in the next clause (SPEC 4, round 22):
 * "In place at RLH, not yet at Whipps", "Complete for adults; CYP pending", "Achieved for Nov; Dec data awaited".
 * The part done is not the action done. A scope of the whole ("for all wards", "at both sites"), closing paperwork
 * still to come ("Complete for adults; sign-off awaited") or a closure ("Closed at QSC; …") leaves it done.
 */

const CLOSING: ReadonlySet<string> = new Set(CLOSING_WORDS);
const CLOSURE: ReadonlySet<string> = new Set(CLOSURE_WORDS);
/** A scope right after the completion, up to the clause's end, then the next clause. */
const SCOPED = /^\s+(?:for|at|in|across|within)\s+(?!(?:all|both|every|each|the\s+whole)\b)([^.;,:!?()\n–—]{1,30}?)\s*[;,:–—-]\s*([^.;\n]{1,60})/iu;
/** A date or year after "in", which says when, not where: "Completed in March; audit pending". */
const WHEN = /^(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|q[1-4]\b|time\b|full\b)/i;
/** What says the other part is still to come. */
const PENDING = /\b(?:pending|awaited|awaiting|not\s+yet|outstanding|to\s+follow|to\s+come|still\s+to|yet\s+to)\b/i;

/**
 * True when the completion from `start` to `end` is scoped to one part and the next clause leaves another to come.
 * @example scopedPart('In place at RLH, not yet at Whipps', 0, 8) // true
 * @example scopedPart('Complete for adults; CYP pending', 0, 8) // true
 * @example scopedPart('Complete for adults and CYP', 0, 8) // false
 * @example scopedPart('Complete for adults; sign-off awaited', 0, 8) // false
 */
export function scopedPart(text: string, start: number, end: number): boolean {
  const m = SCOPED.exec(text.slice(end, end + 120));
  if (m === null || !PENDING.test(m[2] ?? '')) return false;
  if (/^\s+(?:in|within)\s/i.test(text.slice(end, end + 10)) && WHEN.test(m[1] ?? '')) return false;
  return !clauseWords(text.slice(start, end)).some((w) => CLOSURE.has(w)) && !clauseWords(m[2] ?? '').some((w) => CLOSING.has(w));
}
