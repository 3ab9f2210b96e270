import { FALLING_MEASURES } from '../vocabulary/statusShare';
import { clauseWords } from './clauseWords';

/*
 * "Above trajectory" and "above plan" are read in the sense trackers write them, an activity or recovery plan to
 * climb (vocabulary/statusAssurance.ts). For a measure better the lower it is ("Waiting list above trajectory",
 * "DNA rate above plan") above is bad news, so with one named in the clause the direction is left unread.
 */

const ABOVE_END = /(?:^|[^\p{L}])above\s+(?:the\s+)?(?:trajectory|plan)\s*$/iu;
const FALLING: ReadonlySet<string> = new Set(FALLING_MEASURES);

/**
 * True when the phrase ending at `end` in `text` is "above trajectory" or "above plan" said of a falling measure.
 * @example aboveForFalling('Waiting list above trajectory', 29) // true
 * @example aboveForFalling('Above trajectory', 16) // false
 */
export function aboveForFalling(text: string, end: number): boolean {
  const before = text.slice(0, Math.max(0, end));
  if (!ABOVE_END.test(before)) return false;
  const clause = before.split(/[.;:\n–—]/).pop() ?? '';
  return clauseWords(clause).some((w) => FALLING.has(w));
}
