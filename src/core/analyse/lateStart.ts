import { cellText } from '../cells';
import type { SheetAction } from '../detect/rows';
import { formatUk } from '../dates';
import type { Action, IsoDate } from '../types';
import type { IssueSink } from './issues';
import type { Parsers } from './parsers';

/*
 * A plan's "Start | End" pair rates on the end (SPEC 5.1 has no start rule), but work still
 * reported not started after its planned start has slipped already, though its deadline is far
 * off: the board should hear it before the end date turns it Red. So it is pointed out, never rated.
 */

/**
 * True when the action, or the update of one of its open steps, is reported not started. A lead's
 * colour ("A") beside "Not started" rates the action at risk, but the work has still not begun.
 */
function notStarted(action: Action, parsers: Parsers): boolean {
  if (action.status === 'not_started') return true;
  return action.rating !== 'complete' && action.steps.some((step) => step.statusText !== null && parsers.status(step.statusText).status === 'not_started');
}

/**
 * Warns, at its start cell (column `col`), of an action reported not started (by its status or
 * its update's own words) whose start date is before `asOf`: a date cell, or text read as a time
 * frame ("Sept 2024", its first day).
 * @example // lateStart(sink, raw, action, 6, '2024-12-16', parsers): "This action was due to start 1 Sep 2024 but is reported not started; …"
 */
export function lateStart(sink: IssueSink, raw: SheetAction, action: Action, col: number, asOf: IsoDate, parsers: Parsers): void {
  if (!notStarted(action, parsers)) return;
  const cell = raw.cellsAt(col)?.[0];
  const value = cell?.value;
  if (cell === undefined || value === null || value === undefined) return;
  const start = typeof value === 'object' && value.kind === 'date' ? value.iso : parsers.timeframeReading(cellText(value)).timeframe.start;
  if (start === null || start >= asOf) return;
  sink.add('warning', col, cell.row, 'late_start', `This action was due to start ${formatUk(start)} but is reported not started; start it, or record a revised start date.`);
}
