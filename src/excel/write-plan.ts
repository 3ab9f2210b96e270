import { isoToExcelSerial } from '../core/dates';
import type { OutputPlan, PlannedValue } from '../core/output';
import type { CellRange } from '../core/types';
import { jsonBytes } from './bytes';

/** How the Next due column shows its dates; the command line writes the same format. */
export const DATE_FORMAT = 'dd mmm yyyy';

/** Excel's Text format: what is written into it stays text (no formula, number or date). */
export const TEXT_FORMAT = '@';

/** A run of adjacent output columns written as one 2-D block per round trip. */
export interface Block {
  left: number;
  width: number;
  /** Rows from the header row down: what Range.values gets (null leaves a cell alone). */
  values: (string | number | null)[][];
  /** What Range.numberFormat gets (null leaves a cell's format alone). */
  formats: (string | null)[][];
}

/** Rows laid out for Range writes: column blocks, header runs to embolden, bytes per row. */
export interface RowLayout {
  /** 0-based row of the first row written (the header). */
  top: number;
  /** How many rows from `top` are written. */
  rows: number;
  blocks: Block[];
  /** Runs of the first row to make bold, when it is a header. */
  boldRuns: { left: number; width: number }[];
  /** Column widths (points) to set with the first rows. */
  widths: { col: number; points: number }[];
  rowBytes: number[];
}

/** A tracker's output laid out for Range writes. */
export interface PlanWrite extends RowLayout {
  plan: OutputPlan;
}

/**
 * Excel's width in points of a column `chars` characters wide (Calibri 11: 7 pixels a
 * character plus 5 of padding, at 0.75 points a pixel), as Range.format.columnWidth takes it.
 * @example columnPoints(11) // 61.5
 */
export function columnPoints(chars: number): number {
  return (Math.round(chars * 7) + 5) * 0.75;
}

/** Bytes each row adds to a request: its values and formats as JSON. */
export function bytesPerRow(blocks: readonly Block[], rows: number): number[] {
  return Array.from({ length: rows }, (_, i) => blocks.reduce((n, b) => n + jsonBytes(b.values[i]) + jsonBytes(b.formats[i]) + 2, 0));
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

/*
 * Each planned value as the command line writes it: text as text (the Text format keeps a
 * reason that starts with "-" or "=" from becoming a formula), a date as a serial with the
 * date format, an empty value as a cleared cell. The covered part of a merged cell is never
 * written (null), since the merge belongs to the user.
 */
function cellOf(value: PlannedValue | undefined, header: boolean): [string | number | null, string | null] {
  if (value === undefined) return [null, null];
  if (value === null) return ['', null];
  if (typeof value === 'string') return [value, header ? null : TEXT_FORMAT];
  return [isoToExcelSerial(value.iso), DATE_FORMAT];
}

/**
 * The writes for one tracker's output plan, by row position (right under filters and hidden
 * rows, which Range writes do not skip). Column widths are set only when the columns are
 * new (`firstRefresh`): afterwards they are the user's to resize, as the command line has it.
 * @example planWrite(planOutput(tracker, settings), grid.merges, true).blocks[0]?.left // 6
 */
export function planWrite(plan: OutputPlan, merges: readonly CellRange[], firstRefresh: boolean): PlanWrite {
  const covered = covering(merges);
  const top = plan.headerRow - 1;
  const rows = plan.cells.reduce((m, c) => Math.max(m, c.row), plan.headerRow) - top;
  const byCell = new Map(plan.cells.map((c) => [`${c.row - 1},${c.col}`, c.value]));
  const blocks = runs(plan.columns.map((c) => c.col)).map(({ left, width }): Block => {
    const values: Block['values'] = [];
    const formats: Block['formats'] = [];
    for (let i = 0; i < rows; i++) {
      const line = Array.from({ length: width }, (_, j) => (covered(top + i, left + j) ? ([null, null] as const) : cellOf(byCell.get(`${top + i},${left + j}`), i === 0)));
      values.push(line.map(([v]) => v));
      formats.push(line.map(([, f]) => f));
    }
    return { left, width, values, formats };
  });
  const boldRuns = runs(plan.columns.map((c) => c.col).filter((col) => !covered(top, col)));
  const widths = firstRefresh ? plan.widths.map(({ col, width }) => ({ col, points: columnPoints(width) })) : [];
  return { plan, top, rows, blocks, boldRuns, widths, rowBytes: bytesPerRow(blocks, rows) };
}
