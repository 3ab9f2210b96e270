import { measure } from '../rollup/measures';
import type { Settings } from '../settings';
import type { Group } from '../types';
import type { Source } from './sources';
import type { TableOneLevel, TableOneRow } from './types';

function row(level: TableOneLevel, source: string | null, g: Group, keepStrategy: boolean): TableOneRow {
  const { objective, ambition, actions, counts, progress, confidence, overall, trend, strategy, given } = g;
  return { level, source, objective, ambition, actions, counts: { ...counts }, progress, confidence, overall, trend, strategy: keepStrategy ? strategy : null, given };
}

/**
 * Table One (SPEC 6.3) from the trackers' roll-up groups: per objective its ambitions then
 * the objective's total, as the board paper groups them; with several trackers a total per
 * tracker; then the grand total. A tracker with neither objectives nor ambitions gives only
 * its total. Strategies are listed on ambition and objective rows, where the paper has
 * them; the totals would only repeat every strategy. The grand total of several trackers
 * is measured over all their actions and has no trend (trends are per sheet's history).
 * @example tableOneRows([{ tracker, label: null }], settings).map((r) => r.level) // ['ambition', 'ambition', 'objective', 'total']
 */
export function tableOneRows(sources: readonly Source[], settings: Settings): TableOneRow[] {
  const rows: TableOneRow[] = [];
  const several = sources.length > 1;
  for (const { tracker, label } of sources) {
    for (const g of tracker.groups) {
      if (g.ambition !== null) rows.push(row('ambition', label, g, true));
      else if (g.objective !== null) rows.push(row('objective', label, g, true));
    }
    const overall = tracker.groups[tracker.groups.length - 1];
    if (several && overall) rows.push(row('tracker', label, overall, false));
  }
  const single = sources.length === 1 ? sources[0]?.tracker.groups.at(-1) : undefined;
  if (single) rows.push(row('total', null, single, false));
  else {
    const all = sources.flatMap((s) => s.tracker.actions);
    const given = sources.every((s) => s.tracker.ambitionLevel);
    rows.push({ level: 'total', source: null, objective: null, ambition: null, ...measure(all, settings, given), trend: null, strategy: null });
  }
  return rows;
}
