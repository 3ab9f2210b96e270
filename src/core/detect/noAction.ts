import type { CellValue, ColumnMap } from '../types';
import { parseRatingWord } from '../rating/ratings';
import { NO_ACTION_PHRASES } from '../vocabulary/columns';
import { text } from './rowKinds';

const NO_ACTION = new RegExp(`^(?:${NO_ACTION_PHRASES.map((p) => p.replace(/[/.]/g, '\\$&')).join('|')})[.!]?$`, 'i');

/**
 * True when a row's action cell says there is nothing to do ("No action required" beside a
 * standard already met) and no status column (`statusColumns`, read beside the status) says more
 * than a colour or "N/A": no action, so it is neither rated Not rated nor warned of as undated.
 * A lead's "G" beside "N/A" on a BAF's control with no gap is no update; a closure written
 * ("Closed at Care Group 02/05/26") is.
 * @example saysNoAction([null, 'No action required'], { action: 1 }) // true
 * @example saysNoAction([null, 'No action required until the audit reports'], { action: 1 }) // false
 * @example saysNoAction(['4.3', 'No action', 'Closed at Care Group'], { ref: 0, action: 1, status: 2 }) // false
 */
export function saysNoAction(row: readonly CellValue[], columns: ColumnMap, statusColumns: readonly number[] = []): boolean {
  if (columns.action === undefined || !NO_ACTION.test(text(row, columns.action))) return false;
  // A recommendation declined or closed elsewhere still has to be accounted for to the board: its update makes it an action to report.
  const said = [columns.status, ...statusColumns].filter((c): c is number => c !== undefined);
  return said.every((c) => {
    const t = text(row, c).trim();
    return t === '' || parseRatingWord(t) !== null || NO_ACTION.test(t);
  });
}
