/**
 * The engine's vocabulary of types. Everything here is plain data so the same values
 * travel between the Office.js adapter, the command line and the JSON report.
 */

/** A calendar day as `YYYY-MM-DD`. Strings compare in date order, which keeps rules simple. */
export type IsoDate = string;

export type TimeframeKind =
  | 'date'
  | 'month'
  | 'range'
  | 'quarter'
  | 'financial_year'
  | 'month_number'
  | 'meeting'
  | 'ongoing'
  | 'tbc'
  | 'unparseable'
  | 'missing';

/** A parsed time frame; `end` is the deadline used for rating. */
export interface Timeframe {
  kind: TimeframeKind;
  start: IsoDate | null;
  end: IsoDate | null;
  /** True when the text revises an earlier date ("revised", "moved to", "deferred to"). */
  redated: boolean;
}

export interface Meeting {
  date: IsoDate;
  name: string;
}

/** What a time-frame phrase is read against besides the as-of date. */
export interface Calendar {
  meetings: readonly Meeting[];
  nextMeeting: Meeting | null;
  quarterConvention: 'financial' | 'calendar';
}

export type StatusClass = 'complete' | 'on_track' | 'at_risk' | 'off_track' | 'not_started' | 'unknown';

export type Rating = 'complete' | 'green' | 'amber' | 'red' | 'not_rated';

export type Focus = 'complete' | 'update_due' | 'next_step';

export type Trend = 'up' | 'down' | 'same' | 'new';

export type Role =
  | 'ref'
  | 'action'
  | 'lead'
  | 'next_steps'
  | 'timeframe'
  | 'status'
  | 'objective'
  | 'ambition'
  | 'progress'
  | 'confidence'
  | 'strategy'
  | 'rag_override';

/** The columns the product writes; recognised by header and never read as input. */
export type OutputColumn = 'RAG' | 'RAG reason' | 'Meeting focus' | 'Next due' | 'Trend';

/**
 * One cell as the engine sees it. Adapters turn Excel's values into this shape so both
 * paths feed the engine identical input.
 */
export type CellValue =
  | null
  | string
  | number
  | boolean
  | { kind: 'date'; iso: IsoDate }
  | { kind: 'error'; code: string };

export interface CellRange {
  /** 0-based, inclusive. */
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface TableRegion {
  name: string;
  range: CellRange;
  hasHeaderRow: boolean;
  hasTotalsRow: boolean;
}

/** A worksheet's used range, 0-based from A1. */
export interface SheetGrid {
  name: string;
  rows: readonly (readonly CellValue[])[];
  merges: readonly CellRange[];
  tables: readonly TableRegion[];
  hidden: boolean;
  protected: boolean;
  /**
   * Whether rows of the used range are hidden, by Hide or by a filter, as Excel's
   * Range.rowHidden gives it for that range: true all, false none, null some (never which:
   * that is all the add-in learns without another round trip). Absent when the host did not say.
   */
  rowsHidden?: boolean | null;
}

export type Severity = 'error' | 'warning';

export interface Issue {
  sheet: string;
  /** A1-style address, or null when the problem is the sheet as a whole. */
  cell: string | null;
  severity: Severity;
  code: string;
  message: string;
}

export interface StepStatus {
  status: StatusClass;
  /** A completion date given in the status, as in "Done (End of Nov)". */
  completedText: string | null;
  redated: boolean;
  /**
   * True when the on-track status is a go-ahead given ("Pilot agreed at Maternity Board", "Go-ahead
   * given"): under way for the work approved, but done for a step that asks for that decision.
   */
  goAhead: boolean;
}

export interface Step {
  text: string;
  timeframeText: string | null;
  timeframe: Timeframe;
  statusText: string | null;
  status: StatusClass;
  rating: Rating;
  focus: Focus;
  reason: string;
}

export interface Action {
  /** 1-based worksheet row of the action's first line. */
  row: number;
  /** 1-based rows that belong to the action (continuation rows included). */
  rows: number[];
  ref: string | null;
  action: string;
  lead: string | null;
  objective: string | null;
  ambition: string | null;
  strategy: string | null;
  status: StatusClass;
  rating: Rating;
  focus: Focus;
  reason: string;
  nextDue: IsoDate | null;
  trend: Trend | null;
  /** 0..1 from the sheet's own confidence column, when given. */
  confidence: number | null;
  /** 0..1 from the sheet's own progress column, when given (Table One sheets). */
  progress: number | null;
  /**
   * The latest update written as a sentence in a column read beside the status column
   * ("Comments", "Progress update"), or null: what a board paper quotes when the status column
   * holds only words such as "On track".
   */
  update: string | null;
  steps: Step[];
}

export type RatingCounts = Record<Rating, number>;

export interface Group {
  objective: string | null;
  ambition: string | null;
  actions: number;
  counts: RatingCounts;
  /** 0..1; null when nothing is rated. */
  progress: number | null;
  confidence: number | null;
  overall: Rating;
  trend: Trend | null;
  strategy: string | null;
  /** True when progress and confidence were carried through from the sheet. */
  given: boolean;
}

export type ColumnMap = Partial<Record<Role, number>>;

/**
 * How a column the role map does not show is read (Tracker.alsoRead). 'timeline': a column of a
 * Gantt chart whose marks give each action its time frame, on a sheet with no time frame column.
 * 'start': a plan's start dates, read to point out work not started after them (never a
 * deadline). 'raised': the date of the meeting each action was raised at, from which its "Next
 * meeting" is counted.
 */
export type AlsoReadAs = 'status' | 'revised_timeframe' | 'update' | 'milestone' | 'rating' | 'timeline' | 'start' | 'raised';

export interface Tracker {
  sheet: string;
  /** 1-based. */
  headerRow: number;
  /** 0-based column index per role. */
  columns: ColumnMap;
  /** 0-based column index per output column, existing or to be created. */
  outputColumns: Record<OutputColumn, number>;
  /** 1-based last row of the tracker region. */
  lastRow: number;
  /**
   * 1-based rows under the header that repeat it (furniture.ts): the header of a further table on the
   * sheet ("Digital actions" and the header again) or of a further page; never an archive's, which ends
   * the tracker. The refresh labels the product's columns on them as on the header; not in the JSON report.
   */
  repeatedHeaders: readonly number[];
  /** True when the sheet gives progress/confidence per ambition (a board Table One). */
  ambitionLevel: boolean;
  /**
   * Columns read with a role's column, which `columns` does not show: flags and further
   * narratives read beside the status, a revised date column, dated updates, a Gantt chart's
   * columns read as the time frames. 0-based.
   */
  alsoRead: { col: number; as: AlsoReadAs }[];
  /** Each column's header as read, 0-based: under a two-row header, its label with the group's ("End Timescale"). */
  headers: readonly string[];
  /** The title row above the header, if any (sheetTitle): what the summary is named by. */
  title: string | null;
  actions: Action[];
  groups: Group[];
  issues: Issue[];
}
