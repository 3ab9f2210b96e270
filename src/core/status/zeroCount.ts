import { ZERO_WORDS } from '../vocabulary/statusGrammar';
import { wordsBefore } from './wordsBefore';

/*
 * A count of nought of a problem is no problem (SPEC 4): "0 overdue incidents", "Shifts uncovered: 0",
 * "Overdue actions - nil". The nought stands right before the phrase, or right after it behind a colon,
 * equals sign or dash; a nought that is part of a number or a range ("0.5 WTE", "0-2 weeks") is not one.
 */

const ZERO: ReadonlySet<string> = new Set(ZERO_WORDS);
const AFTER = new RegExp(String.raw`^[\p{L}\s-]{0,24}?\s*[:=–—-]\s*(?:${ZERO_WORDS.join('|')})(?![\p{L}\d]|[.,-]\d)`, 'iu');

/**
 * True when the phrase from `start` to `end` in `text` is counted as nought.
 * @example zeroCounted('0 overdue incidents', 2, 9) // true
 * @example zeroCounted('Shifts uncovered: 0', 7, 16) // true
 * @example zeroCounted('3 overdue incidents', 2, 9) // false
 */
export function zeroCounted(text: string, start: number, end: number): boolean {
  const before = wordsBefore(text, start, 1)[0];
  if (before !== undefined && ZERO.has(before) && text[start - 1] !== '-') return true;
  return AFTER.test(text.slice(end, end + 40));
}
