import { measure } from '../rollup/measures';
import type { Settings } from '../settings';
import type { Group } from '../types';
import type { Source } from './sources';
import type { TableOneLevel, TableOneRow } from './types';

/**
 * How Table One names the actions outside every objective of a tracker that has objectives
 * (the rows above its first group heading). Without objectives the column is left blank.
 * @example NO_OBJECTIVE // '(no objective)'
 */
export const NO_OBJECTIVE = '(no objective)';

function row(level: TableOneLevel, source: string | null, g: Group, keepStrategy: boolean, loose: string | null = null): TableOneRow {
  const { objective, ambition, actions, counts, progress, confidence, overall, trend, strategy, given } = g;
  return { level, source, objective: objective ?? loose, ambition, actions, counts: { ...counts }, progress, confidence, overall, trend, strategy: keepStrategy ? strategy : null, given };
}

/**
 * True when objective total `t` would only repeat the row above it: its objective has one
 * ambition, holding all its actions (a patient-safety plan's priority beside its one improvement aim).
 * @example repeatsItsAmbition(groups, objectiveTotal) // true for "Commitment" with one ambition row
 */
export function repeatsItsAmbition(groups: readonly Group[], t: Group): boolean {
  const parts = groups.filter((g) => g.ambition !== null && g.objective === t.objective);
  return parts.length === 1 && parts[0]?.actions === t.actions;
}

/**
 * Table One (SPEC 6.3) from the trackers' roll-up groups: per objective its ambitions then
 * the objective's total, as the board paper groups them (none where it would repeat the
 * objective's one ambition row: repeatsItsAmbition); with several trackers a total per tracker; then the grand total. A
 * tracker with neither objectives nor ambitions gives only its total; actions outside every
 * objective of one that has them are a row of their own, first, named NO_OBJECTIVE. Strategies
 * are listed on ambition and objective rows, where the paper has them; the totals would only
 * repeat every strategy. The grand total of several trackers is measured over all their actions
 * and has no trend (trends are per sheet's history); given ambitions and actions are never
 * totalled together (kindTotals).
 * @example tableOneRows([{ tracker, label: null }], settings).map((r) => r.level) // ['ambition', 'ambition', 'objective', 'total']
 */
export function tableOneRows(sources: readonly Source[], settings: Settings): TableOneRow[] {
  const rows: TableOneRow[] = [];
  const several = sources.length > 1;
  for (const { tracker, label } of sources) {
    const overall = tracker.groups[tracker.groups.length - 1];
    // Only the last group is the overall: one before it with neither label totals the actions outside every objective.
    const loose = tracker.groups.some((g) => g !== overall && g.objective === null && g.ambition === null) ? NO_OBJECTIVE : null;
    for (const g of tracker.groups) {
      if (g === overall || (g.ambition === null && g.objective !== null && repeatsItsAmbition(tracker.groups, g))) continue;
      rows.push(row(g.ambition === null ? 'objective' : 'ambition', label, g, true, loose));
    }
    if (several && overall) rows.push(row('tracker', label, overall, false));
  }
  const single = sources.length === 1 ? sources[0]?.tracker.groups.at(-1) : undefined;
  if (single) rows.push(row('total', null, single, false));
  else rows.push(...kindTotals(sources, settings));
  return rows;
}

/**
 * The grand total of several trackers, measured over all their actions. Ambitions whose figures
 * are given (a Table One sheet) are never added to action trackers' actions: the same work
 * would be counted twice and two different measures averaged. With both kinds, each kind with
 * more than one tracker gets a total of its own, named in the source column; one tracker's
 * subtotal is already its total.
 */
function kindTotals(sources: readonly Source[], settings: Settings): TableOneRow[] {
  const given = sources.filter((s) => s.tracker.ambitionLevel);
  const counted = sources.filter((s) => !s.tracker.ambitionLevel);
  const total = (of: readonly Source[], label: string | null, figures: boolean): TableOneRow => {
    const m = measure(of.flatMap((s) => s.tracker.actions), settings, figures);
    return { level: 'total', source: label, objective: null, ambition: null, ...m, trend: null, strategy: null };
  };
  if (given.length === 0 || counted.length === 0) return [total(sources, null, given.length > 0)];
  const ofGiven = given.length > 1 ? [total(given, `As given (${given.length} sheets)`, true)] : [];
  return [...ofGiven, ...(counted.length > 1 ? [total(counted, `Actions (${counted.length} trackers)`, false)] : [])];
}
