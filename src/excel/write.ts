/// <reference types="office-js" />
import { DATA_SHARE, isSizeRefusal, takeRows, type Piece } from './chunks';
import { Progress, RefreshError, officeCode } from './errors';
import type { RowLayout } from './write-plan';

/**
 * Rows to write on one sheet. `sheet` is the proxy of a sheet that exists; `create` makes
 * the sheet (in the batch that first writes to it) when it does not yet.
 */
export interface RowJob {
  name: string;
  layout: RowLayout;
  sheet?: Excel.Worksheet;
  create?: () => Excel.Worksheet;
  /** Queued on the sheet in the batch that writes its first rows, before them (say, clearing it). */
  before?: (ws: Excel.Worksheet) => void;
  /** Counted as written (for the failure message) once all its rows are in. */
  tracked: boolean;
}

export interface WriteOptions {
  /** Bytes per round trip; Infinity on desktop, where everything goes in one. */
  budgetBytes: number;
  /** The budget to fall back to if desktop Excel refuses a batch's size. */
  fallbackBytes: number;
  /** Bytes the final commands (rules, keys, settings) add, to fit them in the last batch. */
  finalBytes: number;
}

interface Item {
  job: RowJob;
  rows: number;
}

function queuePiece({ item, start, count }: Piece<Item>, ws: Excel.Worksheet): void {
  const { layout } = item.job;
  for (const block of layout.blocks) {
    const range = ws.getRangeByIndexes(layout.top + start, block.left, count, block.width);
    const formats = block.formats.slice(start, start + count);
    // The format goes first, so text lands in cells that already keep it as text.
    if (formats.some((line) => line.some((f) => f !== null))) range.numberFormat = formats;
    range.values = block.values.slice(start, start + count);
  }
  if (start === 0) {
    // Several header rows (a sheet of several tables) take one call per address where Excel has getRanges.
    if (layout.boldAreas !== undefined) for (const address of layout.boldAreas) ws.getRanges(address).format.font.bold = true;
    else for (const run of layout.boldRuns) ws.getRangeByIndexes(layout.top + run.row, run.left, 1, run.width).format.font.bold = true;
    for (const { col, points } of layout.widths) ws.getRangeByIndexes(0, col, 1, 1).format.columnWidth = points;
    // The whole column in one call a property (ExcelApi 1.1), rows not yet written too: their values keep it.
    for (const r of layout.wraps) {
      const format = ws.getRangeByIndexes(r.top, r.left, r.bottom - r.top + 1, r.right - r.left + 1).format;
      format.wrapText = true;
      format.verticalAlignment = 'Top';
    }
  }
}

function tooBig(piece: Piece<Item>): RefreshError {
  const row = piece.item.job.layout.top + piece.start + 1;
  return new RefreshError('payload_too_large', `Row ${row} of "${piece.item.job.name}" has more text than Excel on the web accepts at once, so it was not written: refresh in Excel for desktop.`);
}

function bytesOf(pieces: readonly Piece<Item>[]): number {
  let n = 0;
  for (const p of pieces) for (let i = 0; i < p.count; i++) n += p.item.job.layout.rowBytes[p.start + i] ?? 0;
  return n;
}

/**
 * Writes the rows of every job, then the final commands (`final` queues them and returns
 * what they report). Rows go in blocks sized by bytes (all in one round trip on desktop); a
 * refused round trip is retried at half the size. Every round trip suspends calculation.
 */
export async function writeRows<T>(ctx: Excel.RequestContext, io: { send<R>(build: () => R): Promise<R> }, jobs: readonly RowJob[], final: () => T, opts: WriteOptions, progress: Progress): Promise<T> {
  const items: Item[] = jobs.map((job) => ({ job, rows: job.layout.rows }));
  const rowBytes = (item: Item, row: number): number => item.job.layout.rowBytes[row] ?? 0;
  let budget = opts.budgetBytes;
  const cursor = { item: 0, row: 0 };
  for (;;) {
    const pieces = takeRows(items, cursor, rowBytes, budget * DATA_SHARE);
    const last = pieces[pieces.length - 1];
    const end = last ? { item: items.indexOf(last.item), row: last.start + last.count } : { ...cursor };
    if (last && end.row >= last.item.rows) Object.assign(end, { item: end.item + 1, row: 0 });
    const withFinal = end.item >= items.length && (pieces.length === 0 || bytesOf(pieces) + opts.finalBytes <= budget * DATA_SHARE);
    const made = new Map<RowJob, Excel.Worksheet>();
    let result: T | undefined;
    try {
      result = await io.send(() => {
        made.clear();
        ctx.application.suspendApiCalculationUntilNextSync();
        for (const piece of pieces) {
          const { job } = piece.item;
          let ws = job.sheet ?? made.get(job);
          if (!ws && job.create) made.set(job, (ws = job.create()));
          if (ws && piece.start === 0) job.before?.(ws);
          if (ws) queuePiece(piece, ws);
        }
        return withFinal ? final() : undefined;
      });
    } catch (error) {
      // Refused with no rows in it (only the final commands), a smaller batch would not help.
      if (!isSizeRefusal(officeCode(error)) || pieces.length === 0) throw error;
      const first = pieces[0];
      if (first && pieces.length === 1 && first.count === 1) throw tooBig(first);
      budget = Number.isFinite(budget) ? Math.max(1, Math.floor(budget / 2)) : opts.fallbackBytes;
      continue;
    }
    for (const [job, ws] of made) job.sheet = ws;
    for (const p of pieces) if (p.item.job.tracked && p.start + p.count >= p.item.rows) progress.written.push(p.item.job.name);
    // final() ran in this batch, so the result is what it returned.
    if (withFinal) return result as T;
    Object.assign(cursor, end);
  }
}
