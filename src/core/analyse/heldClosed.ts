import { a1 } from '../cells';
import { completionDenied } from '../status';
import type { SheetAction } from '../detect/rows';
import type { StatusClass } from '../types';
import type { ExtraStatus } from './extraStatus';
import type { OpenFlag } from './heldOpen';
import { quote, type IssueSink } from './issues';

/*
 * The mirror of heldOpen. SPEC 2.2 lets an explicit completion in a flag column ("Complete", a "Y"
 * under "Compliant") win over a milder narrative, one that is silent or on track. But a narrative
 * whose latest entry reports the work not done ("Not complete – audit shows 60%", "Q3 review NOT yet
 * completed") or at risk contradicts the flag; a false Complete drops open work out of the board's
 * exceptions, the worse error, so the action is held open and rated on its dates and that status.
 */

/** An entry that only waits on a formality ("Awaiting sign-off", "Pending approval"): the stage a closure follows, so no refutation. */
const WAITING = /^\s*(?:awaiting|pending|waiting\s+(?:for|on))\b/i;

/**
 * The flag that closes the action, when the narrative's latest entry (`text`, read as `status`)
 * says the work is at risk, off track or not done, so the closure must not stand; else null. An
 * entry that only awaits a formality, or reads not started (a status never updated), leaves it standing.
 * @example refutedClosure({ ...NO_EXTRA_STATUS, closed: true, closedBy: flag }, 'unknown', 'Not complete – re-audit in Oct') // flag
 * @example refutedClosure({ ...NO_EXTRA_STATUS, closed: true, closedBy: flag }, 'on_track', 'Work continues') // null
 */
export function refutedClosure(extra: ExtraStatus, status: StatusClass | undefined, text: string | undefined): OpenFlag | null {
  const flag = extra.closedBy;
  if (!extra.closed || flag === undefined || status === undefined || text === undefined || status === 'complete') return null;
  if (completionDenied(text)) return flag;
  return (status === 'at_risk' || status === 'off_track') && !WAITING.test(text) ? flag : null;
}

/**
 * Warns, at the closing flag's cell, that the update (`update`, read as `status`) says the work is
 * not done, so the action is kept open; a lead's colour word there ("Complete", "Blue") beside an
 * update at risk or off track is warned of by ratingConflict already, at the same cell.
 * @example // heldClosed(sink, raw, flag, extra, 'unknown', 'Not complete – re-audit in Oct')
 */
export function heldClosed(sink: IssueSink, raw: SheetAction, flag: OpenFlag, extra: ExtraStatus, status: StatusClass | undefined, update: string): void {
  if (extra.ratedAt === flag.col && (status === 'at_risk' || status === 'off_track')) return;
  const where = a1(raw.statusFrom ?? raw.roles.status, raw.cells.status?.at(-1)?.row ?? flag.row);
  sink.add('warning', flag.col, flag.row, 'closure_conflict', `This column says ${quote(flag.text)}, but the update (${where}) reads ${quote(update)}, so the action is kept open; correct whichever is out of date.`);
}
