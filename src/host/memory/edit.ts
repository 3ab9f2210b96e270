import type { CellRange } from '../../core/types';
import { emptyCell, type CellChange, type MemoryCell, type MemorySheet, type MemoryStyle } from './model';

/** Equal as JSON, whatever the order of the keys (a style is a small tree of plain values). */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x).filter((k) => x[k] !== undefined);
  if (keys.length !== Object.keys(y).filter((k) => y[k] !== undefined).length) return false;
  return keys.every((k) => sameJson(x[k], y[k]));
}

/** True when laying the patch over a style changes it (as JSON: what a save would write). */
function changesStyle(style: MemoryStyle | undefined, patch: MemoryStyle): boolean {
  const before: Record<string, unknown> = { ...style };
  return Object.entries(patch).some(([key, value]) => !sameJson(value, before[key]));
}

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
  const styleChanged = patch.style !== undefined && changesStyle(cell.style, patch.style);
  if (!valueChanged && !formatChanged && !boldChanged && !styleChanged) return;
  // An unchanged style is kept as it is: the summary sets ~20 style parts per cell, mostly again.
  const style = styleChanged ? { ...cell.style, ...patch.style } : cell.style;
  // Built whole rather than by deleting keys: a deleted key leaves the object slow to use.
  const next: MemoryCell = { value: patch.value ?? cell.value, type: patch.type ?? cell.type, numberFormat: patch.numberFormat ?? cell.numberFormat, bold: patch.bold ?? cell.bold };
  const formula = 'formula' in patch ? patch.formula : cell.formula;
  if (formula !== undefined) next.formula = formula;
  if (style !== undefined && Object.keys(style).length > 0) next.style = style;
  line[col] = next;
  const key = `${row},${col}`;
  const seen = sheet.changes.cells.get(key);
  // Set again, not updated in place: the records are shared. Setting a key already there keeps its place in the order.
  if (!seen) sheet.changes.cells.set(key, changeRecord(valueChanged, formatChanged, boldChanged, styleChanged));
  // A cleared cell's record already says every part changed, and must go on saying it was cleared.
  else if (seen.cleared !== true) sheet.changes.cells.set(key, changeRecord(seen.value || valueChanged, seen.numberFormat || formatChanged, seen.bold || boldChanged, seen.style === true || styleChanged));
}

/*
 * A refresh records a change for every cell it writes (a million on a large sheet); there are
 * only sixteen different records, so they are shared, frozen so none is changed for all.
 */
const RECORDS: readonly CellChange[] = Array.from({ length: 16 }, (_, i) => Object.freeze({ value: (i & 1) !== 0, numberFormat: (i & 2) !== 0, bold: (i & 4) !== 0, style: (i & 8) !== 0 }));

/**
 * The shared change record of a cell Range.clear emptied: every part changed, the style wholly.
 * @example sheet.changes.cells.set('3,6', CLEARED)
 */
export const CLEARED: CellChange = Object.freeze({ value: true, numberFormat: true, bold: true, style: true, cleared: true });

/**
 * The shared change record for these flags.
 * @example changeRecord(true, false, false, false) // { value: true, numberFormat: false, bold: false, style: false }
 */
export function changeRecord(value: boolean, numberFormat: boolean, bold: boolean, style: boolean): CellChange {
  return RECORDS[(value ? 1 : 0) | (numberFormat ? 2 : 0) | (bold ? 4 : 0) | (style ? 8 : 0)] as CellChange;
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
