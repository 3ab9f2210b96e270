import { isBlank } from '../cells';
import { readConfidence } from '../rollup/confidence';
import type { CellValue, Role } from '../types';
import type { HeaderReading } from './columns';

/** Rows under the header looked at: enough to tell sentences from figures, bounded on any sheet. */
const SAMPLE_ROWS = 50;

const FIGURE_ROLES: readonly Role[] = ['progress', 'confidence'];

/** True when most filled cells of column `col` under the header pass `test`. */
function mostly(rows: readonly (readonly CellValue[])[], header: number, col: number, test: (value: CellValue) => boolean): boolean {
  let filled = 0;
  let passed = 0;
  const end = Math.min(rows.length, header + 1 + SAMPLE_ROWS);
  for (let r = header + 1; r < end; r++) {
    const value = rows[r]?.[col] ?? null;
    if (isBlank(value)) continue;
    filled += 1;
    if (test(value)) passed += 1;
  }
  return filled > 0 && passed * 2 > filled;
}

/** Text no figure can be read from: a sentence, not a percentage or High/Medium/Low. */
const sentence = (value: CellValue): boolean => typeof value === 'string' && readConfidence(value).problem === 'not_a_number';

/** A level rather than a name: High/Medium/Low, a colour, or a small number ("Priority: 1"). */
const level = (value: CellValue): boolean => (typeof value === 'number' ? value >= 0 && value <= 10 : typeof value === 'string' && readConfidence(value).problem === null);

/** The reading with `role` unmapped. */
function without(reading: HeaderReading, role: Role): HeaderReading {
  const columns = { ...reading.columns };
  delete columns[role];
  return { ...reading, columns, roleCount: Object.keys(columns).length };
}

/**
 * A header reading checked against what its columns hold, in the first rows under the header:
 * a progress or confidence column of sentences is the status update instead (or beside it,
 * when there is one), as boards head their update column "Progress" as often as they head a
 * percentage so; and an objective column of levels (High/Medium/Low, 1-3) is a priority
 * rating, not an objective, so it is left unmapped.
 * @example narrativeColumns(readHeader(['Action', 'Progress']), [['Action', 'Progress'], ['Publish', 'Draft shared with ELG']], 0).columns // { action: 0, status: 1 }
 */
export function narrativeColumns(reading: HeaderReading, rows: readonly (readonly CellValue[])[], header: number): HeaderReading {
  let out = reading;
  for (const role of FIGURE_ROLES) {
    const col = out.columns[role];
    if (col === undefined || !mostly(rows, header, col, sentence)) continue;
    out = without(out, role);
    if (out.columns.status === undefined) out = { ...out, columns: { ...out.columns, status: col }, roleCount: out.roleCount + 1 };
    else out = { ...out, extraStatus: [...out.extraStatus, col].sort((a, b) => a - b) };
  }
  // An audit tracker's "Priority" holds each recommendation's level (High/Medium/Low), not a
  // strategic priority to group by: grouped by it, the summary would list "High" as an objective.
  const objective = out.columns.objective;
  return objective !== undefined && mostly(rows, header, objective, level) ? without(out, 'objective') : out;
}
