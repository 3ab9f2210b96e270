import type { CellValue, ColumnMap, Role } from '../types';
import type { PeriodColumn } from './milestones';

/*
 * What the row reader (ActionReader) is given and hands out.
 */

/** One cell's contribution to an action: its value and 1-based row, for addresses in warnings. */
export interface SourceCell {
  value: CellValue;
  row: number;
}

/** An action as found on the sheet, before any parsing: the cells of each role, in row order. */
export interface RawAction {
  rows: number[];
  cells: Partial<Record<Role, SourceCell[]>>;
  extraStatus: SourceCell[][];
  /** Carried down from a group-heading row above, when no objective column is mapped. */
  heading: string | null;
  /** A heading numbered under that one ("1.1 Triage" under "1 Safe"), carried down as the ambition when no column gives one. */
  subHeading?: string | null;
  /**
   * The column its status was read from, set only where that is not the status column: a later
   * dated update ("Q3 update") copied into the first's place (latestUpdate). Warnings name it.
   */
  statusFrom?: number;
}

export interface RowLayout {
  columns: ColumnMap;
  extraStatus: readonly number[];
  /** 0-based index of the header row. */
  headerIndex: number;
  /** 0-based index of the last row of the tracker (inclusive). */
  lastIndex: number;
  /** 0-based row indexes to leave out (an Excel table's totals row). */
  skip: ReadonlySet<number>;
  /** A column dating each step beside the action's end date: where filled, the row's time frames (withStepDates). */
  stepDates?: number;
  /** A "Revised target date" column whose dates, where filled, revise the time frame's. */
  revisedTimeframe?: number;
  /** Dated update columns, in sheet order: a row's latest filled one is its status (latestUpdate). */
  updates?: readonly number[];
  /** Period rating columns, in sheet order: a row's latest filled one is read in the first's place (latestRating). */
  ratings?: readonly number[];
  /** Columns recording when an action was finished: a date in one is read as "Completed" (withCompletion). */
  completed?: readonly number[];
  /** Period milestone columns: each filled cell a step due in its column's period (see periodMilestones). */
  milestones?: readonly PeriodColumn[];
  /** A Gantt chart's columns, dated as milestones are: on a sheet with no time frame column, each row's marks are its time frame (TimelineRow). */
  timeline?: readonly PeriodColumn[];
  /**
   * Rows (0-based) holding a merge that starts left of the tracker's first column and runs across it (its
   * left column the value): a heading written across the table from a column with a header of its own (acrossHeadings).
   */
  across?: ReadonlyMap<number, number>;
  /** Further lead columns, each name joined into the lead's (joinedLeads). */
  leads?: readonly number[];
  /** Groups of status columns, one column per part of the organisation ("Medicine update | Surgery update"), read together (peerColumns, extraStatus). */
  peers?: readonly (readonly number[])[];
  /** Columns rating or giving the evidence an action was done ("Assurance RAG"): not its status, but checked against a Complete rating (assuranceColumns). */
  assurance?: readonly number[];
}
