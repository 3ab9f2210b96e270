import { isBlank } from '../cells';
import { readConfidence } from '../rollup/confidence';
import type { CellValue, Role } from '../types';
import type { HeaderReading } from './columns';

/** Rows under the header looked at: enough to tell sentences from figures, bounded on any sheet. */
const SAMPLE_ROWS = 50;

const FIGURE_ROLES: readonly Role[] = ['progress', 'confidence'];

/** True when most filled cells of column `col` under the header are text no figure can be read from. */
function holdsSentences(rows: readonly (readonly CellValue[])[], header: number, col: number): boolean {
  let filled = 0;
  let sentences = 0;
  const end = Math.min(rows.length, header + 1 + SAMPLE_ROWS);
  for (let r = header + 1; r < end; r++) {
    const value = rows[r]?.[col];
    if (isBlank(value)) continue;
    filled += 1;
    if (typeof value === 'string' && readConfidence(value).problem === 'not_a_number') sentences += 1;
  }
  return filled > 0 && sentences * 2 > filled;
}

/**
 * A header reading with any progress or confidence column that holds sentences read as the
 * status update instead (or beside it, when there is one): boards head their update column
 * "Progress" as often as they head a percentage so, and rating by its words beats reporting
 * every update as "not a number". Only the first rows under the header are read.
 * @example narrativeColumns(readHeader(['Action', 'Progress']), [['Action', 'Progress'], ['Publish', 'Draft shared with ELG']], 0).columns // { action: 0, status: 1 }
 */
export function narrativeColumns(reading: HeaderReading, rows: readonly (readonly CellValue[])[], header: number): HeaderReading {
  let out = reading;
  for (const role of FIGURE_ROLES) {
    const col = out.columns[role];
    if (col === undefined || !holdsSentences(rows, header, col)) continue;
    const columns = { ...out.columns };
    delete columns[role];
    const extraStatus = columns.status === undefined ? out.extraStatus : [...out.extraStatus, col].sort((a, b) => a - b);
    columns.status ??= col;
    out = { ...out, columns, extraStatus, roleCount: Object.keys(columns).length };
  }
  return out;
}
