import { isProse } from '../cells';
import { PLACEHOLDER } from '../steps';
import type { Action, Step } from '../types';

/** A RAG colour alone ("R", "Amber", "A/G"): the lead's rating, which the RAG column already shows in words. */
const COLOUR_ONLY = /^(?:[ragbc]|red|amber|green|blue)(?:\s*[/-]\s*(?:[rag]|red|amber|green))?\.?$/i;

/**
 * A label a lead types before the update ("Update:", "Latest update:", "Comments:"): the table's
 * "Latest update" heading already says it. A dated label ("Update 06/11/23:") is kept, as the
 * date tells the board how old the update is.
 */
const LABEL = /^(?:latest\s+|progress\s+)?(?:update|comments?|status|progress|notes?)\s*:\s*(?=\S)/i;

type Updated = Pick<Action, 'update'> & { steps: readonly Pick<Step, 'statusText'>[] };

/** A step's status as written, or null when blank or only a dash keeping its place in the cell (PLACEHOLDER). */
function own(step: Pick<Step, 'statusText'> | undefined): string | null {
  const text = step?.statusText?.trim() ?? '';
  return text === '' || text === PLACEHOLDER ? null : text;
}

/**
 * The latest update written against an action: the last status entry (updates are appended,
 * so the last step with a status holds the newest one), unless that is only a word or two
 * ("On track") and a column beside it holds the update in sentences (Action.update). A colour
 * alone is no update: quoting "R" beside a Red rating tells the board nothing. A leading label
 * ("Update:") is left off.
 * @example latestUpdate({ update: null, steps: [{ statusText: 'Completed' }, { statusText: 'On track' }, { statusText: null }] }) // 'On track'
 * @example latestUpdate({ update: 'Draft circulated to members', steps: [{ statusText: 'On track' }] }) // 'Draft circulated to members'
 * @example latestUpdate({ update: null, steps: [{ statusText: 'Update: pilot live' }] }) // 'pilot live'
 * @example latestUpdate({ update: null, steps: [{ statusText: 'R' }] }) // null
 */
export function latestUpdate(action: Updated): string | null {
  let status: string | null = null;
  for (let i = action.steps.length - 1; i >= 0 && status === null; i--) status = own(action.steps[i]);
  const quoted = (action.update !== null && !isProse(status ?? '') ? action.update : status)?.replace(LABEL, '') ?? null;
  return quoted !== null && COLOUR_ONLY.test(quoted) ? null : quoted;
}

/**
 * The update to show beside the steps due at the next meeting. Where each step has its own status
 * (they differ, or some are blank), another step's ("Done" for the step before) would tell the
 * board the due one is done: the due steps' own update is shown, or words saying there is none.
 * Where one status covers every step (the same on each, or the only step), it is the action's.
 * @example dueUpdate({ update: null, steps: [{ statusText: 'Done', focus: 'complete' }, { statusText: null, focus: 'update_due' }] }) // 'No update for this step'
 * @example dueUpdate({ update: null, steps: [{ statusText: 'Update: on track', focus: 'update_due' }] }) // 'on track'
 */
export function dueUpdate(action: Pick<Action, 'update'> & { steps: readonly Pick<Step, 'statusText' | 'focus'>[] }): string | null {
  const written = new Set(action.steps.map(own));
  if (action.steps.length < 2 || written.size < 2) return latestUpdate(action);
  const due = action.steps.filter((s) => s.focus === 'update_due');
  const quoted = latestUpdate({ update: action.update, steps: due });
  return quoted ?? (due.length > 1 ? 'No update for these steps' : 'No update for this step');
}
