import { cellText } from '../cells';
import type { SheetAction } from '../detect/rows';
import { formatUk } from '../dates';
import type { IsoDate } from '../types';
import type { IssueSink } from './issues';
import type { Parsers } from './parsers';

/*
 * A plan's "Start | End" pair rates on the end (SPEC 5.1 has no start rule), but work still
 * reported not started after its planned start has slipped already, though its deadline is far
 * off: the board should hear it before the end date turns it Red. So it is pointed out, never rated.
 */

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
