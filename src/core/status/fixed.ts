import { FILLER_WORDS } from '../vocabulary/statusGrammar';
import { FIX_FILLERS, FIX_PHRASES, PROBLEM_WORDS, RAID_ROW_WORDS } from '../vocabulary/statusFixes';
import { clauseStart } from './clauses';
import { clauseWords } from './clauseWords';
import { phraseKey } from './phrases';

/*
 * A problem put right is the work going on, not the action closed (SPEC 4): "Delays resolved", "Delayed due
 * to IT issues. Now resolved and back on track." What was fixed is the subject of the fix in its clause, or,
 * where it has none ("Now resolved"), the hold-up the entry named before it.
 */

const FIXES: ReadonlySet<string> = new Set(FIX_PHRASES.map(phraseKey));
const PROBLEM: ReadonlySet<string> = new Set(PROBLEM_WORDS);
const RAID_ROW: ReadonlySet<string> = new Set(RAID_ROW_WORDS);
const EMPTY: ReadonlySet<string> = new Set([...FILLER_WORDS, ...FIX_FILLERS]);
const LOOKBACK = 80;

/**
 * True when the fix `key` starting at `start` puts a problem right: one named before it in its clause (not a
 * RAID row's own name, "Issue resolved"), or, with no subject of its own, the hold-up the entry named earlier
 * (`heldUp`).
 * @example fixesProblem('resolved', 'Delays resolved', 7, false) // true
 * @example fixesProblem('resolved', 'Delayed. Now resolved', 13, true) // true
 * @example fixesProblem('resolved', 'Issue resolved', 6, false) // false
 * @example fixesProblem('resolved', 'Complaint resolved', 10, false) // false
 */
export function fixesProblem(key: string, text: string, start: number, heldUp: boolean): boolean {
  if (!FIXES.has(key)) return false;
  const words = clauseWords(text.slice(clauseStart(text, Math.max(0, start - LOOKBACK), start), start));
  const subject = words.filter((w) => !EMPTY.has(w));
  if (subject.length === 0) return heldUp;
  return subject.some((w) => PROBLEM.has(w)) && !RAID_ROW.has(words.join(' '));
}
