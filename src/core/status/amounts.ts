import { AMOUNT_TARGETS, AMOUNT_UNITS, TALLY_WORDS } from '../vocabulary/statusShare';
import { phraseAlternation } from './alternation';

/*
 * Amounts done, as finance and activity trackers write them (SPEC 4): "£2.3m delivered YTD against
 * £9.2m plan" is a quarter of the plan, work on the way, as "3 of 5 complete" is; and an amount done
 * after a rating that leads the entry ("Off track – £2.3m delivered") measures the work the rating
 * rates, as a count does (status/lead.ts).
 */

const UNIT = `(?:${Object.keys(AMOUNT_UNITS).join('|')})(?![a-z])`;
/** An amount: "£2.3m", "£450k", "9,200", "1.2 million"; groups: the number, its unit. */
const AMOUNT = `(?:[£$€]\\s*)?(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)\\s*(${UNIT})?`;
/** The amount done right before the completion word, a word or two between: "£2.3m savings delivered". */
const DONE_BEFORE = new RegExp(`(?<![\\d.,])${AMOUNT}(?:\\s+[a-z][a-z'’-]*){0,2}\\s*$`, 'i');
/** What it is measured against: "YTD against £9.2m plan", "against a target of £1.5m", "of £9.2m". */
const AGAINST = `\\s*(?:(?:${phraseAlternation(TALLY_WORDS)})\\s+)?(?:against|vs\\.?|versus|of)\\s+(?:(?:a|an|the)\\s+)?(?:(?:${phraseAlternation(AMOUNT_TARGETS)})\\s+(?:of\\s+)?)?${AMOUNT}`;
const AGAINST_AFTER = new RegExp(`^${AGAINST}`, 'i');
/** Both after the word, as a note: "Savings delivered: £2.1m against £2.5m target". */
const BOTH_AFTER = new RegExp(`^\\s*[:(\\-–—]?\\s*${AMOUNT}${AGAINST}`, 'i');
/** Any amount or count right before a completion word, a word or two between: "£2.3m delivered", "96 reviews completed". */
const MEASURE_BEFORE = new RegExp(`(?:[£$€]\\s*\\d|\\d)[\\d,.]*\\s*(?:${UNIT}|%)?(?:\\s+[a-z][a-z'’-]*){0,2}\\s*$`, 'i');

function valueOf(number: string | undefined, unit: string | undefined): number {
  return Number((number ?? '').replace(/,/g, '')) * (AMOUNT_UNITS[(unit ?? '').toLowerCase()] ?? 1);
}

/**
 * The share of a target an amount done is, as a percentage (at most 100), when the completion word
 * from `start` to `end` has an amount before it and what it is measured against after it; else null.
 * @example amountShare('£2.3m delivered YTD against £9.2m plan', 6, 15) // 25
 * @example amountShare('£1.5m saved against a target of £1.5m', 6, 11) // 100
 * @example amountShare('Savings delivered: £2.1m against £2.5m target', 8, 17) // 84
 * @example amountShare('£2.3m delivered', 6, 15) // null
 */
export function amountShare(text: string, start: number, end: number): number | null {
  const after = text.slice(end, end + 80);
  const done = DONE_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  const whole = done === null ? null : AGAINST_AFTER.exec(after);
  // [amount, unit, target, unit]: before and after the word, or both after it.
  const parts = done !== null && whole !== null ? [done[1], done[2], whole[1], whole[2]] : BOTH_AFTER.exec(after)?.slice(1, 5);
  if (parts === undefined) return null;
  const [amount, amountUnit, target, targetUnit] = parts;
  const of = valueOf(target, targetUnit ?? amountUnit);
  return of > 0 ? Math.min(100, Math.round((100 * valueOf(amount, amountUnit ?? targetUnit)) / of)) : null;
}

/**
 * True when an amount or count stands right before the completion word at `start`: what was done
 * is measured ("£2.3m delivered", "96 reviews completed"), so a rating leading the entry rates it.
 * @example measuredBefore('Off track – £2.3m delivered', 18) // true
 * @example measuredBefore('Off track – policy delivered', 19) // false
 */
export function measuredBefore(text: string, start: number): boolean {
  return MEASURE_BEFORE.test(text.slice(Math.max(0, start - 32), start));
}
