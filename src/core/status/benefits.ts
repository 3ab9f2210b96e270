import { BENEFIT_WORDS } from '../vocabulary/statusFollowUp';
import { clauseStart } from './clauses';
import { clauseWords } from './clauseWords';

/*
 * After a completion, how its benefits run is no news of the work (SPEC 4): "Switch completed Sept.
 * Savings on track" is the switch done, as a cost-improvement tracker means it.
 */

const BENEFIT: ReadonlySet<string> = new Set(BENEFIT_WORDS);
const LOOKBACK = 60;

/**
 * True when the phrase starting at `start` is said of a benefit named before it in its clause.
 * @example aboutBenefits('Switch completed Sept. Savings on track', 31) // true
 * @example aboutBenefits('Phase 2 on track', 8) // false
 */
export function aboutBenefits(text: string, start: number): boolean {
  const words = clauseWords(text.slice(clauseStart(text, Math.max(0, start - LOOKBACK), start), start));
  return words.some((w) => BENEFIT.has(w));
}
