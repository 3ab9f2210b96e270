import { STEP_ACTION_WORDS } from '../vocabulary/columns';
import type { HeaderReading } from './reading';
import { normaliseHeader, withoutHint } from './normalise';
import { matchRoles } from './headers';

/*
 * A delivery plan's "Deliverables" beside its "Key action": what the action is broken into, its steps.
 */

const STEP_WORDS = STEP_ACTION_WORDS.map((w) => ` ${normaliseHeader(w)} `);

type Assigned = Pick<HeaderReading, 'columns' | 'duplicates'>;

/**
 * A column that lost the action role to a column naming the action, and whose header names
 * deliverables (STEP_ACTION_WORDS: "Deliverables 2026/27", "Milestones/deliverables"), holds that
 * action's next steps: reported as a rival action, its deliverables would go unread and each row
 * would be rated as one step made of the action. Only where no column names the next steps, and
 * whichever of the two scored higher as a header.
 * @example deliverablesAsSteps({ columns: { action: 0 }, duplicates: [['action', 0, 1]] }, ['Key action', 'Deliverables 2026/27']).columns // { action: 0, next_steps: 1 }
 */
export function deliverablesAsSteps<T extends Assigned>(assigned: T, texts: readonly string[]): T {
  const { columns, duplicates } = assigned;
  if (columns.action === undefined || columns.next_steps !== undefined) return assigned;
  const named = (col: number): boolean => STEP_WORDS.some((w) => ` ${normaliseHeader(withoutHint(texts[col] ?? ''))} `.includes(w));
  const rivals = duplicates.filter(([role]) => role === 'action').map(([, , loser]) => loser);
  // "Key deliverables" may outscore "Key action" as a header: the column naming the action takes the role all the same,
  // though not a column of steps itself ("Q1 milestone" beside "Deliverable", a plan's quarters: periodMilestones).
  const steplike = (col: number): boolean => named(col) || matchRoles(texts[col] ?? '').some((m) => m.role === 'next_steps');
  const action = named(columns.action) ? rivals.find((col) => !steplike(col)) : columns.action;
  const steps = [columns.action, ...rivals].find((col) => col !== action && named(col));
  if (action === undefined || steps === undefined) return assigned;
  const rest = duplicates.flatMap(([role, winner, loser]): T['duplicates'] =>
    role !== 'action' ? [[role, winner, loser]] : loser === steps || loser === action ? [] : [[role, action, loser]],
  );
  return { ...assigned, columns: { ...columns, action, next_steps: steps }, duplicates: rest };
}
