import { PART_ONLY_PHRASES } from '../vocabulary/statusEvents';
import { scheduledAfter } from './scheduled';
import { percentAround } from './share';

/*
 * Recruitment read only as work part done (SPEC 4): a count short of the whole ("Recruited to 3 of 4
 * posts") or a start still to come ("Posts appointed to, start dates Jan and Feb") is work under way.
 * Alone ("All posts recruited to") it says nothing a programme manager would close the action on.
 */

const PART_ONLY = new RegExp(`\\b(?:${PART_ONLY_PHRASES.map((p) => p.replace(/ /g, '\\s+')).join('|')})\\b`, 'gi');

/**
 * True when a recruitment word in `text` has a count short of the whole beside it or work set for later after it.
 * @example partStep('Recruited to 3 of 4 posts') // true
 * @example partStep('Posts appointed to, start dates Jan and Feb') // true
 * @example partStep('All posts recruited to') // false
 */
export function partStep(text: string): boolean {
  for (const m of text.matchAll(PART_ONLY)) {
    const end = m.index + m[0].length;
    const percent = percentAround(text, m.index, end);
    if ((percent !== null && percent < 100) || scheduledAfter(text, end, true)) return true;
  }
  return false;
}
