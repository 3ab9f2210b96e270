import type { CellRange } from '../../core/types';
import { emptyCell, type MemoryCell, type MemorySheet } from './model';

/**
 * Changes a cell and records which of its parts changed, so a write of the same value is
 * no change at all (the host counts changed cells, the bridge saves only those).
 * @example updateCell(sheet, 3, 6, { value: 'Red', type: 'String' })
 */
export function updateCell(sheet: MemorySheet, row: number, col: number, patch: Partial<MemoryCell>): void {
  const line = (sheet.rows[row] ??= []);
  const cell = line[col] ?? emptyCell();
  const valueChanged =
    (patch.value !== undefined && patch.value !== cell.value) ||
    (patch.type !== undefined && patch.type !== cell.type) ||
    ('formula' in patch && patch.formula !== cell.formula);
  const formatChanged = patch.numberFormat !== undefined && patch.numberFormat !== cell.numberFormat;
  const boldChanged = patch.bold !== undefined && patch.bold !== cell.bold;
  const style = patch.style === undefined ? cell.style : { ...cell.style, ...patch.style };
  const styleChanged = 'style' in patch && JSON.stringify(style ?? {}) !== JSON.stringify(cell.style ?? {});
  if (!valueChanged && !formatChanged && !boldChanged && !styleChanged) return;
  const next: MemoryCell = { ...cell, ...patch };
  if (next.formula === undefined) delete next.formula;
  if (style === undefined || Object.keys(style).length === 0) delete next.style;
  else next.style = style;
  line[col] = next;
  const key = `${row},${col}`;
  const seen = sheet.changes.cells.get(key) ?? { value: false, numberFormat: false, bold: false };
  sheet.changes.cells.set(key, { value: seen.value || valueChanged, numberFormat: seen.numberFormat || formatChanged, bold: seen.bold || boldChanged, style: seen.style === true || styleChanged });
}

function counts(cell: MemoryCell, valuesOnly: boolean): boolean {
  if (cell.type !== 'Empty') return true;
  return !valuesOnly && (cell.numberFormat !== 'General' || cell.bold || cell.style !== undefined);
}

/**
 * The used range, 0-based: every cell with a value, or with a value or a format when
 * valuesOnly is false. Null for a sheet with nothing in it.
 * @example usedBounds(sheet, true) // { top: 0, left: 0, bottom: 9, right: 5 }
 */
export function usedBounds(sheet: MemorySheet, valuesOnly: boolean): CellRange | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  sheet.rows.forEach((line, r) => {
    line.forEach((cell, c) => {
      if (!cell || !counts(cell, valuesOnly)) return;
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, c);
      right = Math.max(right, c);
    });
  });
  return bottom < 0 ? null : { top, left, bottom, right };
}

/**
 * True when two 0-based ranges share a cell.
 * @example intersects({ top: 0, left: 0, bottom: 1, right: 1 }, { top: 1, left: 1, bottom: 2, right: 2 }) // true
 */
export function intersects(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}
