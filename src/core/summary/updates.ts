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

/** Whether a row gives its steps updates of their own (they differ, or some are blank), rather than one covering them all. */
function stepByStep(steps: readonly Pick<Step, 'statusText'>[]): boolean {
  return steps.length >= 2 && new Set(steps.map(own)).size >= 2;
}

/** The chosen steps' own update, or words saying they have none: another step's would misreport them. */
function updateOfSteps(action: Pick<Action, 'update'>, chosen: readonly Pick<Step, 'statusText'>[]): string {
  return latestUpdate({ update: action.update, steps: chosen }) ?? (chosen.length > 1 ? 'No update for these steps' : 'No update for this step');
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
  if (!stepByStep(action.steps)) return latestUpdate(action);
  return updateOfSteps(action, action.steps.filter((s) => s.focus === 'update_due'));
}

/**
 * The update to show beside an exception: the latest of the steps which set the action's rating
 * (its open steps rated as the action is), where each step has its own status. The cell's last
 * line may belong to a step on track ("Pathway on track" below "Recruitment slipped"), which
 * beside an Amber rating would contradict it. Where a flag for the whole row (a lead's "R")
 * rates every step alike, the newest update among them is the one that says why. Else, as
 * latestUpdate.
 * @example decidingUpdate({ update: null, rating: 'amber', steps: [{ statusText: 'Slipped', rating: 'amber', focus: 'next_step' }, { statusText: 'On track', rating: 'green', focus: 'next_step' }] }) // 'Slipped'
 */
export function decidingUpdate(action: Pick<Action, 'update' | 'rating'> & { steps: readonly Pick<Step, 'statusText' | 'rating' | 'focus'>[] }): string | null {
  const deciding = action.steps.filter((s) => s.focus !== 'complete' && s.rating === action.rating);
  return deciding.length > 0 && stepByStep(action.steps) ? updateOfSteps(action, deciding) : latestUpdate(action);
}
