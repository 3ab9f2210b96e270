import { columnLetter } from './cells';
import type { WorkbookAnalysis } from './analyse/workbook';
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
    progress: g.progress,
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

function reportTracker(t: Tracker): ReportTracker {
  const columns: Partial<Record<Role, string>> = {};
  for (const [role, col] of Object.entries(t.columns) as [Role, number][]) columns[role] = columnLetter(col);
  return {
    sheet: t.sheet,
    headerRow: t.headerRow,
    columns,
    actions: t.actions.map(reportAction),
    groups: t.groups.map(reportGroup),
    issues: t.issues.map(reportIssue),
  };
}

/**
 * The JSON report for a refresh: what the command line prints with --json and what the
 * add-in's headless runner prints, so the two paths can be compared field by field.
 * @example buildReport(analyseWorkbook(grids, settings), settings).version // 1
 */
export function buildReport(analysis: WorkbookAnalysis, settings: Settings): Report {
  return {
    version: 1,
    asOf: settings.asOf,
    nextMeeting: settings.nextMeeting?.date ?? null,
    trackers: analysis.trackers.map(reportTracker),
    issues: analysis.issues.map(reportIssue),
  };
}
