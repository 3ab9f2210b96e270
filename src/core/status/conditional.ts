import { CONDITIONAL_APPROVALS, CONDITION_FORMALITIES, CONDITION_WAITS } from '../vocabulary/statusApproval';
import { CLAUSE_BREAKS } from '../vocabulary/statusGrammar';
import { CLAUSE_END, clauseStart } from './clauses';
import { phraseKey } from './phrases';

/*
 * An approval still conditional on something outstanding (see vocabulary/statusApproval.ts):
 * "Business case approved pending funding", "Agreed subject to ICB sign-off", "Approved in
 * principle, awaiting funding confirmation" hold the work up until the condition is met, so the
 * action is at risk (SPEC 4). Read from the condition back to the approval, in the condition's
 * clause or the one before it, so a condition with no approval before it ("Pending ICB decision",
 * "Paused pending ICB review") says nothing here, and neither does a negated approval ("Business
 * case not approved; awaiting funding"). A few words at most stand between the approval and its
 * condition, and no "and" or "but": "SOP approved and in place pending staff training" is a stopgap.
 */

const APPROVAL = new RegExp(
  `(?<![a-z])(?:${CONDITIONAL_APPROVALS.map((w) => w.replace(/ /g, '[\\s-]*')).join('|')})(?![a-z])`,
  'gi',
);
/** A negator a word or two before the approval: "not approved", "not yet formally agreed", "yet to be approved". */
const NEGATED = /\b(?:not|no|never|nor|yet\s+to\s+be)\s+(?:(?:yet|been|be|being|formally|fully)\s+)*$/i;
const FORMALITY: ReadonlySet<string> = new Set(CONDITION_FORMALITIES);
/** The keys of the waits that may be a condition ("awaiting"), as {@link phraseKey} gives them. */
export const CONDITION_WAIT_KEYS: ReadonlySet<string> = new Set(CONDITION_WAITS.map(phraseKey));
const BREAK: ReadonlySet<string> = new Set(CLAUSE_BREAKS);
const LOOKBACK = 120;
/** How many words may stand between an approval and its condition: "Endorsed by the ICB Board subject to …". */
const REACH = 5;

const wordsOf = (text: string): string[] => text.toLowerCase().match(/[a-z]+/g) ?? [];

/** Where the last approval that is not negated ends in `text` between `from` and `to`, or -1. */
function approvalEnd(text: string, from: number, to: number): number {
  const span = text.slice(from, to);
  let last = -1;
  APPROVAL.lastIndex = 0;
  for (let m = APPROVAL.exec(span); m !== null; m = APPROVAL.exec(span)) {
    if (!NEGATED.test(span.slice(Math.max(0, m.index - 24), m.index))) last = from + m.index + m[0].length;
  }
  return last;
}

/**
 * What the condition ("pending", "subject to", "awaiting") from `start` to `end` makes of an
 * approval just before it, in its clause or the clause before: a 'condition' still outstanding, a
 * 'formality' after the decision (ratification, minutes, minor amendments), or null when it
 * follows no approval.
 * @example conditionOf('Business case approved pending funding', 23, 30) // 'condition'
 * @example conditionOf('Agreed subject to ICB sign-off', 7, 17) // 'condition'
 * @example conditionOf('Plan agreed; ICB sign-off awaited', 26, 33) // 'condition'
 * @example conditionOf('Policy approved pending ratification', 16, 23) // 'formality'
 * @example conditionOf('Paused pending ICB review', 7, 14) // null
 */
export function conditionOf(text: string, start: number, end: number): 'condition' | 'formality' | null {
  const own = clauseStart(text, Math.max(0, start - LOOKBACK), start);
  const previous = own > 0 ? clauseStart(text, Math.max(0, own - 1 - LOOKBACK), own - 1) : own;
  const approved = approvalEnd(text, previous, start);
  if (approved < 0) return null;
  const between = wordsOf(text.slice(approved, start));
  if (between.length > REACH || between.some((w) => BREAK.has(w))) return null;
  const rest = text.slice(end);
  const cut = rest.search(CLAUSE_END);
  const condition = wordsOf(text.slice(Math.max(approved, own), cut < 0 ? text.length : end + cut));
  return condition.some((w) => FORMALITY.has(w)) ? 'formality' : 'condition';
}
