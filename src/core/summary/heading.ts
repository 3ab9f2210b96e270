import { formatUk } from '../dates';
import type { SummaryModel } from './types';

/**
 * The summary's title and the lines under it (SPEC 6.1): the tracker's name; "As at" the
 * as-of date in UK form with its NHS quarter; the next meeting; and what the trend compares
 * against, with the actions completed since.
 * @example summaryHeading(model).lines[0] // 'As at 3 Nov 2022 (2022-23 Q3)'
 */
export function summaryHeading(model: SummaryModel): { title: string; lines: string[] } {
  const m = model.nextMeeting;
  const meeting = m === null ? 'Next meeting: not set' : `Next meeting: ${m.name.trim() ? `${m.name.trim()}, ` : ''}${formatUk(m.date)}`;
  const since =
    model.previousAsOf === null
      ? 'Completed since the last meeting: not counted (no earlier snapshot is stored).'
      : `Completed since the last meeting (${formatUk(model.previousAsOf)}): ${model.completedSinceLastMeeting ?? 0}`;
  return { title: `RAG Summary: ${model.name}`, lines: [`As at ${formatUk(model.asOf)} (${model.quarter})`, meeting, since] };
}
