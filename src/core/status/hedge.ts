import { HEDGE_ADVERBS, HEDGE_MODALS, HEDGE_RISKS, SERIOUS_RISK_WORDS } from '../vocabulary/statusGrammar';

/*
 * "Target may not be met" and "Risk that the deadline will not be met" say the work might fall
 * short, which is a risk (amber), not that it has (red). Only the words of the clause right before
 * the phrase count, joined by spaces alone, so the patterns stay anchored and cheap.
 */

const alt = (words: readonly string[]): string => words.join('|');
/** "may not be met", "might not be on track": a modal, then the phrase (after "be" unless it starts "not be"). */
const MODAL = new RegExp(`(?:^|[^\\p{L}])(?:${alt(HEDGE_MODALS)})\\s+(?:(?:well|still|also)\\s+)?(?:not\\s+)?(be\\s+)?$`, 'iu');
const ADVERB = new RegExp(`(?:^|[^\\p{L}])(?:${alt(HEDGE_ADVERBS)})\\s+(?:be\\s+)?$`, 'iu');
/** "risk that the deadline will (be)", "a chance it may": at most four words between the risk and its modal. */
const RISK = new RegExp(
  `(?:^|[^\\p{L}])(?<!(?:${alt(SERIOUS_RISK_WORDS)})\\s+)(?:${alt(HEDGE_RISKS)})\\s+(?:(?:that|of)\\s+)?` +
    `(?:[\\p{L}\\p{N}'’-]+\\s+){0,4}?(?:will|would|may|might|could)\\s+(?:be\\s+)?$`,
  'iu',
);
const LOOKBACK = 64;

/**
 * True when a hedge in its clause makes the off-track phrase `key` at `start` a risk only.
 * @example hedged('Target may not be met', 11, 'notbemet') // true
 * @example hedged('Risk that the deadline will not be met', 28, 'notbemet') // true
 * @example hedged('In May not achieved', 7, 'notachieved') // false
 */
export function hedged(text: string, start: number, key: string): boolean {
  const before = text.slice(Math.max(0, start - LOOKBACK), start);
  const modal = MODAL.exec(before);
  if (modal !== null && (modal[1] !== undefined || key.startsWith('notbe'))) return true;
  return ADVERB.test(before) || RISK.test(before);
}
