import { a1, cellText } from '../../src/core/cells';
import { isoToExcelSerial } from '../../src/core/dates';
import { historyTable, type HistoryRow } from '../../src/core/history';
import type { OutputPlan, PlannedValue } from '../../src/core/output';
import type { SummarySheetPlan } from '../../src/core/summary';
import type { CellRange, CellValue } from '../../src/core/types';
import { toCellValue, type CellSlice } from '../../src/excel/grid';
import { DATE_FORMAT, TEXT_FORMAT, bytesPerRow, columnPoints, type Block, type PlanWrite, type RowLayout } from '../../src/excel/write-plan';

/*
 * The adapter's helpers as they were before they worked in steps (one pass, the thread held
 * throughout), kept as the reference the stepped versions must equal.
 */

export function gridRowsBefore(slices: readonly CellSlice[]): CellValue[][] {
  const found: [number, number, CellValue][] = [];
  let width = 0;
  let height = 0;
  for (const slice of slices) {
    slice.values.forEach((line, i) => {
      line.forEach((raw, j) => {
        const value = toCellValue(raw, slice.valueTypes[i]?.[j], slice.numberFormat[i]?.[j]);
        if (value === null) return;
        const row = slice.rowIndex + i;
        const col = slice.columnIndex + j;
        found.push([row, col, value]);
        width = Math.max(width, col + 1);
        height = Math.max(height, row + 1);
      });
    });
  }
  const rows: CellValue[][] = Array.from({ length: height }, () => new Array<CellValue>(width).fill(null));
  for (const [row, col, value] of found) {
    const line = rows[row];
    if (line) line[col] = value;
  }
  return rows;
}

function runs(cols: readonly number[]): { left: number; width: number }[] {
  const out: { left: number; width: number }[] = [];
  for (const col of [...cols].sort((a, b) => a - b)) {
    const last = out[out.length - 1];
    if (last && last.left + last.width === col) last.width++;
    else out.push({ left: col, width: 1 });
  }
  return out;
}

