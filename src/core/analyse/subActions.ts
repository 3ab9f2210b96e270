import type { StepStatus } from '../types';
import type { Parsers, StepText } from './parsers';
import type { ReadEntries } from './roles';
import type { TimeframeReading } from './verdicts';

/**
 * The steps of a row whose action cell lists its sub-actions (SPEC 2.3), on a tracker with no
 * next-steps column or with that cell blank: "1. Recruit 4 WTE nurses\n2. Rotate ward nurses\n3.
 * Review establishment" beside "1. 31/12/2025\n2. 30/09/2025\n3. Jan 2026" is three steps, each
 * with its own date, and its own status when the status cell lists as many. Null (the action is
 * one step) unless the cell is a numbered or bulleted list (isItemList) of as many items as the
 * time-frame cell has entries, and the status cell has one entry, none, or as many: a list beside
 * one date is one action described in parts, and counts that differ say nothing of which date is whose.
 * @example subActions('1. Recruit nurses\n2. Rotate staff', timeframes, statuses, parsers)?.texts // ['Recruit nurses', 'Rotate staff'] beside "1. Dec 25\n2. Sep 25"
 */
export function subActions(cell: string, timeframes: ReadEntries<TimeframeReading>, statuses: ReadEntries<StepStatus>, parsers: Parsers): ReadEntries<StepText> | null {
  const n = timeframes.placed;
  if (n < 2 || (statuses.texts.length > 1 && statuses.placed !== n) || !parsers.itemList(cell)) return null;
  const items = parsers.nextSteps.cell(cell);
  return items.texts.length === n ? items : null;
}
