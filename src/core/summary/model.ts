import { nhsQuarter } from '../dates';
import type { TrackerTrend } from '../history/types';
import type { Settings } from '../settings';
import type { Tracker } from '../types';
import { summaryKey, summaryNotes } from './key';
import { dueRows, exceptionRows } from './lists';
import { qualitySummary } from './quality';
import { labelSources, type SourcedIssue } from './sources';
import { tableOneRows } from './table-one';
import type { SummaryModel } from './types';

export interface SummaryOptions {
  /** The tracker's name for the title (a workbook title); defaults to the sheet names. */
  title?: string;
  /** For a roll-up: per tracker, in the same order, the workbook it came from (its file name). */
  workbooks?: readonly string[];
  /** Problems that belong to no tracker (a sheet with no header row), shown under data quality. */
  issues?: readonly SourcedIssue[];
}

function history(trends: readonly TrackerTrend[]): Pick<SummaryModel, 'previousAsOf' | 'completedSinceLastMeeting'> {
  const compared = trends.filter((t) => t.previousAsOf !== null);
  if (compared.length === 0) return { previousAsOf: null, completedSinceLastMeeting: null };
  const previousAsOf = compared.reduce((max, t) => ((t.previousAsOf ?? '') > max ? (t.previousAsOf ?? '') : max), '');
  return { previousAsOf, completedSinceLastMeeting: compared.reduce((n, t) => n + t.completedSinceLastMeeting, 0) };
}

/**
 * The RAG Summary's content (SPEC 6) from rated trackers: title and dates, the key, Table One,
 * exceptions, what is due at the next meeting and data quality. `trends` is what applyTrends
 * returned (empty when no history was read). Pure: the same trackers give the same model in
 * the add-in and on the command line. With trackers compared against different dates, the
 * most recent earlier date is named and completions are summed.
 * @example summaryModel([tracker], defaultSettings('2022-11-03')).quarter // '2022-23 Q3'
 */
export function summaryModel(trackers: readonly Tracker[], settings: Settings, trends: readonly TrackerTrend[] = [], options: SummaryOptions = {}): SummaryModel {
  const { sources, header } = labelSources(trackers, options.workbooks);
  const since = history(trends);
  const issues: SourcedIssue[] = [...(options.issues ?? [])];
  sources.forEach((s, i) => {
    const workbook = options.workbooks?.[i];
    issues.push(...s.tracker.issues.map((issue) => (workbook === undefined ? issue : { ...issue, workbook })));
  });
  const title = options.title?.trim();
  return {
    name: title ? title : trackers.map((t) => t.sheet).join(', '),
    asOf: settings.asOf,
    quarter: nhsQuarter(settings.asOf),
    nextMeeting: settings.nextMeeting,
    sourceHeader: header,
    ...since,
    key: summaryKey(settings),
    notes: summaryNotes(settings, since.previousAsOf),
    tableOne: tableOneRows(sources, settings),
    exceptions: exceptionRows(sources),
    dueAtNextMeeting: dueRows(sources),
    quality: qualitySummary(issues),
  };
}
