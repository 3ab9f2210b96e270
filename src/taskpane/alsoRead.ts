import { levelCloses, namesComplianceLevel } from '../core/analyse/flagColumns';
import { columnIndex } from '../core/cells';
import type { AlsoReadAs, Role } from '../core/types';

/*
 * What the Columns view says of a column with no role of its own that is still read
 * (RefreshOutcome.alsoRead), and which roles it offers such a column.
 */

/**
 * Why a column is still read. Each starts "Still read" because the list above it says "Not used",
 * which alone would tell a user the column is ignored. Quarterly columns ("Q2 RAG", "Q3
 * commentary") are named by a period, not dated, so the hints speak of the period in the header.
 * A Gantt chart's hint names the chart's span, so it is made with it (chartHint).
 */
const ALSO_READ: Readonly<Record<Exclude<AlsoReadAs, 'timeline'>, string>> = {
  status: 'Still read, beside the status column: a closure or a lead’s rating here counts.',
  revised_timeframe: 'Still read, as revised dates: where one is filled in, it is the deadline instead of the time frame.',
  update: 'Still read, as the update for the period or date in its header: on each row the latest one filled in is the status.',
  milestone: 'Still read, as milestones for the period in its header: each is a step due by the end of that period.',
  rating: 'Still read, as the lead’s rating for the period in its header: on each row the latest one filled in is the lead’s rating now.',
  // Says where the late start is pointed out, since it changes no rating: "after it is pointed out" left the user guessing by whom and where.
  start: 'Still read, as each action’s planned start: an action still reported not started once that date has passed is listed in Data quality. The rating follows the time frame.',
  raised: 'Still read, as the date of the meeting each action was raised at: a time frame of “Next meeting” means the meeting after it.',
};

/**
 * A Gantt chart's column: the sheet shows no time frame column, as the chart is read as one, so
 * the hint says what dates the actions, and why the chart is not offered as the time frame.
 */
function chartHint(from: string, to: string): string {
  const span = from === to ? from : `${from} to ${to}`;
  return `Still read, as part of the Gantt chart in ${span}: the months or quarters marked on each row are that action’s time frame, due at the end of the last. Its marks are not dates, so it cannot be the time frame column; to date the actions another way, add a column of due dates and choose that.`;
}

/** A compliance level's hints: the standard's assessed position is not a rating of the work, and never makes it worse. */
const LEVEL_CLOSES = 'Still read, as the standard’s compliance level: “Fully compliant” here closes the action; a lower level is why the action exists, so it never rates it worse.';
const LEVEL_IN_PERIOD = 'Still read, as the standard’s compliance level for the period in its header: it is why the action exists, so it never rates or closes the action.';

/**
 * Why the column at `letter` is still read, given the sheet's columns read so (by letter), or
 * undefined for a column not read beside a role. Its `header`, when given, tells a compliance
 * level from a lead's status or rating.
 * @example alsoReadHint('E', { D: 'timeline', E: 'timeline', F: 'timeline' }) // 'Still read, as part of the Gantt chart in D to F: …'
 */
export function alsoReadHint(letter: string, alsoRead: Readonly<Record<string, AlsoReadAs>>, header?: string): string | undefined {
  const as = alsoRead[letter];
  if (as === undefined) return undefined;
  if ((as === 'status' || as === 'rating') && header !== undefined && namesComplianceLevel(header)) return levelCloses(header) ? LEVEL_CLOSES : LEVEL_IN_PERIOD;
  if (as !== 'timeline') return ALSO_READ[as];
  const chart = Object.keys(alsoRead)
    .filter((l) => alsoRead[l] === 'timeline')
    .sort((a, b) => (columnIndex(a) ?? 0) - (columnIndex(b) ?? 0));
  return chartHint(chart[0] ?? letter, chart[chart.length - 1] ?? letter);
}

/**
 * The roles the column at `letter` may be given (with `none` first). A Gantt chart's column is not
 * offered as the time frame: a confirmed mapping would then read its X as a typed time frame,
 * not a date, and the chart as a whole would no longer date the actions.
 * @example rolesFor('D', { D: 'timeline' }, ['none', 'action', 'timeframe']) // ['none', 'action']
 */
export function rolesFor(letter: string, alsoRead: Readonly<Record<string, AlsoReadAs>>, roles: readonly string[]): readonly string[] {
  const timeframe: Role = 'timeframe';
  return alsoRead[letter] === 'timeline' ? roles.filter((r) => r !== timeframe) : roles;
}
