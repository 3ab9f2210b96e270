import type { StatusClass } from '../types';
import type { ExtraStatus } from './extraStatus';
import { givenStatus } from './stepStatus';

/*
 * A reason must credit whoever said it: where the lead's own RAG ("A") sets the rating and the update
 * names no delay ("Paper in draft"), "is reported as delayed or at risk" would put words in the update.
 */

/** The reasons' sentences for a status reported, and what each says instead when the lead's RAG gave it. */
const REPORTED: readonly (readonly [string, string])[] = [
  [' is reported as delayed or at risk', ' is rated Amber by the lead'],
  [' is reported as off track', ' is rated Red by the lead'],
];

/**
 * True when a step's status `given` is the lead's colour and not what its update (`narrative`) and the
 * other extra status columns say: without the colour it would be milder.
 * @example byLeadColour('on_track', 'at_risk', { ...NO_EXTRA_STATUS, leadColour: 'at_risk' }) // true
 * @example byLeadColour('at_risk', 'at_risk', { ...NO_EXTRA_STATUS, leadColour: 'at_risk' }) // false
 */
export function byLeadColour(narrative: StatusClass, given: StatusClass, extra: ExtraStatus, held: StatusClass | null = null, flagged = false): boolean {
  if (extra.leadColour === null || given !== extra.leadColour) return false;
  return givenStatus(narrative, { ...extra, leadColour: null, leadStatus: null }, held, flagged) !== given;
}

/**
 * A reason saying a status was reported, reworded to credit the lead's RAG (byLeadColour); any other unchanged.
 * @example leadRatedReason('Amber: the action is reported as delayed or at risk (due 31 Jan 2027).') // 'Amber: the action is rated Amber by the lead (due 31 Jan 2027).'
 * @example leadRatedReason('Red: the action was due 31 Oct 2026 and is 37 days overdue.') // unchanged
 */
export function leadRatedReason(reason: string): string {
  for (const [said, rated] of REPORTED) {
    const at = reason.lastIndexOf(said);
    if (at > 0) return reason.slice(0, at) + rated + reason.slice(at + said.length);
  }
  return reason;
}
