import type { Role } from '../types';
import { MILESTONE_PARENT_HEADERS } from '../vocabulary/columns';
import type { HeaderReading } from './reading';
import { normaliseHeader, withoutHint } from './normalise';
import { LEVELS } from './synonyms';

/** A header cell's claim on a role, as readHeader weighs them (its Candidate). */
export interface RoleClaim {
  role: Role;
  score: number;
  col: number;
  /** The column's best role. */
  best: boolean;
  fallback?: boolean;
}

const PARENTS = new Set(MILESTONE_PARENT_HEADERS.map((h) => normaliseHeader(h)));

type Assigned = Pick<HeaderReading, 'columns' | 'extraStatus' | 'duplicates'>;

/**
 * A "Milestone" column names the action on a milestone plan, but beside the thing its milestones
 * deliver ("PCN | Commitment | Milestone", "Scheme | Milestone") it holds that thing's steps: the
 * commitment is what the board paper names and rates, and read as the action the milestone would
 * drop it unread. So a column naming the action outright, or by a fallback that names a milestone's
 * parent (MILESTONE_PARENT_HEADERS), takes the action, and the milestone column the next steps.
 * `claims` are every column's claims, best first, as assigned.
 * @example milestonesAsSteps({ columns: { action: 2, lead: 3 }, extraStatus: [], duplicates: [] }, claims, ['PCN', 'Commitment', 'Milestone', 'Lead']).columns // { action: 1, next_steps: 2, lead: 3 }
 */
export function milestonesAsSteps<T extends Assigned>(assigned: T, claims: readonly RoleClaim[], texts: readonly string[]): T {
  const { columns } = assigned;
  const milestone = columns.action;
  if (milestone === undefined || columns.next_steps !== undefined) return assigned;
  if (!claims.some((c) => c.col === milestone && c.role === 'next_steps' && c.score >= LEVELS.whole)) return assigned;
  const taken = new Set(Object.values(columns));
  const parent = claims.find((c) => c.best && c.role === 'action' && !taken.has(c.col) && (c.fallback !== true || PARENTS.has(normaliseHeader(withoutHint(texts[c.col] ?? '')))));
  if (parent === undefined) return assigned;
  const duplicates = assigned.duplicates.flatMap(([role, winner, loser]): [Role, number, number][] =>
    role !== 'action' ? [[role, winner, loser]] : loser === parent.col ? [] : [[role, parent.col, loser]],
  );
  return { ...assigned, columns: { ...columns, action: parent.col, next_steps: milestone }, duplicates };
}
