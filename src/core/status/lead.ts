import { STEP_COMPLETIONS } from '../vocabulary/statusSchedule';
import type { StatusClass } from '../types';
import { APPROVALS } from './approval';
import { measuredBefore } from './amounts';
import { percentAround } from './share';
import { phraseKey } from './phrases';

/*
 * Two things an entry's own words say about the phrases in it: a rating word heading the entry
 * ("At risk: …", "Red - …") is the lead's own assessment, which a running count after it only
 * measures; and a completion may be a step of the action (a plan in place, an approval) rather
 * than the action closed, so a report back still to come after it is the work going on.
 */

/** What may follow a leading rating: the entry's end, or a mark that opens a note. */
const LEAD_END = /^\s*(?:$|[-–—:;,.(])/;
/** Words that may head a leading rating: "Remains amber. Recruitment ongoing.", "Currently red - …". */
const LEAD_WORDS = /^\s*(?:remains|remain|still|currently|now|rated|overall)\s+$/i;
const LEAD_WORDS_MAX = 12;
const STEP_ENDS: readonly string[] = STEP_COMPLETIONS.map(phraseKey);

/**
 * True when the phrase at `start`, `length` characters long, opens the entry and stands alone.
 * @example leadsEntry('At risk: capacity limited', 0, 7) // true
 * @example leadsEntry('At risk of slipping', 0, 7) // false
 */
export function leadsEntry(text: string, start: number, length: number): boolean {
  const heads = start === 0 || (start <= LEAD_WORDS_MAX && LEAD_WORDS.test(text.slice(0, start)));
  return heads && LEAD_END.test(text.slice(start + length));
}

/**
 * True when a completion phrase read as `found`, from `start` to `end`, only counts part of the work
 * ("212 of 480 complete", "40% complete") or measures it with no whole to measure it by ("£2.3m
 * delivered"), which a rating leading the entry outranks; a count of the whole ("480 of 480") does not.
 * @example countsPart('complete', 'on_track', '212 of 480 complete', 11, 19) // true
 * @example countsPart('complete', 'complete', 'Off track – £2.3m delivered', 18, 27) // true
 * @example countsPart('complete', 'complete', 'Red – policy complete', 13, 21) // false
 */
export function countsPart(status: StatusClass, found: StatusClass | null, text: string, start: number, end: number): boolean {
  if (status !== 'complete') return false;
  if (found === 'on_track' || found === 'not_started') return true;
  return found === 'complete' && measuredBefore(text, start) && percentAround(text, start, end) === null;
}

/**
 * True when the completion phrase `key` names a step put in place or approved, not the action closed.
 * @example namesStep('improvementplaninplace') // true
 * @example namesStep('complete') // false
 */
export function namesStep(key: string): boolean {
  return APPROVALS.has(key) || STEP_ENDS.some((end) => key.endsWith(end));
}
