import { a1 } from '../cells';
import type { RawAction } from '../detect/rows';
import { wholeEntryStatus } from '../status';
import type { StatusClass, Step } from '../types';
import { isFlag, type ExtraStatus } from './extraStatus';
import { quote, type IssueSink } from './issues';

/*
 * SPEC 2.2 lets an explicit completion in any status column win over the narrative. The reverse
 * is no tie: a lead who keeps a Status column of "On track" or "Open" beside an update that reads
 * complete ("Reconciliations for Sept and Oct complete.") has not closed the action, and a false
 * Complete drops open work out of the board's exceptions, the worse error. So the flag stands, and
 * a warning asks the lead to correct whichever is out of date.
 */

/** An explicit status column's entry that may say the action is still open, and its cell. */
export interface OpenFlag {
  text: string;
  status: StatusClass;
  col: number;
  row: number;
}

/**
 * The status an extra column's flag gives an action whose update reads complete, or null when it
 * does not hold the action open: a status word ("On track", "Not started") gives its class; a
 * whole-entry word that leaves the action open without saying how ("Open", "No", "Outstanding")
 * gives 'unknown', so the dates rate it; a sentence, "TBC", or a closure elsewhere gives none.
 * @example heldStatus({ ...NO_EXTRA_STATUS, open: { text: 'On track', status: 'on_track', col: 8, row: 20 } }) // 'on_track'
 * @example heldStatus({ ...NO_EXTRA_STATUS, open: { text: 'Open', status: 'unknown', col: 8, row: 20 } }) // 'unknown'
 * @example heldStatus({ ...NO_EXTRA_STATUS, open: { text: 'TBC', status: 'unknown', col: 8, row: 20 } }) // null
 */
export function heldStatus(extra: ExtraStatus): StatusClass | null {
  const open = extra.open;
  if (open === undefined || extra.closed || !isFlag(open.text)) return null;
  if (open.status !== 'unknown') return open.status;
  return wholeEntryStatus(open.text) === 'unknown' ? 'unknown' : null;
}

/**
 * True when every step reads complete: only then does a flag saying the action is open contradict
 * its update (one step done of several is no contradiction).
 * @example allComplete([{ ...step, status: 'complete' }]) // true
 */
export function allComplete(steps: readonly Step[]): boolean {
  for (const step of steps) if (step.status !== 'complete') return false;
  return true;
}

/**
 * Warns, at the action's status cell, that its update reads complete but `flag` holds it open.
 * @example // heldOpen(sink, raw, 20, { text: 'On track', status: 'on_track', col: 8, row: 20 })
 */
export function heldOpen(sink: IssueSink, raw: RawAction, row: number, flag: OpenFlag): void {
  sink.add('warning', raw.statusFrom ?? 'status', raw.cells.status?.[0]?.row ?? row, 'status_conflict', `The update reads as complete, but the status column says ${quote(flag.text)} (${a1(flag.col, flag.row)}), so the action is kept open; correct whichever is out of date.`);
}
