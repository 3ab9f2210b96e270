import type { ColumnMap, OutputColumn, Role } from '../types';
import { TRACKING_ROLES } from '../vocabulary/columns';
import type { PeriodColumn } from './milestones';

/** How a header row's cells were read. */
export interface HeaderReading {
  columns: ColumnMap;
  /** Further status-like columns (Open/Closed, Complete?, a lead's RAG): all are read. */
  extraStatus: number[];
  /** The product's own columns already present. */
  outputs: Partial<Record<OutputColumn, number>>;
  /** Columns that lost a role to a better match: [role, winner, loser]. */
  duplicates: [Role, number, number][];
  /** Distinct roles matched, for choosing the header row. */
  roleCount: number;
  /** A column dating each step ("Milestone date") beside a time frame column giving the action's end ("Go-live date"): read into the time frame where filled (see stepDatesBesideEnd). */
  stepDates?: number;
  /** A "Revised target date" column read with the time frame column (see pairRevisedTimeframe). */
  revisedTimeframe?: number;
  /** Dated update columns ("Q1 update", "Q2 update"), the latest filled one a row's status (see datedUpdates). */
  updates?: readonly number[];
  /** Period rating columns ("Q1 RAG", "Q2 RAG"), the latest filled one the lead's rating (see withRatings). */
  ratings?: readonly number[];
  /** Period milestone columns ("Q1 milestone", "Q2 milestone"), each filled cell a step due in its period (see periodMilestones). */
  milestones?: readonly PeriodColumn[];
  /** Columns recording when an action was finished, whose dates are read as completions (see completionColumns). */
  completed?: readonly number[];
  /** Further lead columns that say which lead each is ("Operational lead" beside "Exec lead"), read into the lead (see withLeads). */
  leads?: readonly number[];
  /** Where a second tracker's header starts beside this one on the row, left unread (besideStart). */
  beside?: number;
  /** Columns headed by a period alone ("Apr", "Q1 2025/26"), not yet told milestones from a timeline by what they hold (see periodContent). */
  periods?: readonly PeriodColumn[];
  /** Period columns of marks or shading, a Gantt chart beside the actions (see periodContent). */
  timeline?: readonly PeriodColumn[];
  /** True when the timeline's cells hold marks ("X", a tick), which give each action its months (timelineRead); shading by hand gives none to read. */
  marked?: boolean;
}


/**
 * True when a reading names something to rate its actions by: a tracking role (TRACKING_ROLES), a
 * flag or dated update beside them, or period columns.
 * @example tracksActions({ columns: { action: 0, objective: 1 }, extraStatus: [], outputs: {}, duplicates: [], roleCount: 2 }) // false
 */
export function tracksActions(r: HeaderReading): boolean {
  return (
    TRACKING_ROLES.some((role) => r.columns[role] !== undefined) ||
    [r.extraStatus, r.updates, r.ratings, r.milestones, r.periods, r.timeline, r.completed].some((cols) => cols !== undefined && cols.length > 0)
  );
}
