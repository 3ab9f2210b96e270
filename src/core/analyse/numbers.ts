import { cellText, isErrorCell } from '../cells';
import type { SheetAction } from '../detect/rows';
import { readConfidence } from '../rollup';
import type { CellValue } from '../types';
import type { IssueSink } from './issues';

/**
 * A progress or confidence cell as a fraction, reporting one that cannot be used or is a
 * number stored as text. `value` is the cell as SheetAction.at gives it; `fractions` says its
 * column's numbers are fractions (fractionColumns), where a number above 1 is over 100%.
 * @example numberCell(action, 'confidence', '80%', sink) // 0.8
 */
export function numberCell(raw: SheetAction, role: 'progress' | 'confidence', value: CellValue | undefined, sink: IssueSink, fractions = false): number | null {
  if (value === null) return null;
  // A one-row action's cell is its row's; an action over several rows takes its first.
  const cell = value === undefined ? raw.cellsAt(raw.roles[role])?.[0] : { value, row: raw.rows[0] ?? 0 };
  if (!cell) return null;
  const v = cell.value;
  // A formula error is warned of where the whole sheet is scanned (scanCells): once is enough.
  if (isErrorCell(v)) return null;
  const input = typeof v === 'number' ? v : typeof v === 'string' ? v : cellText(v);
  const read = readConfidence(input, fractions);
  if (read.problem !== null || (typeof v === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(v))) sink.numberProblem(raw, role, cell, read.problem);
  return read.value;
}
