import type { ColumnMap, Role } from '../types';
import type { PeriodColumn } from './milestones';

/** A sheet's column for each role as a plain field, -1 for none: read for every cell of every row. */
export interface RoleColumns {
  readonly ref: number;
  readonly action: number;
  readonly lead: number;
  readonly next_steps: number;
  readonly timeframe: number;
  readonly status: number;
  readonly objective: number;
  readonly ambition: number;
  readonly progress: number;
  readonly confidence: number;
  readonly strategy: number;
  readonly rag_override: number;
  /** The mapped roles and their columns, in the column map's own order. */
  readonly mapped: readonly (readonly [Role, number])[];
  /** Period milestone columns, none on most sheets (RowLayout.milestones). */
  readonly milestones: readonly PeriodColumn[];
  /** Columns of the evidence's assurance, none on most sheets (RowLayout.assurance): not read as the status. */
  readonly assurance: readonly number[];
}

/**
 * {@link RoleColumns} of a column map. Every field is always set, in one order, so every
 * sheet's object has the same shape and a role's column is one field load away.
 * @example roleColumns({ action: 1, lead: 2 }).lead // 2
 */
export function roleColumns(c: ColumnMap, milestones: readonly PeriodColumn[] = [], assurance: readonly number[] = []): RoleColumns {
  return {
    ref: c.ref ?? -1, action: c.action ?? -1, lead: c.lead ?? -1, next_steps: c.next_steps ?? -1, timeframe: c.timeframe ?? -1, status: c.status ?? -1,
    objective: c.objective ?? -1, ambition: c.ambition ?? -1, progress: c.progress ?? -1, confidence: c.confidence ?? -1, strategy: c.strategy ?? -1, rag_override: c.rag_override ?? -1,
    mapped: Object.entries(c) as [Role, number][],
    milestones,
    assurance,
  };
}
