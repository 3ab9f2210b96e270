import type { StatusClass, StepStatus } from '../types';
import { isFlag, type ExtraStatus } from './extraStatus';
import type { Parsers } from './parsers';
import { withParts } from './peers';
import { setUpMet } from './setUpMet';

/*
 * What a step's status is besides its status cell's own reading: the step that asks for the
 * go-ahead its status records, what the extra status columns say (a closure, the other parts of a
 * trust-wide tracker, a lead's colour that says worse), and a completion written in the time-frame column.
 */

/** How bad a status is for a board: a lead's Red or Amber outranks a milder narrative ("Not started" beside "R"). */
const SEVERITY: Readonly<Record<StatusClass, number>> = { complete: 0, on_track: 1, not_started: 1, unknown: 0, at_risk: 2, off_track: 3 };

/**
 * The narrative's status, unless the lead's own colour says worse; a completion the narrative reports stands.
 * @example worseByLead('not_started', 'off_track') // 'off_track'
 * @example worseByLead('complete', 'at_risk') // 'complete'
 */
export function worseByLead(narrative: StatusClass, colour: StatusClass | null): StatusClass {
  return colour === null || narrative === 'complete' || SEVERITY[colour] <= SEVERITY[narrative] ? narrative : colour;
}

/**
 * The status a lead's formal judgement in an explicit status column gives (`open`: "Partially
 * compliant", "Delayed", "Not compliant"), when it is a warning: it is a judgement made against the
 * standard, as a colour is, so a narrative's "recruitment in progress" does not soften it. Only a
 * short flag counts; a sentence there is an update, which the narrative column has superseded.
 * @example formalWarning({ ...NO_EXTRA_STATUS, open: { text: 'Partially compliant', status: 'at_risk', col: 4, row: 12 } }) // 'at_risk'
 * @example formalWarning({ ...NO_EXTRA_STATUS, open: { text: 'On track', status: 'on_track', col: 4, row: 12 } }) // null
 */
export function formalWarning(extra: ExtraStatus): StatusClass | null {
  const open = extra.open;
  return open !== undefined && SEVERITY[open.status] >= SEVERITY.at_risk && isFlag(open.text) ? open.status : null;
}

/**
 * A step's status from its status entry's (`narrative`) and the action's extra status columns: an
 * explicit closure wins; a flag that holds the action open (`held`, see heldStatus) stands against
 * a narrative completion; the parts of a trust-wide tracker are read together (withParts); a lead's
 * status counts where the status says nothing, and a lead's worse colour, or worse formal
 * judgement (formalWarning), or a tick box or label flagging a risk (ExtraStatus.ticked), overrules
 * a milder narrative. Where the status is a short flag
 * (`flagged`: "On track"), a commentary beside it reporting a risk (ExtraStatus.told) is what the
 * flag has not caught up with, so the worse stands (see commentaryWorse).
 * @example givenStatus('on_track', { ...NO_EXTRA_STATUS, closed: true }) // 'complete'
 * @example givenStatus('complete', NO_EXTRA_STATUS, 'on_track') // 'on_track'
 * @example givenStatus('on_track', { ...NO_EXTRA_STATUS, open: { text: 'Not compliant', status: 'off_track', col: 4, row: 9 } }) // 'off_track'
 * @example givenStatus('on_track', { ...NO_EXTRA_STATUS, told: { text: 'At risk - supplier withdrew from the framework', status: 'at_risk', col: 10, row: 31 } }, null, true) // 'at_risk'
 */
export function givenStatus(narrative: StatusClass, extra: ExtraStatus, held: StatusClass | null = null, flagged = false): StatusClass {
  if (extra.closed) return 'complete';
  const read = held !== null && narrative === 'complete' ? held : narrative;
  const said = extra.parts === null ? read : withParts(read, extra.parts);
  const coloured = said === 'unknown' && extra.leadStatus !== null ? extra.leadStatus : worseByLead(said, extra.leadColour);
  const lead = extra.ticked === undefined ? coloured : worseByLead(coloured, extra.ticked);
  const told = flagged && extra.told !== undefined ? worseByLead(lead, extra.told.status) : lead;
  return extra.open === undefined ? told : worseByLead(told, formalWarning(extra));
}

/**
 * The status a step's own status entry gives it: a go-ahead recorded ("Pilot agreed at Maternity
 * Board") is the approved work under way, but it is the step done when the step asked for that
 * decision ("Agree the pilot at Maternity Board"). Likewise a set-up under way ("Group established
 * and meeting monthly", "Live on Wards 7 and 8") is the step done when the step asked for that
 * set-up (setUpMet). Only a go-ahead, or an under-way status reporting a set-up, pays for reading the step.
 * @example narrativeStatus(parsers.status('Pilot agreed at Maternity Board.'), 'Agree the pilot at Maternity Board', parsers) // 'complete'
 * @example narrativeStatus(parsers.status('Pilot agreed at Maternity Board.'), 'Run the pilot on two wards', parsers) // 'on_track'
 * @example narrativeStatus(parsers.status('Live on Wards 7 and 8'), 'Implement e-handover on Wards 7 and 8', parsers, 'Live on Wards 7 and 8') // 'complete'
 */
export function narrativeStatus(read: StepStatus, stepText: string, parsers: Parsers, statusText: string | null = null): StatusClass {
  if (read.goAhead && parsers.asksForDecision(stepText)) return 'complete';
  return read.status === 'on_track' && statusText !== null && setUpMet(statusText, stepText) ? 'complete' : read.status;
}

/**
 * True when a time-frame cell says the step is done, where no status says anything: "Completed"
 * with no date, or a completion dated on or before the as-of date ("Done (End of Nov)", "Closed -
 * Sept 24"); "Completed by March" is a deadline, and a completion dated later has not happened.
 * @example doneInTimeframe('Done (End of Nov)', '2024-11-30', '2024-12-01', parsers) // true
 * @example doneInTimeframe('Completed by March 2025', '2025-03-31', '2025-04-01', parsers) // false
 */
export function doneInTimeframe(text: string, end: string | null, asOf: string, parsers: Parsers): boolean {
  // The status reader already reads "Completed by March" as a deadline (status/byDate.ts), not a completion.
  if (parsers.status(text).status !== 'complete') return false;
  return end === null || end <= asOf;
}

