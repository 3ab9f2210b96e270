import { cellText, isBlank } from '../cells';
import type { CellValue, ColumnMap } from '../types';
import type { HeaderReading } from './reading';

/*
 * Which of a sheet's two grouping columns is its top level. Table One (SPEC 6.3) groups by the
 * objective and lists the ambitions under it, so the objective role must be the outer level. A
 * population-health plan runs the other way round by name, "Ambition" (merged down its rows) over
 * "Objective" ("1.1 Hypertension case-finding") over the actions: read by name, each objective
 * became a group of its own with the long ambition repeated beside it, and nothing totalled an
 * ambition. What the columns hold decides, whatever they are called.
 */

/** Rows under the header looked at, as narrativeColumns does: enough to see how the rows nest, bounded on any sheet. */
const SAMPLE_ROWS = 50;

const folded = (value: CellValue | undefined): string => cellText(value).replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * True when, on the action rows sampled, the ambition column holds two values or more, some
 * holding several of the objective column's, while no objective value sits under two
 * ambitions: the ambition column is the level above. Both are filled down, as the row reader
 * fills them (merged or written once and left blank below).
 */
function ambitionsOuter(
  rows: readonly (readonly CellValue[])[],
  header: number,
  columns: ColumnMap,
  objective: number,
  ambition: number,
): boolean {
  const action = columns.action ?? -1;
  const under = new Map<string, Set<string>>();
  const over = new Map<string, Set<string>>();
  const end = Math.min(rows.length, header + 1 + SAMPLE_ROWS);
  let outer = '';
  let inner = '';
  for (let r = header + 1; r < end; r++) {
    const row = rows[r] ?? [];
    if (!isBlank(row[ambition])) outer = folded(row[ambition]);
    if (!isBlank(row[objective])) inner = folded(row[objective]);
    if (isBlank(row[action]) || outer === '' || inner === '') continue;
    under.set(outer, (under.get(outer) ?? new Set<string>()).add(inner));
    over.set(inner, (over.get(inner) ?? new Set<string>()).add(outer));
  }
  // One ambition on every row divides nothing: it is no level above the objectives.
  return under.size > 1 && [...under.values()].some((s) => s.size > 1) && [...over.values()].every((s) => s.size === 1);
}

/**
 * A reading whose ambition column, left of its objective column, is the level above it (each
 * ambition spans several objectives, each objective one ambition): the two roles change places,
 * so Table One groups by the ambitions, with the objectives under them and a total for each.
 * Columns that nest the usual way, or one to one, or an ambition column right of the objective
 * (a tag beside the grouping rather than its top level), are left as they are.
 * @example groupNesting(readHeader(['Ambition', 'Objective', 'Action']), [['Ambition', 'Objective', 'Action'], ['A1', 'O1', 'x'], [null, 'O2', 'y'], ['A2', 'O3', 'z']], 0).columns // { ambition: 1, objective: 0, action: 2 }
 */
export function groupNesting(
  reading: HeaderReading,
  rows: readonly (readonly CellValue[])[],
  header: number,
): HeaderReading {
  const { objective, ambition } = reading.columns;
  if (objective === undefined || ambition === undefined || reading.columns.action === undefined || ambition > objective)
    return reading;
  if (!ambitionsOuter(rows, header, reading.columns, objective, ambition)) return reading;
  return { ...reading, columns: { ...reading.columns, objective: ambition, ambition: objective } };
}
