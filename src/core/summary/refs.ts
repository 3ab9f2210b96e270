import type { Chunks, Work } from '../chunks';
import type { Action } from '../types';

/*
 * Refs that start again in each group: an audit tracker numbers each report's recommendations
 * 1, 2, 3, so "2" names a recommendation only with its report. Where a tracker's refs repeat
 * across its groups, the board paper names each action's group beside its ref ("Payroll: 2").
 */

/** The group level a tracker's refs are numbered within, or null when its refs need none. */
export type RefLevel = 'objective' | 'ambition';

/**
 * The level that tells a tracker's repeated refs apart: the ambition when a ref repeats under
 * one objective (numbered afresh per ambition), else the objective when a ref repeats across
 * objectives, else null (refs unique, or repeated only within one group, where no group helps).
 * Counted against `work`, one unit an action.
 * @example finish(refLevelInChunks(tracker.actions, new Work(Infinity))) // 'objective' for an audit tracker numbering each report's recommendations 1, 2, 3
 */
export function* refLevelInChunks(actions: readonly Action[], work: Work): Chunks<RefLevel | null> {
  const repeats = new Repeats();
  for (const a of actions) {
    const ref = a.ref?.trim().toLowerCase() ?? '';
    if (ref !== '') repeats.add(ref, a);
    if (work.add()) yield work.end();
  }
  return repeats.level;
}

/**
 * The level that tells apart actions sharing a key (a ref, an action's words), added one by one:
 * as refLevelInChunks, the ambition when the key repeats under one objective, else the objective.
 * @example const r = new Repeats(); r.add('2', payroll); r.add('2', pensions); r.level // 'objective'
 */
export class Repeats {
  private readonly objectives = new Map<string, string | null>();
  private readonly ambitions = new Map<string, string | null>();
  level: RefLevel | null = null;

  add(key: string, a: Pick<Action, 'objective' | 'ambition'>): void {
    const within = `${a.objective ?? ''}\u0000${key}`;
    if (this.ambitions.has(within) && this.ambitions.get(within) !== a.ambition) this.level = 'ambition';
    else if (this.level === null && this.objectives.has(key) && this.objectives.get(key) !== a.objective) this.level = 'objective';
    if (!this.objectives.has(key)) this.objectives.set(key, a.objective);
    if (!this.ambitions.has(within)) this.ambitions.set(within, a.ambition);
  }
}

/**
 * The group an action's ref is shown with at `level` (refLevelInChunks): its ambition, or its
 * objective where it has no ambition; null at no level.
 * @example refGroup({ objective: 'Payroll (RA-2526-06)', ambition: null }, 'objective') // 'Payroll (RA-2526-06)'
 */
export function refGroup(action: Pick<Action, 'objective' | 'ambition'>, level: RefLevel | null): string | null {
  if (level === null) return null;
  return level === 'ambition' ? (action.ambition ?? action.objective) : action.objective;
}
