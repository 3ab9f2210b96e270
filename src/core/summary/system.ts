import { measure, type Measures } from '../rollup/measures';
import type { Settings } from '../settings';
import type { Action, Rating, Tracker } from '../types';
import { objectiveKey } from './objective-key';
import { countCells, percent, rating, text } from './table-cells';
import type { SummaryTable } from './table-types';
import { NO_OBJECTIVE } from './table-one';

/**
 * One objective across the partners of a roll-up: every partner's actions under any spelling of
 * it (objectiveKey), with the partners that contribute and the one doing worst.
 * @example { objective: 'Health inequalities', names: ['Health inequalities', 'Tackling health inequalities'], partners: ['Riverside', 'ICB'], worst: 'Riverside', actions: 5, … }
 */
export interface SystemRow extends Omit<Measures, 'given'> {
  objective: string;
  /** Every spelling the partners use, most actions first. */
  names: string[];
  /** The partners with actions under it, in the roll-up's order. */
  partners: string[];
  /** The partner whose own actions under it rate worst; null with one partner. */
  worst: string | null;
}

/** Worst first: an objective's overall rating, then its confidence, says which partner holds it back. */
const SEVERITY: Readonly<Record<Rating, number>> = { red: 0, amber: 1, green: 2, complete: 3, not_rated: 4 };

function worse(a: Measures, b: Measures): boolean {
  return SEVERITY[a.overall] < SEVERITY[b.overall] || (a.overall === b.overall && (a.confidence ?? 2) < (b.confidence ?? 2));
}

interface Line {
  names: Map<string, number>;
  byPartner: Map<string, Action[]>;
}

/** The spelling to show: one a partner wrote with no label or verb (its words are the key), else the most used. */
function shown(names: readonly string[], key: string): string {
  return names.find((n) => n.toLowerCase().replace(/&/g, 'and').replace(/[^\p{L}\p{N}]+/gu, ' ').trim() === key) ?? names[0] ?? key;
}

/**
 * The system view of a roll-up: per objective (matched on objectiveKey, so "Tackling health
 * inequalities" and "Health Inequalities" are one), the actions of every partner (`partners`, the
 * workbook of each tracker) added up as SPEC 5.3 adds a group's, in order of first appearance.
 * Actions with no objective stay on a line per partner; ambitions given on a Table One are not
 * actions and are left out, as the roll-up's total leaves them.
 * @example systemRows([riverside, icb], ['Riverside', 'ICB'], settings)[0]?.partners // ['Riverside', 'ICB']
 */
export function systemRows(trackers: readonly Tracker[], partners: readonly string[], settings: Settings): SystemRow[] {
  const lines = new Map<string, Line>();
  trackers.forEach((t, i) => {
    if (t.ambitionLevel) return;
    const partner = partners[i] ?? t.sheet;
    for (const a of t.actions) {
      const name = (a.objective ?? a.ambition ?? '').trim() || NO_OBJECTIVE;
      // No objective is no match: each partner's unassigned actions keep a line of their own.
      const key = name === NO_OBJECTIVE ? `\u0000${partner}` : objectiveKey(name);
      const line = lines.get(key) ?? { names: new Map(), byPartner: new Map() };
      line.names.set(name, (line.names.get(name) ?? 0) + 1);
      line.byPartner.set(partner, [...(line.byPartner.get(partner) ?? []), a]);
      lines.set(key, line);
    }
  });
  return [...lines].map(([key, line]) => {
    const names = [...line.names].sort((a, b) => b[1] - a[1]).map(([n]) => n);
    const each = [...line.byPartner].map(([partner, actions]) => ({ partner, m: measure(actions, settings, false) }));
    const worst = each.length < 2 ? null : each.reduce((w, e) => (worse(e.m, w.m) ? e : w)).partner;
    const { actions, counts, progress, confidence, overall } = measure([...line.byPartner.values()].flat(), settings, false);
    return { objective: shown(names, key), names, partners: [...line.byPartner.keys()], worst, actions, counts, progress, confidence, overall };
  });
}

/**
 * The system view as a table, after Table One: no rows (and so left out) unless some objective
 * is shared by two partners or more, since otherwise Table One already shows each line.
 * @example systemTable(rows).headers[1] // 'Partners'
 */
export function systemTable(rows: readonly SystemRow[] | null | undefined): SummaryTable {
  const shared = (rows ?? []).some((r) => r.partners.length > 1);
  return {
    heading: 'System view: objectives across partners',
    headers: ['Objective', 'Partners', 'Actions', 'Complete', 'Green', 'Amber', 'Red', 'Not rated', 'Progress %', 'Confidence %', 'Overall', 'Worst partner'],
    rows: (shared ? (rows ?? []) : []).map((r) => ({
      total: false,
      cells: [text(r.objective), text(r.partners.join(', ')), ...countCells({ ...r, given: false }), percent(r.progress), percent(r.confidence), rating(r.overall), text(r.worst)],
    })),
    empty: '',
  };
}
