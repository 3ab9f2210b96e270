import { a1 } from '../cells';
import type { SheetAction } from '../detect/rows';
import { ratingLabel } from '../rating';
import type { Rating, StatusClass, StepStatus } from '../types';
import type { ExtraStatus } from './extraStatus';
import { quote, type IssueSink } from './issues';
import type { ReadEntries } from './roles';

/*
 * SPEC 2.2 rates an action on its update where the lead's own colour says better ("G" beside "Not
 * on track") or on a completion the update reports ("R" beside "Completed"), and on the lead's
 * colour where it says worse than the update ("R" beside "On track"). Either way a committee
 * reading the two columns sees two stories, so a colour two steps or more from the update is
 * pointed out at its cell, with which of them the rating follows.
 */

/** How bad a colour or a status is, Complete to Red; a status that says nothing of progress has none (shared with overrideConflict). */
export const COLOUR_STEP: Readonly<Record<Rating, number>> = { complete: 0, green: 1, amber: 2, red: 3, not_rated: -1 };
const STATUS_STEP: Readonly<Record<StatusClass, number>> = { complete: 0, on_track: 1, at_risk: 2, off_track: 3, not_started: -1, unknown: -1 };
/** A status class as a warning names it ("reads as on track"): shared with commentaryWorse. */
export const STATUS_WORDS: Readonly<Record<StatusClass, string>> = { complete: 'complete', on_track: 'on track', at_risk: 'at risk', off_track: 'off track', not_started: 'not started', unknown: 'unknown' };

/**
 * True when a lead's colour and the status an action is rated on are more than one step of
 * severity apart, either way: Green beside off track, Red beside complete or on track, not
 * Amber beside on track.
 * @example ratingsApart('green', 'off_track') // true
 * @example ratingsApart('amber', 'on_track') // false
 */
export function ratingsApart(colour: Rating, status: StatusClass): boolean {
  const [a, b] = [COLOUR_STEP[colour], STATUS_STEP[status]];
  return a >= 0 && b >= 0 && Math.abs(a - b) > 1;
}

/**
 * What an action's update says, to set beside the lead's colour, which speaks for the whole
 * action: one update, or one for several steps, read whole; an update per step says complete only
 * when every step's does, else the worst any step's says ("Procurement complete" over "Interviews
 * 10/12" beside the lead's "A" is no completion the colour contradicts).
 * @example updateSays(new ReadEntries(['Complete', 'Interviews 10/12'], readStatus, joinStatuses), 2) // 'unknown'
 */
export function updateSays(statuses: ReadEntries<StepStatus>, count: number): StatusClass {
  const { readings } = statuses;
  if (count < 2 || readings.length < 2) return statuses.whole()?.reading.status ?? 'unknown';
  let said: StatusClass = 'complete';
  for (const { status } of readings) {
    if (status === 'complete') continue;
    if (said === 'complete' || STATUS_STEP[status] > STATUS_STEP[said]) said = status;
  }
  return said;
}

/**
 * What the warning says the rating follows, and why: the update or the lead's colour, where the
 * rating is that colour; where the dates make the status rated worse (an action held open past its
 * deadline is Red), that they do, not "follows the lead's RAG (Red)" beside an Amber.
 * @example outcome('at_risk', 'red', "the lead's RAG") // "the action is read as at risk, as the lead's RAG says, and its dates make it Red"
 */
function outcome(status: StatusClass, rating: Rating, follows: string): string {
  if (COLOUR_STEP[rating] > STATUS_STEP[status] && STATUS_STEP[status] >= 0) return `the action is read as ${STATUS_WORDS[status]}, as ${follows} says, and its dates make it ${ratingLabel(rating)}`;
  return `the rating follows ${follows} (${ratingLabel(rating)})`;
}

/**
 * Warns, at the lead's colour in an explicit status column (ExtraStatus.rated), when it is more
 * than a step (ratingsApart) from what the update says: from `status`, the status the action is
 * rated on, which then follows the update; or, where the lead's worse colour overruled the update
 * (SPEC 2.2), from `said`, the update's own reading, and the rating (`rating`) follows the lead.
 * A lead's Green the dates make Red (past its deadline, SPEC 5.1 rule 4) is the same gap for the
 * committee, where no update speaks against the colour (a completion held open is status_conflict's).
 * An override sets the rating by hand, following neither.
 * @example // ratingConflict(sink, raw, extra, 'off_track', 'off_track', 'red', null): "The lead's RAG "G" says Green, but …"
 */
export function ratingConflict(sink: IssueSink, raw: SheetAction, extra: ExtraStatus, said: StatusClass, status: StatusClass, rating: Rating, override: Rating | null): void {
  const { rated, ratedAt } = extra;
  if (rated === undefined || ratedAt === undefined || override !== null) return;
  const byUpdate = ratingsApart(rated, status);
  const bySaid = ratingsApart(rated, said);
  const byDates = !byUpdate && !bySaid && said !== 'complete' && COLOUR_STEP[rated] > 0 && COLOUR_STEP[rating] - COLOUR_STEP[rated] > 1;
  if (!byUpdate && !bySaid && !byDates) return;
  const cells = raw.cellsAt(ratedAt);
  const cell = cells?.[cells.length - 1];
  const row = cell?.row ?? raw.rows[0] ?? 0;
  const text = typeof cell?.value === 'string' ? cell.value : ratingLabel(rated);
  const statusRow = raw.cellsAt(raw.roles.status)?.[0]?.row;
  // A later dated update read in the first's place (RawAction.statusFrom) is named by its own cell.
  const update = statusRow === undefined ? 'the update' : `the update (${a1(raw.statusFrom ?? raw.roles.status, statusRow)})`;
  // A cell holding the word itself ("Amber") is quoted alone: "'Amber' says Amber" says nothing twice.
  const lead = text.trim().toLowerCase() === ratingLabel(rated).toLowerCase() ? `The lead's RAG is ${quote(text.trim())}` : `The lead's RAG ${quote(text)} says ${ratingLabel(rated)}`;
  const against = byDates
    ? `the action's dates make it ${ratingLabel(rating)}, so the rating follows the dates (${ratingLabel(rating)})`
    : `${update} reads as ${STATUS_WORDS[byUpdate ? status : said]}, so ${outcome(status, rating, byUpdate ? 'the update' : "the lead's RAG")}`;
  sink.add('warning', ratedAt, row, 'rating_conflict', `${lead}, but ${against}; correct whichever is out of date.`);
}
