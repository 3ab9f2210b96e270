import { chartRead } from '../detect/line';
import type { RowLayout } from '../detect/rows';
import type { Tracker } from '../types';

/*
 * What a tracker reads besides its role columns, for the report, `validate` and the Columns view
 * to show: the role map alone would hide columns the ratings depend on.
 */

/** The columns the analysis reads from the header labels (startColumn, raisedColumn); -1 for none. */
export interface LabelledColumns {
  start: number;
  raised: number;
}

/**
 * The columns a detection reads with a role's column (Tracker.alsoRead), in sheet order: flags and
 * narratives beside the status, period ratings, a revised date, dated updates, milestones, a
 * Gantt chart read as the time frames, and a plan's start dates or a log's meeting dates (`labelled`).
 * @example alsoRead(trackerLayout(grid, findHeader(grid, undefined)!, grid.rows.length - 1)) // [{ col: 5, as: 'status' }]
 */
export function alsoRead(detection: RowLayout, labelled: LabelledColumns = { start: -1, raised: -1 }): Tracker['alsoRead'] {
  const ratings = detection.ratings ?? [];
  const out: Tracker['alsoRead'] = detection.extraStatus.filter((col) => !ratings.includes(col)).map((col) => ({ col, as: 'status' }));
  // Every period's rating is read, the latest filled one standing for the row (latestRating).
  for (const col of ratings) if (col !== detection.columns.status) out.push({ col, as: 'rating' });
  if (detection.revisedTimeframe !== undefined) out.push({ col: detection.revisedTimeframe, as: 'revised_timeframe' });
  for (const col of detection.updates ?? []) if (col !== detection.columns.status) out.push({ col, as: 'update' });
  for (const m of detection.milestones ?? []) out.push({ col: m.col, as: 'milestone' });
  // The chart is the time frame only as the rows are read (RowLine), never in `columns`: a confirmed mapping built from those would read each X as a date.
  for (const m of chartRead(detection)) out.push({ col: m.col, as: 'timeline' });
  if (labelled.start >= 0) out.push({ col: labelled.start, as: 'start' });
  if (labelled.raised >= 0) out.push({ col: labelled.raised, as: 'raised' });
  return out.sort((a, b) => a.col - b.col);
}
