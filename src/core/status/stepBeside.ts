import type { StatusClass } from '../types';
import type { EntryScan } from './entryScan';
import { PART_SHARE_WORDS, PREREQUISITE_PHRASES, STARTS_SET_FOR_LATER } from '../vocabulary/statusSubSteps';
import { phraseAlternation } from './alternation';
import { GO_AHEADS } from './approval';
import { namesStep } from './lead';
import { closes, windowClosed } from './partDone';
import { phraseKey } from './phrases';
import { wordsBefore } from './wordsBefore';

/*
 * A step of the work done beside a negative in the same entry (SPEC 4, round 21): an approval, a sign-off, a plan in
 * place, a window closed or a count of part done is not the action done, so it does not cancel the writer's word
 * that the work is behind, delayed, not started or failing its target, whichever comes first: "Behind programme –
 * capital bid approved", "Change request approved. Build not started". Dated updates are apart: the latest decides.
 * Likewise a part done is not the whole beside another part short of done ("… nursing establishment 60% filled") or
 * missing what it needs ("… staffing not yet in place").
 */

const LATER: ReadonlySet<string> = new Set(STARTS_SET_FOR_LATER.map(phraseKey));
const PREREQUISITES: readonly string[] = PREREQUISITE_PHRASES.map(phraseKey);
/** A share short of the whole with a participle of work done: "60% filled", "45% of posts recruited to". */
const PART_SHARE = new RegExp(
  `(?:^|[^\\d.,])\\d{1,2}(?:\\.\\d+)?\\s*%\\s+(?:of\\s+(?:[\\p{L}-]+\\s+){1,3})?(?:${phraseAlternation(PART_SHARE_WORDS)})(?![\\p{L}])`,
  'iu',
);
/** How far after a completion a share of another part is read. */
const SHARE_REACH = 160;
/** How many words before a step are read for "now", which makes the step the news: "Delayed; now approved". */
const NOW_REACH = 3;

/**
 * True when the completion `key` from `start`, read as `found`, is a step of the work, not the action done: an approval or go-ahead, a plan in place or a window closed.
 * @example stepOnly('approved', 'Capital bid approved', 12, 'complete') // true
 * @example stepOnly('complete', 'Now complete', 4, 'complete') // false
 */
export function stepOnly(key: string, text: string, start: number, found: StatusClass | null): boolean {
  return (
    (found === 'complete' || found === 'on_track') &&
    (namesStep(key) || GO_AHEADS.has(key) || windowClosed(key, text, start))
  );
}

/**
 * True when the completion `key` from `start`, read as `found`, leaves a negative at `negative` standing: a step of
 * the work not put as the news that ends the hold-up ("Delayed awaiting approval; now approved"), or a part done
 * under a negative that opens the entry ("Behind programme – 31 of 96 complete"), which only measures it.
 * @example keepsNegative('approved', 'Recruitment delayed; business case approved', 35, 'on_track', 12) // true
 * @example keepsNegative('approved', 'Delayed; now approved', 13, 'complete', 0) // false
 * @example keepsNegative('complete', 'Behind programme – 31 of 96 complete', 28, 'on_track', 0) // true
 */
export function keepsNegative(
  key: string,
  text: string,
  start: number,
  found: StatusClass | null,
  negative: number,
): boolean {
  if (wordsBefore(text, start, NOW_REACH).includes('now')) return false;
  return stepOnly(key, text, start, found) || (found === 'on_track' && negative === 0);
}

/**
 * The class of a start denied (`key`, read as not started) after the completion of a step: nothing of the work
 * itself begun, so not started, where a start set for later ("recruitment to start in April") is the work on its way.
 * @example afterStep('notstarted') // 'not_started'
 * @example afterStep('tostart') // 'on_track'
 */
export function afterStep(key: string): StatusClass {
  return LATER.has(key) ? 'on_track' : 'not_started';
}

/**
 * The words a completion is kept by, for the rules that ask whether it closed the action: the phrase, with the
 * window it closes ("Survey closed"), so a miss after it ("Survey closed. Target not met.") is not read as a closure's.
 * @example doneWords('closed', 'Survey closed', 7, 'closed') // 'survey closed'
 * @example doneWords('closed', 'Closed', 0, 'Closed') // 'Closed'
 */
export function doneWords(key: string, text: string, start: number, phrase: string): string {
  return windowClosed(key, text, start) ? `${wordsBefore(text, start, 1)[0] ?? ''} ${phrase}` : phrase;
}

/**
 * True when the scan `s` last decided on a step done, an approval or go-ahead, a plan in place or a window closed,
 * that no closure ends: a start of the work read after it is of the work itself (see {@link afterStep}).
 * @example startAfterStep({ ...startScan('Plan approved'), status: 'complete', end: 13, doneEnd: 13, stepEnd: 13, doneText: 'approved' }) // true
 */
export function startAfterStep(s: EntryScan): boolean {
  if (s.status === 'on_track') return s.end === s.goAheadEnd;
  return s.status === 'complete' && s.doneEnd === s.stepEnd && !closes(s.doneText);
}

/**
 * The class of a part done with the rest denied after it, by the denied phrase `key`: what the rest needs missing
 * ("staffing not yet in place") puts it at risk; the rest still to do ("training not yet delivered") is under way.
 * @example restDenied('inplace') // 'at_risk'
 * @example restDenied('delivered') // 'on_track'
 */
export function restDenied(key: string): StatusClass {
  return PREREQUISITES.some((p) => key.endsWith(p)) ? 'at_risk' : 'on_track';
}

/**
 * True when, after the completion ending at `end`, a share short of the whole says another part is done only so far:
 * "Estates works complete; nursing establishment 60% filled". An outcome measured ("Complete; compliance 97%") is not.
 * @example partShareAfter('Estates works complete; nursing establishment 60% filled', 22) // true
 * @example partShareAfter('Complete; compliance 97%', 8) // false
 */
export function partShareAfter(text: string, end: number): boolean {
  const at = end < 0 ? -1 : text.indexOf('%', end);
  return at >= 0 && at - end < SHARE_REACH && PART_SHARE.test(text.slice(end, end + SHARE_REACH + 40));
}
