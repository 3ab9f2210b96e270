import { formatUk } from '../dates';
import { meetingName } from '../output/words';
import { meetingWords } from './included';
import type { SummaryModel } from './types';

/**
 * The summary's title and the lines under it (SPEC 6.1): the tracker's name; "As at" the
 * as-of date in UK form with its NHS quarter; the next meeting; and what the trend compares
 * against, with the actions completed since. A roll-up whose trackers were rated against their
 * own meetings, or compared against their own snapshots, says so rather than name one.
 * @example summaryHeading(model).lines[0] // 'As at 3 Nov 2022 (2022-23 Q3)'
 */
export function summaryHeading(model: SummaryModel): { title: string; lines: string[] } {
  const m = model.nextMeeting;
  const listed = model.included === null ? '' : ' (see Trackers included)';
  const meeting = model.eachOwnMeeting ? `Next meeting: each tracker is rated against its own${listed}` : m === null ? 'Next meeting: not set' : `Next meeting: ${meetingWords(m)}`;
  const since =
    model.previousAsOf === null
      ? 'Completed since the last meeting: not counted (no earlier snapshot is stored).'
      : model.eachOwnSnapshot
        ? `Completed since each tracker's own last snapshot: ${model.completedSinceLastMeeting ?? 0}${listed}`
        : `Completed since the last meeting (${formatUk(model.previousAsOf)}): ${model.completedSinceLastMeeting ?? 0}`;
  return { title: `RAG Summary: ${model.name}`, lines: [`As at ${formatUk(model.asOf)} (${model.quarter})`, meeting, since] };
}

/**
 * When the due list runs to, in words: "at" the next meeting, or with none set "by" the end of
 * the amber window, so the reader can tell what the list covers. Shared by the board paper and
 * the task pane.
 * @example dueWhen({ nextMeeting: null, dueBy: '2024-12-04' }) // 'by 4 Dec 2024 (no next meeting set)'
 * @example dueWhen({ nextMeeting: { date: '2022-12-15', name: 'ELG December 22' }, dueBy: '2022-12-15' }) // 'at ELG December 22'
 */
export function dueWhen(model: Pick<SummaryModel, 'nextMeeting' | 'dueBy'> & { eachOwnMeeting?: boolean }, withNote = true): string {
  const m = model.nextMeeting;
  if (model.eachOwnMeeting === true) return "at each tracker's own next meeting";
  if (m === null) return `by ${formatUk(model.dueBy)}${withNote ? ' (no next meeting set)' : ''}`;
  return `at ${meetingName(m)}`;
}
