import { ASSESSMENT_WORDS, MEASURE_WORDS } from '../vocabulary/statusShare';
import { FINDING_VERBS } from '../vocabulary/statusFindings';
import { CLAUSE_END, CLAUSE_MARK } from './clauses';
import { clauseWords } from './clauseWords';

/*
 * A percentage or count beside a completed check is the check's result when it names what it measures or
 * what it found of the items looked at (SPEC 4): "Audit complete - 98% compliance", "Survey completed, 64%
 * response rate", "Audit complete – 3 of 4 trusts compliant", "– 9 of 11 had external opinion" are the audit
 * and survey done, where "Training 98% complete" is a share of the training. Read only when a check heads the completion.
 */

const ASSESSMENT: ReadonlySet<string> = new Set(ASSESSMENT_WORDS);
const MEASURE: ReadonlySet<string> = new Set([...MEASURE_WORDS, ...FINDING_VERBS].map((w) => w.replace(/ /g, '')));
/** A figure right after the completion: a percentage, or a count of the items looked at ("3 of 4 trusts"). */
const PERCENT = /^\s*[:(\-–—]?\s*(?:(?:\d{1,3})(?:\.\d+)?\s*(?:%|per\s?cent)|\d{1,5}\s+(?:of|out\s+of)\s+\d{1,5}(?!\d))/i;
/** How many words after the figure may name its measure: "98% of wards compliant". */
const MEASURE_REACH = 4;

/** The words of the clause of `text` that ends at `start`. */
function clauseBefore(text: string, start: number): string[] {
  const before = text.slice(Math.max(0, start - 60), start);
  return clauseWords(before.split(CLAUSE_END).pop() ?? '');
}

/**
 * True when the completion word from `start` to `end` closes a check ("audit", "survey") and the
 * percentage right after it names what it measures: the result, so the check is done.
 * @example checkResult('Audit complete - 98% compliance', 6, 14) // true
 * @example checkResult('Training complete - 98% compliance', 9, 17) // false
 * @example checkResult('Audit complete (60%)', 6, 14) // false
 * @example checkResult('Audit complete – 3 of 4 trusts compliant', 6, 14) // true
 * @example checkResult('Audit complete – 3 of 4 wards audited', 6, 14) // false
 */
export function checkResult(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 60);
  const figure = PERCENT.exec(after);
  if (figure === null || !clauseBefore(text, start).some((w) => ASSESSMENT.has(w))) return false;
  const words = clauseWords(after.slice(figure[0].length).split(CLAUSE_MARK)[0] ?? '').slice(0, MEASURE_REACH);
  return words.some((w, i) => MEASURE.has(w) || MEASURE.has(w + (words[i + 1] ?? '')));
}
