import { cellText, isBlank } from '../cells';
import type { CellValue, ColumnMap, Role } from '../types';

/*
 * A programme plan's workstream row ("1 | Community MH teams | | | Dr Shah"): the workstream's
 * number, name and SRO on a row of their own, over the deliverables numbered under it. It has no
 * action, date or status, so read as an action it would be one more "Not rated" with warnings to
 * write an action and set a date that nobody means to write.
 */

/** Columns a group's own row may fill besides its name: its number, its lead, the strategy it serves. */
const BESIDE_GROUP: readonly Role[] = ['ref', 'lead', 'strategy'];

/**
 * The objective column when a row names only a group: a name in the objective column other than
 * the group carried down from above, with at most its ref, lead or strategy beside it, and every
 * other column the tracker reads (`watched`) blank. -1 for any other row. A row naming the group
 * already carried is an action of that group whose text was left out, and is warned of as one.
 * @example groupRow(['1', 'Crisis care', null, 'A Hughes', null], { ref: 0, objective: 1, action: 2, lead: 3, timeframe: 4 }, [0, 1, 2, 3, 4], null) // 1
 * @example groupRow(['1.1', null, 'Open crisis café', 'A Hughes', null], { ref: 0, objective: 1, action: 2, lead: 3, timeframe: 4 }, [0, 1, 2, 3, 4], null) // -1
 */
export function groupRow(row: readonly CellValue[], columns: ColumnMap, watched: readonly number[], carried: CellValue | undefined): number {
  const group = columns.objective;
  if (group === undefined || typeof row[group] !== 'string' || isBlank(row[group])) return -1;
  const filled = (col: number): boolean => col !== group && !isBlank(row[col]) && !BESIDE_GROUP.some((role) => columns[role] === col);
  // The columns as read too: a Gantt chart's time frame column is no column the sheet maps.
  // Checked first: nearly every row fills its action column, and is done with here.
  if (watched.some(filled) || Object.values(columns).some(filled)) return -1;
  const name = cellText(row[group]).trim().toLowerCase();
  return name === cellText(carried ?? null).trim().toLowerCase() ? -1 : group;
}
