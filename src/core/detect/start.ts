import type { ColumnMap } from '../types';
import { START_HEADERS } from '../vocabulary/startColumn';
import { normaliseHeader } from './normalise';

/*
 * A plan's "Start | End" pair rates on the end (SPEC 5.1 has no start rule): the start column
 * holds no role, but it is read to point out work still not started after it (analyse/lateStart).
 */

const STARTS = START_HEADERS.map(normaliseHeader);

/**
 * The column of a plan's start date (START_HEADERS) in `labels` (the header row's texts by
 * column), when the sheet also has a time frame (the end it starts towards) and the column
 * holds no role; else -1. Worked out once per sheet.
 * @example startColumn(['Ref', 'Deliverable', 'Start', 'End', 'Status'], { ref: 0, action: 1, timeframe: 3, status: 4 }) // 2
 */
export function startColumn(labels: readonly string[], columns: ColumnMap): number {
  if (columns.timeframe === undefined) return -1;
  const mapped = new Set(Object.values(columns));
  return labels.findIndex((label, col) => !mapped.has(col) && STARTS.includes(normaliseHeader(label)));
}
