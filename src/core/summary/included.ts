import { formatUk } from '../dates';
import type { TrackerTrend } from '../history/types';
import type { IsoDate, Meeting, RatingCounts } from '../types';
import type { Source } from './sources';
import { countCells, date, percent, text } from './table-cells';
import type { SummaryTable } from './tables';
import type { IncludedRow, SummaryModel } from './types';

/** What one tracker of a roll-up was rated against: its workbook's as-of date and next meeting. */
export interface RatedAgainst {
  asOf: IsoDate;
  nextMeeting: Meeting | null;
}

const NONE: RatingCounts = { complete: 0, green: 0, amber: 0, red: 0, not_rated: 0 };

/**
 * True when the meetings are not all one: a roll-up of workbooks each rated against its own
 * saved next meeting, which no single "Next meeting" line may name.
 * @example differentMeetings([{ date: '2024-11-27', name: '' }, { date: '2024-12-19', name: '' }]) // true
 */
export function differentMeetings(meetings: readonly (Meeting | null)[]): boolean {
  return meetings.some((m) => (m?.date ?? null) !== (meetings[0]?.date ?? null));
}

/**
 * "Trackers included": per tracker of a roll-up, what it was rated against (`rated`, in the
 * sources' order) and its own totals, with the completions since its own last snapshot
 * (`trends`, as applyTrends gave them, in the same order).
 * @example includedRows(sources, [{ asOf: '2024-11-20', nextMeeting: null }], [])[0]?.asOf // '2024-11-20'
 */
export function includedRows(sources: readonly Source[], rated: readonly RatedAgainst[], trends: readonly TrackerTrend[]): IncludedRow[] {
  return sources.map(({ tracker, label }, i) => {
    const overall = tracker.groups.at(-1);
    const trend = trends[i]?.sheet === tracker.sheet ? trends[i] : undefined;
    const previousAsOf = trend?.previousAsOf ?? null;
    return {
      source: label ?? tracker.sheet,
      asOf: rated[i]?.asOf ?? '',
      nextMeeting: rated[i]?.nextMeeting ?? null,
      actions: overall?.actions ?? tracker.actions.length,
      counts: { ...(overall?.counts ?? NONE) },
      progress: overall?.progress ?? null,
      confidence: overall?.confidence ?? null,
      given: overall?.given ?? false,
      previousAsOf,
      completedSince: previousAsOf === null ? null : (trend?.completedSinceLastMeeting ?? 0),
    };
  });
}

/**
 * A meeting in words, as the heading names it: "Board November 2024, 27 Nov 2024".
 * @example meetingWords({ date: '2022-12-15', name: 'ELG December 22' }) // 'ELG December 22, 15 Dec 2022'
 */
export function meetingWords(m: Meeting): string {
  return `${m.name.trim() ? `${m.name.trim()}, ` : ''}${formatUk(m.date)}`;
}

/**
 * The "Trackers included" table of a roll-up, first under the heading: its rows empty (and the
 * table left out) for one workbook's summary.
 * @example includedTable(model).headers[1] // 'As at'
 */
export function includedTable(model: SummaryModel): SummaryTable {
  const rows = (model.included ?? []).map((r) => ({
    total: false,
    cells: [
      text(r.source),
      date(r.asOf, ''),
      text(r.nextMeeting === null ? 'Not set' : meetingWords(r.nextMeeting)),
      ...countCells(r),
      percent(r.progress),
      percent(r.confidence),
      text(r.previousAsOf === null ? 'No earlier snapshot' : `${r.completedSince ?? 0} since ${formatUk(r.previousAsOf)}`),
    ],
  }));
  const headers = [model.sourceHeader ?? 'Tracker', 'As at', 'Next meeting', 'Actions', 'Complete', 'Green', 'Amber', 'Red', 'Not rated', 'Progress %', 'Confidence %', 'Completed since last refresh'];
  return { heading: 'Trackers included', headers, rows, empty: '' };
}
