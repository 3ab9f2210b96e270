import { isBlank } from '../cells';
import type { CellValue } from '../types';
import type { PeriodColumn } from './milestones';
import { marksPeriod } from './timeline';

/*
 * A Gantt chart beside the actions, on a sheet with no time frame column of its own, gives each
 * action its time frame: the months (or quarters) marked in its row, from the first to the last,
 * as a time frame a lead could have typed ("Apr 2024 to Jun 2024"), so it is due at the end of the
 * last and the rest of the engine reads it as any other.
 */

/**
 * Reads a Gantt chart's marks in each row into the row's time frame cell (`column`, the chart's
 * first). Made once a sheet: the periods' labels come dated (withPlanYear), and each span's text is
 * made the first time a row has it, so a row costs a look at its chart's cells.
 * @example new TimelineRow([{ col: 2, period: 'Apr 2024' }, { col: 3, period: 'May 2024' }, { col: 4, period: 'Jun 2024' }]).read(['Open SDEC', 'COO', 'X', null, 'X'])[2] // 'Apr 2024 to Jun 2024'
 */
export class TimelineRow {
  /** The column the time frame is read from: the chart's first, the engine's time frame column for the sheet. */
  readonly column: number;
  private readonly cols: readonly number[];
  private readonly labels: readonly string[];
  /** Each span's text once made, at first × periods + last. */
  private readonly texts: (string | undefined)[] = [];

  constructor(timeline: readonly PeriodColumn[]) {
    this.cols = timeline.map((p) => p.col);
    this.labels = timeline.map((p) => p.period.trim());
    this.column = this.cols[0] ?? -1;
  }

  /**
   * The row with its time frame cell holding the span of the periods marked (marksPeriod), gaps
   * and all; emptied when none is, as a cell holding no mark ("-", a RAG letter) is no date either.
   * The row itself when that is so already; the sheet's own row is never changed.
   */
  read(row: readonly CellValue[]): readonly CellValue[] {
    const { cols, column } = this;
    let first = -1;
    let last = -1;
    for (let i = 0; i < cols.length; i++) {
      if (!marksPeriod(row[cols[i] ?? -1])) continue;
      if (first < 0) first = i;
      last = i;
    }
    if (first < 0 && isBlank(row[column])) return row;
    const out = [...row];
    out[column] = first < 0 ? null : this.span(first, last);
    return out;
  }

  /** The time frame from period `first` to period `last` (indexes into the chart), as the time-frame parser reads it. */
  private span(first: number, last: number): string {
    const at = first * this.cols.length + last;
    const made = this.texts[at];
    if (made !== undefined) return made;
    const [from, to] = [this.labels[first] ?? '', this.labels[last] ?? ''];
    const text = first === last ? to : `${from} to ${to}`;
    this.texts[at] = text;
    return text;
  }
}
