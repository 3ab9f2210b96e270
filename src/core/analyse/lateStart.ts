import { cellText } from '../cells';
import type { SheetAction } from '../detect/rows';
import { formatUk } from '../dates';
import { normaliseHeader } from '../detect/normalise';
import type { ColumnMap, IsoDate } from '../types';
import { START_HEADERS } from '../vocabulary/startColumn';
import type { IssueSink } from './issues';
import type { Parsers } from './parsers';

/*
 * A plan's "Start | End" pair rates on the end (SPEC 5.1 has no start rule), but work still
 * reported not started after its planned start has slipped already, though its deadline is far
 * off: the board should hear it before the end date turns it Red. So it is pointed out, never rated.
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

/**
 * Warns, at its start cell (column `col`), of an action reported not started whose start date
 * is before `asOf`: a date cell, or text read as a time frame ("Sept 2024", its first day).
 * Called only for an action whose status is not_started.
 * @example // lateStart(sink, raw, 6, '2024-12-16', parsers): "This action was due to start 1 Sep 2024 but is reported not started; …"
 */
export function lateStart(sink: IssueSink, raw: SheetAction, col: number, asOf: IsoDate, parsers: Parsers): void {
  const cell = raw.cellsAt(col)?.[0];
  const value = cell?.value;
  if (cell === undefined || value === null || value === undefined) return;
  const start = typeof value === 'object' && value.kind === 'date' ? value.iso : parsers.timeframeReading(cellText(value)).timeframe.start;
  if (start === null || start >= asOf) return;
  sink.add('warning', col, cell.row, 'late_start', `This action was due to start ${formatUk(start)} but is reported not started; start it, or record a revised start date.`);
}
