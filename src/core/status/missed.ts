import { DEADLINE_NOUNS, DENIAL_FILLERS, DENIED_COMPLETIONS, MISSED_DATES, MISSED_PLANS, NOT_DONE_AFTER } from '../vocabulary/statusPlain';
import { phraseAlternation } from './alternation';

/*
 * A plan or a date in the past tense that the entry does not say was met (SPEC 4): "Was meant to go live
 * in April", "Ought to have been signed off by now", "Was due in March - not yet done", "Expected in Q4 but
 * not received". The work was to be done by then and is not, so it is off track, read only where nothing
 * else in the entry gives a class (status/settle.ts). A bare "Due 31/03 - outstanding" may still be to
 * come (the status cell has no as-of date), so the dates rate it.
 */

const PLAN = new RegExp(`(?:^|[^\\p{L}])(?:${phraseAlternation(MISSED_PLANS)})(?![\\p{L}])`, 'iu');
const DATE = new RegExp(`(?:^|[^\\p{L}])(?:${phraseAlternation(MISSED_DATES)})(?![\\p{L}])`, 'iu');
const NOT_DONE = new RegExp(`(?:^|[^\\p{L}])(?:${phraseAlternation(NOT_DONE_AFTER)})(?![\\p{L}])`, 'iu');
const DENIED = new RegExp(`(?:^|[^\\p{L}])not\\s+(?:(?:${phraseAlternation(DENIAL_FILLERS)})\\s+)*(?:${phraseAlternation(DENIED_COMPLETIONS)})(?![\\p{L}])`, 'iu');
/** "by the deadline", "within agreed timescales", "on time": what a denied completion was held to. */
const DEADLINE_AFTER = new RegExp(`^\\s+(?:(?:by|before|within)\\s+(?:the\\s+|its\\s+)?(?:${phraseAlternation(DEADLINE_NOUNS)})|on\\s+time)(?![\\p{L}])`, 'iu');
/** "No movement since last report": progress stopped after it was going, so stalled (SPEC 4). */
const SINCE = /^\s+since(?![\p{L}])/iu;

/**
 * True when `text` says the work was to be done by now and is not.
 * @example missedPlan('Was meant to go live in April') // true
 * @example missedPlan('Was due in March - not yet done') // true
 * @example missedPlan('Was due in March') // false
 */
export function missedPlan(text: string): boolean {
  if (PLAN.test(text)) return true;
  const m = DATE.exec(text);
  return m !== null && NOT_DONE.test(text.slice(m.index + m[0].length));
}

/**
 * True when "since" follows a stall phrase ending at `end`: the work moved before and has stopped.
 * @example stoppedSince('No movement since last report', 11) // true
 */
export function stoppedSince(text: string, end: number): boolean {
  return SINCE.test(text.slice(end, end + 8));
}

/**
 * True when `text` denies that the work is finished ("Not complete – audit shows 60%", "Q3 review
 * NOT yet completed"): the words a closure beside it cannot stand against (analyse/heldClosed).
 * @example completionDenied('Not complete – re-audit in Oct') // true
 * @example completionDenied('Completed, not yet signed off') // false
 */
export function completionDenied(text: string): boolean {
  return DENIED.test(text);
}

/**
 * True when a deadline follows a denied completion ending at `end`: "Not completed by deadline" is a deadline
 * missed, off track, where "Not completed" alone says nothing of when.
 * @example deadlineAfter('Not completed by deadline', 13) // true
 * @example deadlineAfter('Not completed by 31 March', 13) // false
 */
export function deadlineAfter(text: string, end: number): boolean {
  return end < text.length && DEADLINE_AFTER.test(text.slice(end, end + 32));
}
