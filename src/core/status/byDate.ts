import { MONTH_WORDS } from '../vocabulary/timeframe';
import { clauseWords, isTime } from './clauseWords';

/*
 * "By" and a date after a completion word set a deadline (SPEC 4): "Closed by 31 March", "Complete by
 * end of Q3" are the plan, as "to be closed by" is; "Closed 3 March" and "Closed on 3 March" say when it
 * happened. The status cell has no as-of date, so the wording decides, as the time frame's "Completed by
 * March" does (analyse/stepStatus.ts). "By" and a body ("Closed by ARC") is who closed it.
 */

const BY_AFTER = /^\s+by\s/i;
const BY_END = /\bby$/i;
/** "Superseded by 2025/26 operational plan": the "by" names what took the work over, never a deadline. */
const SUCCEEDED_BY = /(?:superseded|replaced)[\s-]*by$/i;
const DAY = /^\d{1,2}(?:st|nd|rd|th)?$/;

/**
 * True when "by" and a date or period follow the completion phrase from `start` to `end` (or end it).
 * @example byDeadline('Closed by 31 March', 0, 6) // true
 * @example byDeadline('Completed by the end of Q3', 0, 9) // true
 * @example byDeadline('Closed by ARC on 3 March', 0, 6) // false
 * @example byDeadline('Closed on 3 March', 0, 6) // false
 */
export function byDeadline(text: string, start: number, end: number): boolean {
  if (SUCCEEDED_BY.test(text.slice(start, end))) return false;
  const after = text.slice(end, end + 40);
  const by = BY_END.test(text.slice(start, end)) ? '' : BY_AFTER.exec(after)?.[0];
  if (by === undefined) return false;
  const words = clauseWords(after.slice(by.length));
  const at = words[0] === 'the' ? 1 : 0;
  const first = words[at] ?? '';
  return isTime(first) || (DAY.test(first) && MONTH_WORDS[words[at + 1] ?? ''] !== undefined);
}
