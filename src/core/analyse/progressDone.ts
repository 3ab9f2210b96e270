import type { SheetAction } from '../detect/rows';
import type { StatusClass, Step } from '../types';
import type { ExtraStatus } from './extraStatus';
import type { IssueSink } from './issues';

/*
 * SPEC 2.2: an explicit completion in any status-like column wins over the narrative. A "% complete"
 * of 100% is one: a lead who has written 100% beside "On track" has finished the work, and rating
 * it overdue (Red) because the dropdown was not moved tells the board the opposite. But a status
 * reporting a risk beside 100% is a contradiction the rating cannot settle: the action keeps the
 * status that says something is wrong, and the lead is asked to correct whichever is out of date.
 */

/** The step that reads at risk or off track, if any. */
function troubled(steps: readonly Step[]): Step | undefined {
  for (const step of steps) if (step.status === 'at_risk' || step.status === 'off_track') return step;
  return undefined;
}

/**
 * The extra status that closes an action whose `progress` is 100% (SPEC 2.2, an explicit
 * completion), `steps` as read without it; or null: below 100%, already complete, or a step reads
 * at risk or off track, which keeps the action open and is warned of at the progress cell.
 * Only a 100% progress (rare) calls this.
 * @example progressClosed(raw, 1, [{ ...step, status: 'on_track' }], NO_EXTRA_STATUS, sink)?.closed // true
 * @example progressClosed(raw, 1, [{ ...step, status: 'at_risk' }], NO_EXTRA_STATUS, sink) // null, and a warning
 */
export function progressClosed(raw: SheetAction, progress: number, steps: readonly Step[], extra: ExtraStatus, sink: IssueSink): ExtraStatus | null {
  if (progress !== 1 || steps.every((s) => s.status === 'complete')) return null;
  const risk = troubled(steps);
  if (risk === undefined) return { ...extra, closed: true };
  const col = raw.roles.progress;
  const row = raw.cellsAt(col)?.[0]?.row ?? raw.rows[0] ?? 0;
  // The risk may be the status cell's or a commentary's beside it (commentaryWorse): the action's, either way.
  const says = risk.status === 'at_risk' ? 'at risk' : 'off track';
  sink.add('warning', col, row, 'progress_conflict', `The progress is 100%, but the action is reported as ${says}, so it is kept open; correct whichever is out of date.`);
  return null;
}

/*
 * A "% complete" between 0 and 100% is the work under way, as "In progress" is: SPEC 5.1 rule 6
 * (Amber, "no update says it is under way") is for work not started or of unknown status, and a task
 * tool's export often has no narrative beside its 80%. It says nothing of risk, so it never
 * softens a narrative reporting one; 0% leaves the status as it is.
 */

/**
 * A status that says nothing of the work being under way, which a progress above 0% answers. A
 * status saying "Not started" beside a % complete is the lead's word against a figure: it stands,
 * so the late-start check still sees it.
 */
const silent = (status: string): boolean => status === 'unknown';

/**
 * The extra status that reads as under way the steps of an action whose `progress` is above 0%
 * and below 100% (`started`), `steps` as read without it; or null when no step's status is
 * unknown, or the progress says nothing (none, 0%, 100%: see progressClosed).
 * @example progressStarted(0.8, [{ ...step, status: 'unknown' }], NO_EXTRA_STATUS)?.started // true
 * @example progressStarted(0, [{ ...step, status: 'unknown' }], NO_EXTRA_STATUS) // null
 */
export function progressStarted(progress: number | null, steps: readonly Step[], extra: ExtraStatus): ExtraStatus | null {
  if (progress === null || !(progress > 0 && progress < 1) || !steps.some((s) => silent(s.status))) return null;
  return { ...extra, started: true };
}

/**
 * A step's status as its action's progress (ExtraStatus.started) reads it: unknown is under way;
 * any other status stands.
 * @example startedStatus('unknown', { ...NO_EXTRA_STATUS, started: true }) // 'on_track'
 * @example startedStatus('at_risk', { ...NO_EXTRA_STATUS, started: true }) // 'at_risk'
 */
export function startedStatus(status: StatusClass, extra: ExtraStatus): StatusClass {
  return extra.started === true && silent(status) ? 'on_track' : status;
}
