import type { Group, IsoDate, Meeting, Rating, Severity } from '../types';
import type { GroupHeaders } from './group-headers';
import type { PartnerQuality } from './partner-quality';
import type { SystemRow } from './system';

/**
 * One rating in the key, in words (SPEC 6.2).
 * @example { rating: 'red', word: 'Red', colour: 'red', definition: 'Overdue or off track: …' }
 */
export interface KeyEntry {
  rating: Rating;
  word: string;
  /** The fill's name, so the key can say which colour goes with which word. */
  colour: string;
  definition: string;
}

/** Where a Table One row sits: an ambition, an objective's total, a tracker's total, the grand total. */
export type TableOneLevel = 'ambition' | 'objective' | 'tracker' | 'total';

/**
 * A row of Table One (SPEC 6.3).
 * @example { level: 'ambition', source: null, objective: 'Be collaborative', ambition: '6. We are leading care collaboratives…', actions: 1, … }
 */
export interface TableOneRow extends Group {
  level: TableOneLevel;
  /** The workbook or sheet the row comes from, when the summary covers several trackers. */
  source: string | null;
}

/** Where an action lives, so a reader can find it. */
export interface ActionPlace {
  source: string | null;
  sheet: string;
  /** 1-based worksheet row. */
  row: number;
}

/**
 * A Red or Amber action (SPEC 6.4).
 * @example { rating: 'red', ref: '3', deadline: '2022-11-30', latestUpdate: 'Currently running existing process…', … }
 */
export interface ExceptionRow extends ActionPlace {
  ref: string | null;
  /** The group the ref is numbered within ("Payroll (RA-2526-06)"), where the tracker's refs repeat across groups (refLevelInChunks); else null. */
  group: string | null;
  action: string;
  /** The group named with the action ("… (Dales Rural PCN)") where another row of the list has the same words (actionGroups); else null. */
  actionGroup: string | null;
  lead: string | null;
  rating: Rating;
  /** The earliest open due date (Next due). */
  deadline: IsoDate | null;
  reason: string;
  /** The last status entry written against the action. */
  latestUpdate: string | null;
}

/**
 * An action whose update is due at the next meeting (SPEC 6.5).
 * @example { ref: '2', due: '2022-12-15', steps: ['Open recruitment and share through local networks and contacts'], … }
 */
export interface DueRow extends ActionPlace {
  ref: string | null;
  /** As ExceptionRow.group. */
  group: string | null;
  action: string;
  /** As ExceptionRow.actionGroup. */
  actionGroup: string | null;
  lead: string | null;
  rating: Rating;
  due: IsoDate | null;
  /** The steps whose own focus is "update due". */
  steps: string[];
  /** The due steps' own update where each step has its own status, else the action's (dueUpdate). */
  latestUpdate: string | null;
}

/** @example { code: 'undated', severity: 'warning', count: 6 } */
export interface QualityCount {
  code: string;
  /** The worst severity among the issues of this kind. */
  severity: Severity;
  count: number;
}

/** @example { address: "'Action Plan'!E17", severity: 'warning', code: 'undated', message: '…' } */
export interface QualityItem {
  source: string | null;
  sheet: string;
  /** Where to look, as Excel writes a reference ('Action Plan'!E17); the sheet alone when no cell. */
  address: string;
  severity: Severity;
  code: string;
  message: string;
}

/**
 * A tracker of a roll-up, as "Trackers included" lists it: what it was rated against and its
 * totals, so a reader can see each team's own meeting and snapshot where they differ.
 * @example { source: 'Green Plan', asOf: '2024-11-20', nextMeeting: { date: '2024-11-27', name: 'Board November 2024' }, actions: 25, … }
 */
export interface IncludedRow extends Pick<Group, 'actions' | 'counts' | 'progress' | 'confidence' | 'given'> {
  source: string;
  asOf: IsoDate;
  nextMeeting: Meeting | null;
  /** The snapshot its trends compare against; null when it has none. */
  previousAsOf: IsoDate | null;
  /** Actions completed since that snapshot; null when it has none. */
  completedSince: number | null;
}

/**
 * Everything the RAG Summary sheet and the board exports show (SPEC 6), as plain data: the
 * sheet plan, the .docx, the CSV and the Markdown are all drawn from it.
 * @example summaryModel([tracker], settings).tableOne.at(-1)?.level // 'total'
 */
export interface SummaryModel {
  /** The tracker's name: the workbook title when given, else the sheet name(s). */
  name: string;
  asOf: IsoDate;
  /** NHS financial quarter of asOf, e.g. "2022-23 Q3". */
  quarter: string;
  /** The meeting every tracker was rated against; null when none was set, or when they differ (eachOwnMeeting). */
  nextMeeting: Meeting | null;
  /** True when the trackers were rated against different next meetings (a roll-up of workbooks with their own): `included` names each. */
  eachOwnMeeting: boolean;
  /** The last day an update counts as due: the next meeting's date, else the end of the amber window (SPEC 5.2). */
  dueBy: IsoDate;
  /** Table One's group columns headed as the trackers head them ("PCN"); null keeps "Objective" / "Ambition". */
  groupHeaders: GroupHeaders;
  /** What the Source column holds when the summary covers several trackers; null for one. */
  sourceHeader: 'Workbook' | 'Sheet' | null;
  /** The as-of date trends compare against (the most recent, if trackers differ); null when none. */
  previousAsOf: IsoDate | null;
  /** Null when no tracker had an earlier snapshot to compare against. */
  completedSinceLastMeeting: number | null;
  /** True when the trackers' trends compare against different snapshots (or some have none): `previousAsOf` is then only the latest. */
  eachOwnSnapshot: boolean;
  /** A roll-up's trackers with what each was rated against (SummaryOptions.rated); null for one workbook's summary. */
  included: IncludedRow[] | null;
  key: KeyEntry[];
  /** How progress, confidence and trend are worked out, in words. */
  notes: string[];
  tableOne: TableOneRow[];
  exceptions: ExceptionRow[];
  dueAtNextMeeting: DueRow[];
  quality: { errors: number; warnings: number; counts: QualityCount[]; top: QualityItem[] };
  /** A roll-up's objectives matched across partners (systemRows); absent or null for one workbook. */
  system?: SystemRow[] | null;
  /** A roll-up's data-quality problems counted per partner; absent or null for one workbook. */
  qualityByPartner?: PartnerQuality[] | null;
}
