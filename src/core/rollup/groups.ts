import type { Settings } from '../settings';
import type { Action, Group } from '../types';
import { measure } from './measures';

interface Bucket {
  objective: string | null;
  actions: Action[];
  ambitions: Map<string, { ambition: string; actions: Action[] }>;
}

function keyOf(text: string | null): string | null {
  const trimmed = text?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

/**
 * The distinct supporting strategies of a group's actions. Board papers list several per
 * cell ("People, Quality, Digital"), so items are split and de-duplicated, first seen first.
 * @example strategyOf([{ strategy: 'People, Quality' }, { strategy: 'people; Estates' }]) // 'People, Quality, Estates'
 */
export function strategyOf(actions: readonly Pick<Action, 'strategy'>[]): string | null {
  const seen = new Map<string, string>();
  // forEach: a for-of run once over a whole sheet may finish unoptimised, allocating per element.
  actions.forEach((action) => {
    // Most actions name no strategy: skip them without splitting.
    if (action.strategy === null || action.strategy === '') return;
    for (const item of action.strategy.split(/[,;\n]+/)) {
      const name = item.replace(/\s+/g, ' ').trim();
      if (name !== '' && !seen.has(name.toLowerCase())) seen.set(name.toLowerCase(), name);
    }
  });
  return seen.size === 0 ? null : [...seen.values()].join(', ');
}

function group(objective: string | null, ambition: string | null, actions: readonly Action[], settings: Settings): Group {
  return { objective, ambition, ...measure(actions, settings), trend: null, strategy: strategyOf(actions) };
}

/**
 * The roll-up groups of SPEC 5.3 in sheet order: for each objective (first seen first) its
 * ambitions then the objective's total, and the overall group last. Actions with an ambition
 * but no objective get ambition groups only, since an objective total without an objective
 * would be the overall group again. Trend is left for the caller, who holds the history.
 * @example rollup([], defaultSettings('2023-09-30')).map((g) => g.objective) // [null]
 */
export function rollup(actions: readonly Action[], settings: Settings): Group[] {
  const buckets = new Map<string | null, Bucket>();
  actions.forEach((action) => {
    const objective = keyOf(action.objective);
    let bucket = buckets.get(objective);
    if (bucket === undefined) {
      bucket = { objective, actions: [], ambitions: new Map() };
      buckets.set(objective, bucket);
    }
    // Actions without an objective have no objective total: the overall group counts them.
    if (objective !== null) bucket.actions.push(action);
    const ambition = keyOf(action.ambition);
    if (ambition === null) return;
    const entry = bucket.ambitions.get(ambition) ?? { ambition, actions: [] };
    entry.actions.push(action);
    bucket.ambitions.set(ambition, entry);
  });
  const groups: Group[] = [];
  for (const bucket of buckets.values()) {
    for (const entry of bucket.ambitions.values()) groups.push(group(bucket.objective, entry.ambition, entry.actions, settings));
    if (bucket.objective !== null) groups.push(group(bucket.objective, null, bucket.actions, settings));
  }
  groups.push(group(null, null, actions, settings));
  return groups;
}
