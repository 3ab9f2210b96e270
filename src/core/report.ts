import { finish, mapInChunks, Work, type Chunks } from './chunks';
import { columnLetter } from './cells';
import type { WorkbookAnalysis } from './analyse/workbook';
import type { TrackerTrend } from './history/types';
import type { Settings } from './settings';
import type { Action, Group, IsoDate, Issue, Role, Step, Timeframe, Tracker } from './types';

/** The JSON report, version 1 (SPEC 8.1); schemas/report-v1.schema.json describes it. */
export interface Report {
  version: 1;
  asOf: IsoDate;
  nextMeeting: IsoDate | null;
  trackers: ReportTracker[];
  issues: ReportIssue[];
}

export interface ReportIssue {
  sheet: string;
  cell: string;
  severity: Issue['severity'];
  code: string;
  message: string;
}

export interface ReportTracker {
  sheet: string;
  headerRow: number;
  columns: Partial<Record<Role, string>>;
  actions: ReturnType<typeof reportAction>[];
  groups: ReturnType<typeof reportGroup>[];
  issues: ReportIssue[];
  /** The as-of date of the RAG History snapshot trends compare against, null when none (added by reportWithTrends). */
  previousAsOf?: IsoDate | null;
  /** Actions Complete now that were open in that snapshot (added by reportWithTrends). */
  completedSinceLastMeeting?: number | null;
}

function timeframe(t: Timeframe): { kind: string; start: IsoDate | null; end: IsoDate | null } {
  return { kind: t.kind, start: t.start, end: t.end };
}

function reportStep(s: Step) {
  return { text: s.text, timeframe: timeframe(s.timeframe), status: s.status, rating: s.rating, focus: s.focus, reason: s.reason };
}

function reportAction(a: Action) {
  return {
    row: a.row,
    ref: a.ref,
    action: a.action,
    lead: a.lead,
    objective: a.objective,
    ambition: a.ambition,
    status: a.status,
    rating: a.rating,
    focus: a.focus,
    reason: a.reason,
    nextDue: a.nextDue,
    trend: a.trend,
    steps: a.steps.map(reportStep),
  };
}

function reportGroup(g: Group) {
  return {
    objective: g.objective,
    ambition: g.ambition,
    actions: g.actions,
    counts: { ...g.counts },
    // SPEC 8.1 gives progress as a number: with no action rated, none of them is complete or green.
    progress: g.progress ?? 0,
    confidence: g.confidence,
    overall: g.overall,
    trend: g.trend,
    strategy: g.strategy,
    given: g.given,
  };
}

function reportIssue(i: Issue): ReportIssue {
  return { sheet: i.sheet, cell: i.cell ?? 'A1', severity: i.severity, code: i.code, message: i.message };
}

function* reportTracker(t: Tracker, work: Work): Chunks<ReportTracker> {
  const columns: Partial<Record<Role, string>> = {};
  for (const [role, col] of Object.entries(t.columns) as [Role, number][]) columns[role] = columnLetter(col);
  return {
    sheet: t.sheet,
    headerRow: t.headerRow,
    columns,
    actions: yield* mapInChunks(t.actions, reportAction, work),
    groups: yield* mapInChunks(t.groups, reportGroup, work),
    issues: yield* mapInChunks(t.issues, reportIssue, work),
  };
}

/**
 * The JSON report for a refresh: what the command line prints with --json and what the
 * add-in's headless runner prints, so the two paths can be compared field by field.
 * @example buildReport(analyseWorkbook(grids, settings), settings).version // 1
 */
export function buildReport(analysis: WorkbookAnalysis, settings: Settings): Report {
  return finish(buildReportInChunks(analysis, settings, Infinity));
}

/**
 * {@link buildReport} pausing after every `chunkRows` actions, groups or issues, for a host that must not block.
 * @example finish(buildReportInChunks(analysis, settings, 1000)) // buildReport(analysis, settings)
 */
export function* buildReportInChunks(analysis: WorkbookAnalysis, settings: Settings, chunkRows: number): Chunks<Report> {
  const work = new Work(chunkRows);
  const trackers: ReportTracker[] = [];
  for (const t of analysis.trackers) trackers.push(yield* reportTracker(t, work));
  return {
    version: 1,
    asOf: settings.asOf,
    nextMeeting: settings.nextMeeting?.date ?? null,
    trackers,
    issues: yield* mapInChunks(analysis.issues, reportIssue, work),
  };
}

/**
 * The JSON report with what history said per tracker (optional fields of report v1), as both
 * adapters add it once the trends are applied.
 * @example reportWithTrends(report, trends).trackers[0]?.previousAsOf // '2022-11-03'
 */
export function reportWithTrends(report: Report, trends: readonly TrackerTrend[]): Report {
  return {
    ...report,
    trackers: report.trackers.map((t, i) => {
      const trend = trends[i];
      return trend ? { ...t, previousAsOf: trend.previousAsOf, completedSinceLastMeeting: trend.completedSinceLastMeeting } : t;
    }),
  };
}
