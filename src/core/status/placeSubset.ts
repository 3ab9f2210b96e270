import { COUNT_WORDS, PLACE_NOUNS, WHOLE_WORDS } from '../vocabulary/statusPlaces';
import { CLOSURE_WORDS } from '../vocabulary/statusWords';
import { clauseWords } from './clauseWords';
import { looseAlternation } from './alternation';

/*
 * A completion named for some of the places the change goes to (SPEC 4, round 24): "Live on Wards 7 and 8",
 * "live on 2 wards", "Implemented at sites A and B". A programme manager reads it as the change on its way across
 * them, not done: a subset is named and the whole is not. One place named in the singular ("Installed on Ward 12")
 * may be the action's whole scope, so it is left done, as is any count or list with the whole named in its clause
 * ("on all 8 wards", "both sites", "the remaining wards", "4 wards in scope"). "3 of 8 sites" is a share (share.ts).
 */

const alt = looseAlternation;
const PLACE = `(?:${alt(PLACE_NOUNS)})`;
/** A ward, bay or site label: "7", "4-6", "A", "3b". */
const LABEL = String.raw`(?:\d{1,3}[a-z]?(?:\s*[-–]\s*\d{1,3})?|[A-Z]\d{0,2})`;
/** A run of labels, itself a subset: "theatres 1-3". */
const RANGE = String.raw`\d{1,3}\s*[-–]\s*\d{1,3}`;
const COUNT = `(?:\\d{1,3}|${alt(COUNT_WORDS)})`;
/** Right after the completion: a place word ("on", "in", "at", "across", "to"), then a count of places or places with labels. */
const SUBSET = new RegExp(
  String.raw`^\s+(?:on|in|at|across|to|within|for)\s+(?:the\s+)?(?:${COUNT}\s+(?:[a-z]+\s+)?${PLACE}\b|${PLACE}\s+(?:${RANGE}|${LABEL}(?:\s*(?:,|&|and)\s*${LABEL})+)\b)`,
  'iu',
);
/** The whole named in the clause: "on all 8 wards", "both sites", "trust-wide". */
const WHOLE = new RegExp(String.raw`(?<![\p{L}])(?:${alt(WHOLE_WORDS)})(?![\p{L}])`, 'iu');
const CLOSURE: ReadonlySet<string> = new Set(CLOSURE_WORDS);
/** A place word ending the completion phrase itself: "live on". */
const PLACE_WORD_BEFORE = /\s(?:on|in|at|across)$/i;
/** The rest of the completion's clause. */
const CLAUSE = /^[^.;\n!?]*/;

/**
 * True when the completion ending at `end` in `text` names some of the places it goes to, and not all of them.
 * @example placeSubset('Live on Wards 7 and 8', 0, 7) // true
 * @example placeSubset('Live on 2 wards', 0, 7) // true
 * @example placeSubset('Installed in theatres 1-3', 0, 9) // true
 * @example placeSubset('Implemented on all 8 sites', 0, 11) // false
 * @example placeSubset('Installed on Ward 12', 0, 9) // false
 */
export function placeSubset(text: string, start: number, end: number): boolean {
  // A closure ("Closed on 2 wards") closes the action, wherever it names.
  if (clauseWords(text.slice(start, end)).some((w) => CLOSURE.has(w))) return false;
  // "Live on" is matched as one phrase: its place word is read again here.
  const own = PLACE_WORD_BEFORE.exec(text.slice(Math.max(0, end - 8), end));
  const after = text.slice(end - (own?.[0].length ?? 0), end + 120);
  if (!SUBSET.test(after)) return false;
  const clause = CLAUSE.exec(after)?.[0] ?? '';
  // Whole words before the completion count too: "All 8 wards now live on 2 systems" is not read, nor "Both sites live".
  return !WHOLE.test(clause) && !WHOLE.test(text.slice(Math.max(0, end - 40), end));
}
