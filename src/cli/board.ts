import type { WorkbookAnalysis } from '../core/analyse/workbook';
import { applyTrends, historyIssues, historyRows, mergeHistory, type HistoryRow, type TrackerTrend } from '../core/history';
import type { Settings } from '../core/settings';
import type { Issue } from '../core/types';
import { excelAddress, summaryModel, summarySheetPlan, type SummaryModel, type SummaryOptions } from '../core/summary';
import type { WorkbookSource } from '../xlsx/source';
import type { RefreshEdits } from '../xlsx/patch';

/** A workbook's analysis with trends from its RAG History, and the history it was read from. */
export interface TrendedAnalysis {
  analysis: WorkbookAnalysis;
  trends: TrackerTrend[];
  history: HistoryRow[];
}

/**
 * Reads the workbook's RAG History and sets every action's and group's trend against it
 * (SPEC 5.2). History rows someone edited past reading become warnings of the workbook, so
 * the report, `validate` and the summary's data quality all name them.
 */
export function withTrends(source: WorkbookSource, analysis: WorkbookAnalysis, settings: Settings): TrendedAnalysis {
  const { history } = source;
  const { trackers, trends } = applyTrends(analysis.trackers, history, settings.asOf);
  return { analysis: { ...analysis, trackers, issues: [...analysis.issues, ...historyIssues(history)] }, trends, history };
}

/**
 * The analysis as a command that writes nothing (summary, rollup) reports it: a protected sheet
 * is read and rated all the same, so it is a note, not an error its owner must fix; refresh and
 * validate, which check what a refresh can write, keep it an error (SPEC 9).
 */
export function readOnly(analysis: WorkbookAnalysis): WorkbookAnalysis {
  const note = (issue: Issue): Issue =>
    issue.code !== 'protected_sheet'
      ? issue
      : { ...issue, severity: 'warning', message: `Sheet "${issue.sheet}" is protected. This summary only reads it, so nothing needs doing for it; a refresh would not write its RAG columns until it is unprotected.` };
  return { ...analysis, issues: analysis.issues.map(note), trackers: analysis.trackers.map((t) => ({ ...t, issues: t.issues.map(note) })) };
}

/** One stderr line per unreadable RAG History row: a refresh prints only counts, and these would otherwise go unseen. */
export function historyWarnings(rated: TrendedAnalysis, stderr: NodeJS.WritableStream, workbook = ''): void {
  for (const issue of historyIssues(rated.history)) stderr.write(`rag-tracker: warning: ${workbook}${excelAddress(issue.sheet, issue.cell ?? 'A1')}: ${issue.message}\n`);
}

/** The summary of one workbook's trackers. */
export function workbookSummary(source: WorkbookSource, rated: TrendedAnalysis, settings: Settings, options: SummaryOptions = {}): SummaryModel {
  return summaryModel(rated.analysis.trackers, settings, rated.trends, { title: source.title, issues: rated.analysis.issues, ...options });
}

/** The history and summary a refresh writes, as data, for either writer. */
export function boardEdits(source: WorkbookSource, rated: TrendedAnalysis, settings: Settings, opts: { summary: boolean; refreshedAt: string }): Pick<RefreshEdits, 'history' | 'summary'> {
  const { trackers } = rated.analysis;
  const history = mergeHistory(rated.history, historyRows(trackers, settings.asOf, opts.refreshedAt));
  const summary = opts.summary ? { plan: summarySheetPlan(workbookSummary(source, rated, settings)), after: trackers.map((t) => t.sheet) } : null;
  return { history, summary };
}

