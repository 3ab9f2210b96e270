import { guardWritable } from './context';
import { enterValue } from './coerce';
import { hostError } from './errors';
import { cellAt, type MemoryCell } from './model';
import { updateCell } from './edit';
import { isCovered } from './merges';
import type { RangeTarget } from './range';
import { drain, type Steps } from './steps';

type CellKey = 'value' | 'numberFormat' | 'type' | 'bold';

/**
 * One property of every cell of a range, row by row, as a load returns it (empty cells
 * read as '' with the General format).
 * @example readMatrix({ sheet, range: { top: 0, left: 0, bottom: 0, right: 1 } }, 'value') // [['Ref', 'Action']]
 */
export function readMatrix(t: RangeTarget, key: CellKey): unknown[][] {
  return drain(readMatrixSteps(t, key));
}

/** readMatrix a row per step. */
export function* readMatrixSteps(t: RangeTarget, key: CellKey): Steps<unknown[][]> {
  const out: unknown[][] = [];
  for (let r = t.range.top; r <= t.range.bottom; r++) {
    const line: unknown[] = [];
    const row = t.sheet.rows[r];
    for (let c = t.range.left; c <= t.range.right; c++) {
      const cell = row?.[c];
      if (key === 'type') line.push(cell?.type ?? 'Empty');
      else if (key === 'numberFormat') line.push(cell?.numberFormat ?? 'General');
      else if (key === 'bold') line.push(cell?.bold ?? false);
      else line.push(cell?.value ?? '');
    }
    out.push(line);
    yield;
  }
  return out;
}

function entryAt(input: unknown, r: number, c: number): unknown {
  return Array.isArray(input) ? (input[r] as unknown[] | undefined)?.[c] : input;
}

/**
 * Applies a Range.values or Range.numberFormat write: a 2-D array the size of the range (or
 * one value for every cell), null entries leaving their cell as it is. A value written into
 * the covered part of a merged cell is refused, as the adapter must never write through one.
 * A row per step; a wrong-sized array is refused before any cell changes.
 */
export function* writeMatrix(t: RangeTarget, input: unknown, kind: 'values' | 'numberFormat'): Steps {
  guardWritable(t.sheet, `Range.${kind}`);
  const rows = t.range.bottom - t.range.top + 1;
  const cols = t.range.right - t.range.left + 1;
  if (Array.isArray(input)) {
    const wrong = (): Error => hostError('InvalidArgument', `Range.${kind}: the array is not ${rows} x ${cols}`);
    if (input.length !== rows) throw wrong();
    for (const line of input as unknown[]) {
      if (!Array.isArray(line) || line.length !== cols) throw wrong();
    }
  }
  for (let r = 0; r < rows; r++) {
    yield;
    for (let c = 0; c < cols; c++) {
      const raw = entryAt(input, r, c);
      if (raw === null || raw === undefined) continue;
      const row = t.range.top + r;
      const col = t.range.left + c;
      if (kind === 'numberFormat') {
        updateCell(t.sheet, row, col, { numberFormat: raw === '' ? 'General' : String(raw) });
        continue;
      }
      if (isCovered(t.sheet, row, col)) throw hostError('InvalidOperation', `Range.values: ${col},${row} is inside a merged cell`);
      const format = cellAt(t.sheet, row, col)?.numberFormat ?? 'General';
      const entered = enterValue(raw, format);
      // Built in place, not spread from a second object: this runs for every cell written.
      const patch: Partial<MemoryCell> = { value: entered.value, type: entered.type, formula: entered.formula };
      if (entered.numberFormat !== undefined && format === 'General') patch.numberFormat = entered.numberFormat;
      updateCell(t.sheet, row, col, patch);
    }
  }
}

/** Applies Range.format.font.bold to every cell of the range, a row per step. */
export function* writeBold(t: RangeTarget, bold: boolean): Steps {
  guardWritable(t.sheet, 'RangeFont.bold');
  for (let r = t.range.top; r <= t.range.bottom; r++) {
    for (let c = t.range.left; c <= t.range.right; c++) updateCell(t.sheet, r, c, { bold });
    yield;
  }
}
