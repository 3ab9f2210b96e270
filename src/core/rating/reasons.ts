import { formatUk } from '../dates';
import type { IsoDate, Rating, StatusClass } from '../types';
import { days, dueIn, timeframePhrase } from './phrases';
import { ratingLabel } from './ratings';

/*
 * Every sentence written to the RAG reason column, one template per rule of SPEC 5.1, so the
 * wording lives in one place. Each starts with the rating word (a colour is never the only
 * signal) and names the step (`subject`, from stepSubject) and its date in UK form.
 */

/**
 * Rule 1: a rating typed by hand in the RAG override column.
 * @example overrideReason('amber') // 'Amber: set by hand in the RAG override column.'
 */
export function overrideReason(rating: Rating): string {
  return `${ratingLabel(rating)}: set by hand in the RAG override column.`;
}

/**
 * Rule 2: the status says the step is done.
 * @example completeReason('the action') // 'Complete: the action is marked complete.'
 */
export function completeReason(subject: string): string {
  return `Complete: ${subject} is marked complete.`;
}

/**
 * Rule 3: the status says the step is off track; how overdue it is, when it is, as rule 4 would
 * say (`daysLate` > 0), since off track comes first and the board would otherwise lose that fact.
 * @example offTrackReason('the action', '2022-12-31', 0) // 'Red: the action is reported as off track (due 31 Dec 2022).'
 * @example offTrackReason('the action', '2022-11-01', 29) // 'Red: the action is reported as off track (due 1 Nov 2022, 29 days overdue).'
 */
export function offTrackReason(subject: string, due: IsoDate | null, daysLate = 0): string {
  const late = daysLate > 0 ? `, ${days(daysLate)} overdue` : '';
  return `Red: ${subject} is reported as off track${due === null ? '' : ` (due ${formatUk(due)}${late})`}.`;
}

/**
 * Rule 4: an open step past its deadline. When the update says it has been re-dated (`moved`)
 * but the time frame still gives the passed date, the reason says so: the rating stays Red (dates
 * in an update are not deadlines, SPEC 3), and the fix is to write the new date in the time frame.
 * @example overdueReason('the action', '2022-11-30', 34) // 'Red: the action was due 30 Nov 2022 and is 34 days overdue.'
 * @example overdueReason('the action', '2024-06-30', 138, true) // 'Red: the action was due 30 Jun 2024 and is 138 days overdue; the update says it has been re-dated, but the time frame still gives that date.'
 */
export function overdueReason(subject: string, due: IsoDate, daysLate: number, moved = false): string {
  const still = moved ? '; the update says it has been re-dated, but the time frame still gives that date' : '';
  return `Red: ${subject} was due ${formatUk(due)} and is ${days(daysLate)} overdue${still}.`;
}

/**
 * Where a re-dated step's deadline went from `from` (the deadline replaced) to `due`: a new date
 * still to be set ("TBC") is said so, as the board must chase it.
 * @example movedFrom('2024-12-13', '2025-01-24') // 're-dated from 13 Dec 2024 to 24 Jan 2025'
 * @example movedFrom('2025-10-06', null) // 're-dated from 6 Oct 2025 to a date still to be confirmed'
 */
export function movedFrom(from: IsoDate, due: IsoDate | null): string {
  return `re-dated from ${formatUk(from)} to ${due === null ? 'a date still to be confirmed' : formatUk(due)}`;
}

/**
 * Rule 5, first cause: the status reports delay or risk; with the deadline the time frame says it
 * replaced (`from`), the move is named too.
 * @example atRiskReason('the action', '2023-01-31') // 'Amber: the action is reported as delayed or at risk (due 31 Jan 2023).'
 * @example atRiskReason('the action', '2025-01-24', '2024-12-13') // 'Amber: the action is reported as delayed or at risk, and has been re-dated from 13 Dec 2024 to 24 Jan 2025.'
 */
export function atRiskReason(subject: string, due: IsoDate | null, from: IsoDate | null = null): string {
  if (from !== null) return `Amber: ${subject} is reported as delayed or at risk, and has been ${movedFrom(from, due)}.`;
  return `Amber: ${subject} is reported as delayed or at risk${due === null ? '' : ` (due ${formatUk(due)})`}.`;
}

/**
 * Rule 5, second cause: the deadline has been moved, which counts as slippage; from the deadline
 * the time frame says it replaced (`from`), when it says one.
 * @example redatedReason('the action', '2023-03-31') // 'Amber: the action has been re-dated to 31 Mar 2023, which counts as slippage.'
 * @example redatedReason('the action', null, '2025-10-06') // 'Amber: the action has been re-dated from 6 Oct 2025 to a date still to be confirmed, which counts as slippage.'
 */
