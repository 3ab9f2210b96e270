import { isoToExcelSerial } from '../core/dates';
import { NEXT_DUE_FORMAT, type OutputPlan, type PlannedValue } from '../core/output';
import type { CellRange } from '../core/types';
import { jsonBytes } from './bytes';
import { drain, type Steps } from './pace';
import { addressChunks } from './summary-formats';

/** How the Next due column shows its dates (the same in every writer). */
export const DATE_FORMAT = NEXT_DUE_FORMAT;

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
  /** Runs of header rows to make bold: `row` counts from `top` (0 is the first row written). */
  boldRuns: { row: number; left: number; width: number }[];
  /**
   * The same runs as Worksheet.getRanges addresses (ExcelApi 1.9), when there are several header
   * rows (a sheet of several tables): a format call per address, not per run, whatever the tables.
   */
  boldAreas?: string[];
  /** Column widths (points) to set with the first rows. */
  widths: { col: number; points: number }[];
  /** Ranges (0-based) to wrap, top-aligned, with the first rows: one format call a property each. */
  wraps: CellRange[];
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
  return drain(rowBytesSteps(blocks, rows));
}

/** bytesPerRow a row per step. */
export function* rowBytesSteps(blocks: readonly Block[], rows: number): Steps<number[]> {
  const out: number[] = [];
  for (let i = 0; i < rows; i++) {
    let n = 0;
    for (const b of blocks) n += jsonBytes(b.values[i]) + jsonBytes(b.formats[i]) + 2;
    out.push(n);
    yield;
  }
  return out;
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
function cellOf(value: PlannedValue | undefined, header: boolean, date1904: boolean): [string | number | null, string | null] {
  if (value === undefined) return [null, null];
  if (value === null) return ['', null];
  if (typeof value === 'string') return [value, header ? null : TEXT_FORMAT];
  // A 1904 workbook counts its days from 1 Jan 1904, 1,462 days after the 1900 system's start.
  return [isoToExcelSerial(value.iso) - (date1904 ? 1462 : 0), DATE_FORMAT];
}

/** Nothing planned for a cell (as against a planned null, which clears it). */
const UNPLANNED: unique symbol = Symbol('unplanned');

/** The planned values by row (0 = the header row) and column (a later cell wins, as in a Map), a step per few thousand cells. */
function* plannedByRow(plan: OutputPlan, top: number, rows: number): Steps<(PlannedValue | typeof UNPLANNED)[][]> {
  const grid: (PlannedValue | typeof UNPLANNED)[][] = [];
  for (let i = 0; i < rows; i++) grid.push([]);
  for (let k = 0; k < plan.cells.length; k++) {
    const c = plan.cells[k];
    const line = c && grid[c.row - 1 - top];
    if (c && line) {
      while (line.length <= c.col) line.push(UNPLANNED);
      line[c.col] = c.value;
    }
    if (k % 4096 === 4095) yield;
  }
  return grid;
}

/**
 * The writes for one tracker's output plan, by row position (right under filters and hidden
 * rows, which Range writes do not skip). Column widths and the reason's wrapping are set only
 * when the columns are new (`firstRefresh`): afterwards they are the user's to resize or unwrap,
 * as the command line has it.
 * @example planWrite(planOutput(tracker, settings), grid.merges, true).blocks[0]?.left // 6
 */
export function planWrite(plan: OutputPlan, merges: readonly CellRange[], firstRefresh: boolean, date1904 = false, areas = false): PlanWrite {
  return drain(planWriteSteps(plan, merges, firstRefresh, date1904, areas));
}

/** The header rows' runs to embolden, each row's own (a merge may cover a cell on one and not another), with their getRanges addresses when `areas`. */
function* boldSteps(plan: OutputPlan, top: number, covered: (row: number, col: number) => boolean, areas: boolean): Steps<Pick<RowLayout, 'boldRuns' | 'boldAreas'>> {
  const cols = plan.columns.map((c) => c.col);
  const boldRuns = plan.headerRows.flatMap((r) => runs(cols.filter((col) => !covered(r - 1, col))).map((run) => ({ row: r - 1 - top, ...run })));
  if (!areas || plan.headerRows.length < 2) return { boldRuns };
  const ranges = boldRuns.map(({ row, left, width }) => ({ top: top + row, bottom: top + row, left, right: left + width - 1 }));
  return { boldRuns, boldAreas: yield* addressChunks(ranges) };
}

/**
 * planWrite a row per step; `date1904` writes dates as serials of the 1904 date system, `areas`
 * (ExcelApi 1.9) emboldens several header rows with getRanges.
 */
export function* planWriteSteps(plan: OutputPlan, merges: readonly CellRange[], firstRefresh: boolean, date1904 = false, areas = false): Steps<PlanWrite> {
  const covered = covering(merges);
  const top = plan.headerRow - 1;
  const headers = new Set(plan.headerRows.map((r) => r - 1 - top));
  const rows = plan.cells.reduce((m, c) => Math.max(m, c.row), plan.headerRow) - top;
  const planned = yield* plannedByRow(plan, top, rows);
  const blocks = runs(plan.columns.map((c) => c.col)).map(({ left, width }): Block => ({ left, width, values: [], formats: [] }));
  for (let i = 0; i < rows; i++) {
    const line = planned[i] ?? [];
    for (const { left, width, values, formats } of blocks) {
      const vs: Block['values'][number] = [];
      const fs: Block['formats'][number] = [];
      for (let j = 0; j < width; j++) {
        const value = line[left + j];
        const [v, f] = covered(top + i, left + j) ? [null, null] : cellOf(value === UNPLANNED ? undefined : value, headers.has(i), date1904);
        vs.push(v);
        fs.push(f);
      }
      values.push(vs);
      formats.push(fs);
    }
    yield;
  }
  const bold = yield* boldSteps(plan, top, covered, areas);
  const widths = firstRefresh ? plan.widths.map(({ col, width }) => ({ col, points: columnPoints(width) })) : [];
  const wraps = firstRefresh ? plan.wraps : [];
  return { plan, top, rows, blocks, ...bold, widths, wraps, rowBytes: yield* rowBytesSteps(blocks, rows) };
}
