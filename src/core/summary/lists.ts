import type { Action, Step } from '../types';
import type { Source } from './sources';
import type { DueRow, ExceptionRow } from './types';

/**
 * The last status entry written against an action: updates are appended, so the last step
 * with a status holds the newest one.
 * @example latestUpdate({ steps: [{ statusText: 'Completed' }, { statusText: 'On track' }, { statusText: null }] }) // 'On track'
 */
export function latestUpdate(action: { steps: readonly Pick<Step, 'statusText'>[] }): string | null {
  for (let i = action.steps.length - 1; i >= 0; i--) {
    const text = action.steps[i]?.statusText?.trim();
    if (text) return text;
  }
  return null;
}

function place(source: Source, a: Action) {
  return { source: source.label, sheet: source.tracker.sheet, row: a.row, ref: a.ref, action: a.action, lead: a.lead, rating: a.rating, latestUpdate: latestUpdate(a) };
}

/**
 * Every Red and every Amber action (SPEC 6.4), Red first, each in sheet order.
 * @example exceptionRows(sources).map((e) => e.ref) // ['3', '12', '2', '5', '6', '13', '14']
 */
export function exceptionRows(sources: readonly Source[]): ExceptionRow[] {
  return (['red', 'amber'] as const).flatMap((rating) =>
    sources.flatMap((s) => s.tracker.actions.filter((a) => a.rating === rating).map((a) => ({ ...place(s, a), deadline: a.nextDue, reason: a.reason }))),
  );
}

/**
 * The actions whose meeting focus is "Update due" (SPEC 6.5), in sheet order, the order a
 * meeting goes through its action plan, with the steps that are due.
 * @example dueRows(sources)[0]?.steps // ['Open recruitment and share through local networks and contacts']
 */
export function dueRows(sources: readonly Source[]): DueRow[] {
  return sources.flatMap((s) =>
    s.tracker.actions
      .filter((a) => a.focus === 'update_due')
      .map((a) => ({ ...place(s, a), due: a.nextDue, steps: a.steps.filter((st) => st.focus === 'update_due').map((st) => st.text) })),
  );
}
