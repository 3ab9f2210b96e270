import type { ColumnMap } from '../types';
import { RAISED_DATE_HEADERS } from '../vocabulary/columns';
import { normaliseHeader } from './normalise';

/*
 * The column dating each action's meeting or raising (SPEC 2.2 leaves it unmapped, as no
 * deadline): "Next meeting" on such a log is counted from that date (see analyse/raisedMeetings).
 */

const HEADERS = RAISED_DATE_HEADERS.map(normaliseHeader);

/** A one-word header ("Meeting") only whole: "Meeting focus" is the product's own column. */
function names(norm: string): boolean {
  return HEADERS.some((h) => norm === h || (h.includes(' ') && norm.startsWith(`${h} `)));
}

/**
 * The first column whose header dates when each action was raised, among columns no role or
 * output holds (`taken`); -1 when there is none.
 * @example raisedColumn(['Meeting date', 'Action', 'Due date'], { action: 1, timeframe: 2 }) // 0
 * @example raisedColumn(['Action', 'Date closed'], { action: 0 }) // -1
 */
export function raisedColumn(labels: readonly string[], roles: ColumnMap, taken: readonly number[] = []): number {
  const used = new Set<number | undefined>([...Object.values(roles), ...taken]);
  return labels.findIndex((label, col) => !used.has(col) && names(normaliseHeader(label)));
}
