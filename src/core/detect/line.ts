import type { CellValue, ColumnMap } from '../types';
import { withStepDates } from './actionEnd';
import { withCompletion } from './completed';
import type { RowLayout } from './layout';
import type { PeriodColumn } from './milestones';
import { joinedLeads } from './leads';
import { latestRating } from './ratings';
import { withRevisedDate } from './revised';
import { TimelineRow } from './timelineRow';
import { latestUpdateColumn, movedStatus } from './updates';

/**
 * The Gantt chart's columns whose marks are read as each action's time frame: the layout's
 * chart, on a sheet with no time frame column of its own; none otherwise.
 * @example chartRead({ columns: { action: 0 }, timeline: [{ col: 1, period: 'Q1' }, { col: 2, period: 'Q2' }] }).length // 2
 * @example chartRead({ columns: { action: 0, timeframe: 3 }, timeline: [{ col: 1, period: 'Q1' }] }).length // 0
 */
export function chartRead(layout: Pick<RowLayout, 'columns' | 'timeline'>): readonly PeriodColumn[] {
  return layout.timeline === undefined || layout.columns.timeframe !== undefined ? [] : layout.timeline;
}

/**
 * A tracker's rows as the engine reads them, and the columns it reads them by: the sheet's own,
 * and, where a Gantt chart gives the time frames (RowLayout.timeline), the chart's first column as
 * the time frame column, which only the rows read here hold a time frame in. The sheet's columns
 * (the Columns view, a confirmed mapping) keep none: the chart's marks are no time frame typed.
 * @example new RowLine({ columns: { action: 0 }, extraStatus: [], headerIndex: 0, lastIndex: 1, skip: new Set(), timeline: [{ col: 1, period: 'Q1' }, { col: 2, period: 'Q2' }] }).columns // { action: 0, timeframe: 1 }
 */
export class RowLine {
  readonly columns: ColumnMap;
  /** The column the last row read took its status from, where dated updates give it (latestUpdateColumn); else -1. */
  statusFrom = -1;
  private readonly timeline: TimelineRow | null;

  constructor(private readonly layout: RowLayout) {
    const chart = chartRead(layout);
    this.timeline = chart.length === 0 ? null : new TimelineRow(chart);
    this.columns = this.timeline === null ? layout.columns : { ...layout.columns, timeframe: this.timeline.column };
  }

  /**
   * A row with its step dates as its time frame where it gives them (withStepDates), its Gantt chart's marks as its time frame (TimelineRow), any revised date read into
   * its time frame (withRevisedDate), its latest update as its status (latestUpdate), its latest
   * period rating (latestRating), its completion dates as completions (withCompletion) and its
   * further leads' names in its lead (joinedLeads).
   */
  read(row: readonly CellValue[]): readonly CellValue[] {
    const { revisedTimeframe: revised, updates, ratings, completed, leads, stepDates } = this.layout;
    const { columns } = this;
    const ended = stepDates === undefined || columns.timeframe === undefined ? row : withStepDates(row, columns.timeframe, stepDates);
    const led = leads === undefined || columns.lead === undefined ? ended : joinedLeads(ended, columns.lead, leads);
    const timed = this.timeline === null ? led : this.timeline.read(led);
    const dated = revised === undefined || columns.timeframe === undefined ? timed : withRevisedDate(timed, columns.timeframe, revised);
    const status = columns.status;
    this.statusFrom = updates === undefined || status === undefined ? -1 : latestUpdateColumn(dated, status, updates);
    const read = latestRating(this.statusFrom < 0 || status === undefined ? dated : movedStatus(dated, status, this.statusFrom), ratings);
    return completed === undefined ? read : withCompletion(read, completed);
  }
}
