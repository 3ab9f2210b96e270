import type { SheetAction } from '../detect/rows';
import { cellEntries } from './entries';
import type { IssueSink } from './issues';
import type { ReadEntries } from './roles';
import type { TimeframeReading } from './verdicts';

/*
 * SPEC 2.3: a row without next steps is one step, and it takes every date its time-frame cells
 * hold. In date order they are read as one span to the last, said at the row; otherwise the step
 * is rated against one of them, and a date it is not rated against ("Dec 23" with "1/5/23" on the
 * continuation row below) is said at that date's own cell: a date is never set aside unsaid.
 */

/**
 * Warns of a lone step's several dates (not one revised date): read as one span, or each one the
 * step is not rated against. Each entry's date is its reading, the one the step itself would use.
 * @example // loneStep(raw, 4, timeframes, sink): 'The time frame "1/5/23" (1 May 2023) is not used: …' at E5
 */
export function loneStep(raw: SheetAction, row: number, timeframes: ReadEntries<TimeframeReading>, sink: IssueSink): void {
  const tf = timeframes.whole()?.reading.timeframe;
  if (tf === undefined || tf.redated || tf.end === null) return;
  if (tf.kind === 'range') {
    sink.loneStepDates(raw, row, timeframes.texts.length, tf.end);
    return;
  }
  const entries = cellEntries(raw.cells.timeframe, true);
  // Entries read from other cells (a plan's milestones) are not this column's to name.
  if (entries.length !== timeframes.texts.length) return;
  for (let i = 0; i < entries.length; i++) {
    const own = timeframes.readings[i]?.timeframe.end ?? null;
    const entry = entries[i];
    if (own === null || own === tf.end || entry === undefined) continue;
    sink.unusedDate(entry.row, entry.text, own, entries.length, tf.end);
    return;
  }
}
