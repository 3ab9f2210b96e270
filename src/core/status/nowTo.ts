import { NOW_TO_LEADS } from '../vocabulary/statusSchedule';
import { phraseAlternation } from './alternation';
import { isDateWord } from './dateFollows';

/*
 * A paper sent "now to" a later meeting (see vocabulary/statusSchedule.ts NOW_TO_LEADS): "now" says the plan changed,
 * so "Position paper now to Jan CAB" is the paper moved on, as "Paper deferred to Jan CAB" is, where "Paper to Dec
 * Board for approval" is only where it goes next.
 */

const LEAD = new RegExp(`(?<![\\p{L}])(?:${phraseAlternation(NOW_TO_LEADS)})\\s+(?:the\\s+)?([\\p{L}\\d]+)`, 'giu');

/**
 * Where a paper is sent "now to" a dated meeting in `text` (the index of "now"), or -1: a date or period must follow,
 * so "now to be agreed" and "now to go live" are not.
 * @example movedToMeeting('Position paper now to Jan CAB') // 15
 * @example movedToMeeting('Paper to Dec Board for approval') // -1
 * @example movedToMeeting('SOP now to be ratified') // -1
 */
export function movedToMeeting(text: string): number {
  LEAD.lastIndex = 0;
  for (let m = LEAD.exec(text); m !== null; m = LEAD.exec(text)) if (isDateWord((m[1] ?? '').toLowerCase())) return m.index;
  return -1;
}
