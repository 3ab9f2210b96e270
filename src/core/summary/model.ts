import { finish, Work, type Chunks } from '../chunks';
import { nhsQuarter } from '../dates';
import { meetingCutoff } from '../rating/step';
import type { TrackerTrend } from '../history/types';
import type { Settings } from '../settings';
import type { Tracker } from '../types';
import { groupHeaders } from './group-headers';
import { differentMeetings, includedRows, type RatedAgainst } from './included';
import { summaryKey, summaryNotes, type FiguresGiven } from './key';
import { dueRowsInChunks, exceptionRowsInChunks, refLevelsInChunks } from './lists';
import { qualityByPartner } from './partner-quality';
import { qualitySummaryInChunks } from './quality';
import { systemRows } from './system';
import { labelSources, type SourcedIssue } from './sources';
import { tableOneRows } from './table-one';
import type { SummaryModel, TableOneRow } from './types';

export interface SummaryOptions {
  /** The tracker's name for the title (a workbook title); defaults to the trackers' title rows, else their sheet names. */
  title?: string;
  /** For a roll-up: per tracker, in the same order, the label of the workbook it came from (its title, else its file name). */
  workbooks?: readonly string[];
  /** For a roll-up: per tracker, the file it came from, which its problems' cell addresses name ('[gp.xlsx]Sheet'!H21); else `workbooks`. */
  files?: readonly string[];
  /** Problems that belong to no tracker (a sheet with no header row), shown under data quality. */
  issues?: readonly SourcedIssue[];
  /**
   * For a roll-up: per tracker, in the same order, what its workbook's own settings rated it
   * against. Gives the "Trackers included" table; where the meetings differ, no one is named.
   */
  rated?: readonly RatedAgainst[];
}

/** Whether Table One's rows (totals aside) show figures given on the sheet: all, some or none of them. */
function figuresGiven(rows: readonly TableOneRow[]): FiguresGiven {
  const groups = rows.filter((r) => r.level === 'ambition' || r.level === 'objective');
  const parts = groups.length > 0 ? groups : rows;
  const given = parts.filter((r) => r.given).length;
  return given === 0 ? 'none' : given === parts.length ? 'all' : 'some';
}

function history(trends: readonly TrackerTrend[]): Pick<SummaryModel, 'previousAsOf' | 'completedSinceLastMeeting' | 'eachOwnSnapshot'> {
  const compared = trends.filter((t) => t.previousAsOf !== null);
  // Trackers compared against different snapshots, or some against none: no one date may head them all.
  const eachOwnSnapshot = compared.length > 0 && new Set(trends.map((t) => t.previousAsOf)).size > 1;
  if (compared.length === 0) return { previousAsOf: null, completedSinceLastMeeting: null, eachOwnSnapshot };
  const previousAsOf = compared.reduce((max, t) => ((t.previousAsOf ?? '') > max ? (t.previousAsOf ?? '') : max), '');
  return { previousAsOf, completedSinceLastMeeting: compared.reduce((n, t) => n + t.completedSinceLastMeeting, 0), eachOwnSnapshot };
}

/** The trackers' own titles (Tracker.title) when every one has one, else their sheet names. */
function trackersName(trackers: readonly Tracker[]): string {
  const titles = trackers.map((t) => t.title);
  if (titles.length > 0 && titles.every((t) => t !== null)) return [...new Set(titles)].join('; ');
  return trackers.map((t) => t.sheet).join(', ');
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
  return finish(summaryModelInChunks(trackers, settings, trends, options, Infinity));
}

/**
 * {@link summaryModel} pausing after every `chunkRows` actions or issues looked at, for a host that must not block.
 * @example finish(summaryModelInChunks([tracker], settings, [], {}, 1000)) // summaryModel([tracker], settings)
 */
export function* summaryModelInChunks(trackers: readonly Tracker[], settings: Settings, trends: readonly TrackerTrend[], options: SummaryOptions, chunkRows: number): Chunks<SummaryModel> {
  const work = new Work(chunkRows);
  const { sources, header } = labelSources(trackers, options.workbooks);
  const since = history(trends);
  const issues: SourcedIssue[] = [...(options.issues ?? [])];
  for (let t = 0; t < sources.length; t++) {
    const workbook = options.files?.[t] ?? options.workbooks?.[t];
    for (const issue of sources[t]?.tracker.issues ?? []) {
      issues.push(workbook === undefined ? issue : { ...issue, workbook });
      if (work.add()) yield work.end();
    }
  }
  const title = options.title?.trim();
  const tableOne = tableOneRows(sources, settings);
  // Worked out once for both lists: where refs repeat across groups, each is shown with its group.
  const levels = yield* refLevelsInChunks(sources, work);
  const exceptions = yield* exceptionRowsInChunks(sources, work, levels);
  const dueAtNextMeeting = yield* dueRowsInChunks(sources, work, levels);
  const quality = yield* qualitySummaryInChunks(issues, work);
  const eachOwnMeeting = differentMeetings((options.rated ?? []).map((r) => r.nextMeeting));
  return {
    name: title ? title : trackersName(trackers),
    asOf: settings.asOf,
    quarter: nhsQuarter(settings.asOf),
    nextMeeting: eachOwnMeeting ? null : settings.nextMeeting,
    eachOwnMeeting,
    dueBy: meetingCutoff(settings),
    groupHeaders: groupHeaders(trackers),
    sourceHeader: header,
    ...since,
    key: summaryKey(settings),
    included: options.rated === undefined ? null : includedRows(sources, options.rated, trends),
    // A given row without progress (blank, or rejected as out of range) shows — and is left out of the totals.
    notes: summaryNotes(settings, since.eachOwnSnapshot ? 'each' : since.previousAsOf, figuresGiven(tableOne), tableOne.some((r) => r.given && r.progress === null)),
    tableOne,
    exceptions,
    dueAtNextMeeting,
    quality,
    system: options.workbooks === undefined ? null : systemRows(trackers, options.workbooks, settings),
    qualityByPartner: options.workbooks === undefined ? null : qualityByPartner(issues, options.files ?? options.workbooks, options.workbooks),
  };
}