function covering(merges: readonly CellRange[]): (row: number, col: number) => boolean {
  return (row, col) => merges.some((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right && (row !== m.top || col !== m.left));
}

function cellOf(value: PlannedValue | undefined, header: boolean): [string | number | null, string | null] {
  if (value === undefined) return [null, null];
  if (value === null) return ['', null];
  if (typeof value === 'string') return [value, header ? null : TEXT_FORMAT];
  return [isoToExcelSerial(value.iso), DATE_FORMAT];
}

export function planWriteBefore(plan: OutputPlan, merges: readonly CellRange[], firstRefresh: boolean): PlanWrite {
  const covered = covering(merges);
  const top = plan.headerRow - 1;
  const rows = plan.cells.reduce((m, c) => Math.max(m, c.row), plan.headerRow) - top;
  const byCell = new Map(plan.cells.map((c) => [`${c.row - 1},${c.col}`, c.value]));
  const blocks = runs(plan.columns.map((c) => c.col)).map(({ left, width }): Block => {
    const values: Block['values'] = [];
    const formats: Block['formats'] = [];
    for (let i = 0; i < rows; i++) {
      const line = Array.from({ length: width }, (_, j) => (covered(top + i, left + j) ? ([null, null] as const) : cellOf(byCell.get(`${top + i},${left + j}`), plan.headerRows.includes(top + i + 1))));
      values.push(line.map(([v]) => v));
      formats.push(line.map(([, f]) => f));
    }
    return { left, width, values, formats };
  });
  const boldRuns = plan.headerRows.flatMap((r) => runs(plan.columns.map((c) => c.col).filter((col) => !covered(r - 1, col))).map((run) => ({ row: r - 1 - top, ...run })));
  const widths = firstRefresh ? plan.widths.map(({ col, width }) => ({ col, points: columnPoints(width) })) : [];
  return { plan, top, rows, blocks, boldRuns, widths, wraps: firstRefresh ? plan.wraps : [], rowBytes: bytesPerRow(blocks, rows) };
}

function sameRow(a: readonly (string | null)[], b: readonly CellValue[] | undefined): boolean {
  return a.every((v, i) => (v ?? '') === cellText(b?.[i] ?? null));
}

export function historyLayoutBefore(stored: readonly (readonly CellValue[])[], rows: readonly HistoryRow[]): RowLayout | null {
  const table = historyTable(rows);
  const width = table[0]?.length ?? 0;
  let from = 0;
  while (from < table.length && sameRow(table[from] ?? [], stored[from])) from++;
  const staleBelow = stored.slice(table.length).some((line) => line.some((v) => v !== null));
  const end = staleBelow ? Math.max(table.length, stored.length) : table.length;
  if (from >= end) return null;
  const values: (string | null)[][] = [];
  const formats: (string | null)[][] = [];
  for (let r = from; r < end; r++) {
    const line = table[r];
    values.push(Array.from({ length: width }, (_, c) => line?.[c] ?? ''));
    formats.push(Array.from({ length: width }, (_, c) => (line?.[c] ? TEXT_FORMAT : null)));
  }
  const blocks = [{ left: 0, width, values, formats }];
  return { top: from, rows: end - from, blocks, boldRuns: from === 0 ? [{ row: 0, left: 0, width }] : [], widths: [], wraps: [], rowBytes: bytesPerRow(blocks, end - from) };
}

export function summaryLayoutBefore(plan: SummarySheetPlan): RowLayout {
  const values = plan.rows.map((line) => line.map((c) => c.value));
  const formats = plan.rows.map((line) => line.map((c) => (typeof c.value === 'string' ? TEXT_FORMAT : null)));
  const blocks = [{ left: 0, width: plan.widths.length, values, formats }];
  const widths = plan.widths.map((chars, col) => ({ col, points: columnPoints(chars) }));
  return { top: 0, rows: plan.rows.length, blocks, boldRuns: [], widths, wraps: [], rowBytes: bytesPerRow(blocks, plan.rows.length) };
}

function address(r: CellRange): string {
  const start = a1(r.left, r.top + 1);
  const end = a1(r.right, r.bottom + 1);
  return start === end ? start : `${start}:${end}`;
}

export function addressChunksBefore(ranges: readonly CellRange[]): string[] {
  const out: string[] = [];
  let line = '';
  for (const r of ranges) {
    const a = address(r);
    if (line !== '' && line.length + a.length + 1 > 2000) {
      out.push(line);
      line = '';
    }
    line = line === '' ? a : `${line},${a}`;
  }
  if (line !== '') out.push(line);
  return out;
}

export function byStyleBefore(plan: SummarySheetPlan): Map<string, CellRange[]> {
  const out = new Map<string, CellRange[]>();
  for (const { range, style } of plan.formats) out.set(style, [...(out.get(style) ?? []), range]);
  return out;
}

export function mergeRunsBefore(merges: readonly CellRange[]): { range: CellRange; across: boolean }[] {
  const out: { range: CellRange; across: boolean }[] = [];
  const sorted = [...merges].sort((a, b) => a.left - b.left || a.right - b.right || a.top - b.top);
  for (const m of sorted) {
    const last = out[out.length - 1];
    const oneRow = m.top === m.bottom;
    if (last && last.across && oneRow && last.range.left === m.left && last.range.right === m.right && last.range.bottom + 1 === m.top) last.range.bottom = m.top;
    else out.push({ range: { ...m }, across: oneRow });
  }
  return out;
}

export function heightsBefore(plan: SummarySheetPlan): Map<number, CellRange[]> {
  const heights = new Map<number, CellRange[]>();
  plan.heights.forEach((h, r) => {
    if (h !== null) heights.set(h, [...(heights.get(h) ?? []), { top: r, left: 0, bottom: r, right: 0 }]);
  });
  return heights;
}