export function redatedReason(subject: string, due: IsoDate | null, from: IsoDate | null = null): string {
  if (from !== null) return `Amber: ${subject} has been ${movedFrom(from, due)}, which counts as slippage.`;
  return `Amber: ${subject} has been re-dated${due === null ? '' : ` to ${formatUk(due)}`}, which counts as slippage.`;
}

/**
 * Rule 5, both causes: the update reports the step moved to a later date ("Deadline moved to
 * March"), which the time-frame column does not show yet, so the date it still gives is named as its.
 * @example movedReason('the action', '2024-12-31') // 'Amber: the update says the action has been re-dated, which counts as slippage (the time frame still says 31 Dec 2024).'
 */
export function movedReason(subject: string, due: IsoDate | null): string {
  return `Amber: the update says ${subject} has been re-dated, which counts as slippage${due === null ? '' : ` (the time frame still says ${formatUk(due)})`}.`;
}

/**
 * Rule 6: due within the amber window with no word that work has started: reported not started,
 * or an update that says nothing the rules can read as under way (blank, or words they do not
 * know), which is not the same as a sign it has not started, so the reason does not claim one.
 * @example dueSoonReason('the action', '2022-12-05', 5) // 'Amber: the action is due in 5 days (5 Dec 2022) and no update says it is under way.'
 * @example dueSoonReason('the action', '2022-12-05', 5, 'not_started') // 'Amber: the action is due in 5 days (5 Dec 2022) and is reported as not started.'
 */
export function dueSoonReason(subject: string, due: IsoDate, daysAhead: number, status: StatusClass = 'unknown'): string {
  const said = status === 'not_started' ? 'is reported as not started' : 'no update says it is under way';
  return `Amber: ${subject} is due ${dueIn(daysAhead)} (${formatUk(due)}) and ${said}.`;
}

/**
 * Rule 7: no usable deadline; Not rated by default, Amber when settings say undated is Amber.
 * @example undatedReason('the action', 'TBC', 'not_rated') // 'Not rated: the action has the time frame "TBC" and cannot be rated until a date is set.'
 */
export function undatedReason(subject: string, timeframeText: string | null, rating: 'not_rated' | 'amber'): string {
  const given = timeframePhrase(timeframeText);
  return rating === 'amber'
    ? `Amber: ${subject} has ${given}, and steps without a date are Amber until a date is set.`
    : `Not rated: ${subject} has ${given} and cannot be rated until a date is set.`;
}

/**
 * Rule 8: open, dated, not late and not at risk. A step its lead says has not started is told
 * as such, and one under way only by its % complete (`started`) says so: no one reported it on
 * track. A step with no readable status is told apart by whether it has an update at all
 * (`silent`): none is "no update yet"; an update the rules find no delay or risk in is said not
 * to be read so, which is true of it, whatever it says ("reports no delay or risk" was false beside
 * "Project manager has left the Trust", "no update says how it stands" beside an update, and "no
 * problem has been reported" beside a blank cell).
 * @example greenReason('the action', '2022-12-31', 31, 'on_track') // 'Green: the action is due in 31 days (31 Dec 2022) and is reported on track.'
 * @example greenReason('the action', '2024-12-31', 29, 'not_started') // 'Green: the action is due in 29 days (31 Dec 2024); not started yet, with time to start.'
 * @example greenReason('the action', '2022-12-31', 31, 'on_track', true) // 'Green: the action is due in 31 days (31 Dec 2022) and its % complete shows it under way.'
 * @example greenReason('the action', '2022-12-31', 31, 'unknown') // 'Green: the action is due in 31 days (31 Dec 2022) and its update is not read as delayed or at risk.'
 * @example greenReason('the action', '2022-12-31', 31, 'unknown', false, true) // 'Green: the action is due in 31 days (31 Dec 2022); no update yet.'
 */
export function greenReason(subject: string, due: IsoDate, daysAhead: number, status: StatusClass, started = false, silent = false): string {
  const when = `Green: ${subject} is due ${dueIn(daysAhead)} (${formatUk(due)})`;
  if (status === 'not_started') return `${when}; not started yet, with time to start.`;
  if (started) return `${when} and its % complete shows it under way.`;
  if (status === 'on_track') return `${when} and is reported on track.`;
  return silent ? `${when}; no update yet.` : `${when} and its update is not read as delayed or at risk.`;
}

/**
 * An action whose steps are all complete (its reason when it has more than one step).
 * @example allCompleteReason(4) // 'Complete: all 4 steps are complete.'
 * @example allCompleteReason(2) // 'Complete: both steps are complete.'
 */
export function allCompleteReason(stepCount: number): string {
  return `Complete: ${stepCount === 2 ? 'both' : `all ${stepCount}`} steps are complete.`;
}

/**
 * An action with no steps at all, which should not happen but must still read sensibly.
 * @example noStepsReason() // 'Not rated: the action has no steps to rate.'
 */
export function noStepsReason(): string {
  return 'Not rated: the action has no steps to rate.';
}
