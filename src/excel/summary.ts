/// <reference types="office-js" />
import { a1 } from '../core/cells';
import type { CellRange } from '../core/types';
import type { CellStyle, SummarySheetPlan } from '../core/summary';
import { jsonBytes } from './bytes';
import type { SheetMeta } from './read-sheet';
import type { ApiSupport } from './run';
import type { RowJob } from './write';
import { TEXT_FORMAT, bytesPerRow, columnPoints, type RowLayout } from './write-plan';

const BORDER_COLOUR = '#A6A6A6';
const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical'] as const;
const ALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const;
const POINTS_PER_INCH = 72;

/** The RAG Summary written by a refresh: its rows as a write job, and its formats for the final batch. */
export interface SummaryWrite {
  job: RowJob;
  /** Queues formats, merges, row heights and page layout on the sheet the job wrote. */
  queueFormats: () => void;
  bytes: number;
}

/*
 * The values as one block from A1: text in the Text format (so "- item" or "=x" stays text,
 * as on the tracker sheets), numbers as they are; styles come after, by range, in the last batch.
 */
function layoutOf(plan: SummarySheetPlan): RowLayout {
  const values = plan.rows.map((line) => line.map((c) => c.value));
  const formats = plan.rows.map((line) => line.map((c) => (typeof c.value === 'string' ? TEXT_FORMAT : null)));
  const blocks = [{ left: 0, width: plan.widths.length, values, formats }];
  const widths = plan.widths.map((chars, col) => ({ col, points: columnPoints(chars) }));
  return { top: 0, rows: plan.rows.length, blocks, boldRuns: [], widths, rowBytes: bytesPerRow(blocks, plan.rows.length) };
}

/* Addresses per getRanges call: well under Excel's limit on an address string. */
const ADDRESS_CHARS = 2000;

function address(r: CellRange): string {
  const start = a1(r.left, r.top + 1);
  const end = a1(r.right, r.bottom + 1);
  return start === end ? start : `${start}:${end}`;
}

/** Ranges joined into getRanges addresses, each under ADDRESS_CHARS. */
function addressChunks(ranges: readonly CellRange[]): string[] {
  const out: string[] = [];
  let line = '';
  for (const r of ranges) {
    const a = address(r);
    if (line !== '' && line.length + a.length + 1 > ADDRESS_CHARS) {
      out.push(line);
      line = '';
    }
    line = line === '' ? a : `${line},${a}`;
  }
  if (line !== '') out.push(line);
  return out;
}

function applyFormat(format: Excel.RangeFormat, s: CellStyle): void {
  if (s.bold) format.font.bold = true;
  if (s.italic) format.font.italic = true;
  if (s.size !== undefined) format.font.size = s.size;
  if (s.font !== undefined) format.font.color = `#${s.font}`;
  if (s.fill !== undefined) format.fill.color = `#${s.fill}`;
  if (s.align !== undefined) format.horizontalAlignment = ALIGN[s.align];
  format.verticalAlignment = 'Top';
  if (s.wrap) format.wrapText = true;
  if (s.border) {
    for (const edge of EDGES) {
      const b = format.borders.getItem(edge);
      b.style = 'Continuous';
      b.color = BORDER_COLOUR;
    }
  }
}

/** The plan's ranges by style, in the order the styles first appear. */
function byStyle(plan: SummarySheetPlan): Map<string, CellRange[]> {
  const out = new Map<string, CellRange[]>();
  for (const { range, style } of plan.formats) out.set(style, [...(out.get(style) ?? []), range]);
  return out;
}

/** Merges of one row each with the same columns on consecutive rows: one merge(across) call. */
function mergeRuns(merges: readonly CellRange[]): { range: CellRange; across: boolean }[] {
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

/*
 * Each style goes once per group of its ranges: with ExcelApi 1.9 a RangeAreas (getRanges)
 * carries many ranges per call, so a long exceptions list alternating Red and Amber costs a
 * few calls, not one per row; below 1.9, one call per plan range.
 */
function queuePlanFormats(ws: Excel.Worksheet, plan: SummarySheetPlan, supports: ApiSupport): void {
  const at = (r: CellRange): Excel.Range => ws.getRangeByIndexes(r.top, r.left, r.bottom - r.top + 1, r.right - r.left + 1);
  const areas = supports('1.9');
  for (const [style, ranges] of byStyle(plan)) {
    const spec = plan.styles[style];
    if (!spec) continue;
    if (areas) for (const a of addressChunks(ranges)) applyFormat(ws.getRanges(a).format, spec);
    else for (const r of ranges) applyFormat(at(r).format, spec);
    // RangeAreas has no number format: percentages are set per range (Table One's few columns).
    const numFmt = spec.numFmt;
    if (numFmt !== undefined) for (const r of ranges) at(r).numberFormat = Array.from({ length: r.bottom - r.top + 1 }, () => Array.from({ length: r.right - r.left + 1 }, () => numFmt));
  }
  for (const { range, across } of mergeRuns(plan.merges)) at(range).merge(across);
  const heights = new Map<number, CellRange[]>();
  plan.heights.forEach((h, r) => {
    if (h !== null) heights.set(h, [...(heights.get(h) ?? []), { top: r, left: 0, bottom: r, right: 0 }]);
  });
  for (const [h, rows] of heights) {
    if (areas) for (const a of addressChunks(rows)) ws.getRanges(a).format.rowHeight = h;
    else for (const r of rows) at(r).format.rowHeight = h;
  }
  if (supports('1.8')) ws.showGridlines = plan.page.showGridLines;
  if (!supports('1.9')) return;
  const { page } = plan;
  const layout = ws.pageLayout;
  layout.orientation = 'Landscape';
  layout.paperSize = 'A4';
  // 0 pages tall is Excel's "automatic": as many pages as the rows need.
  layout.zoom = { horizontalFitToPages: page.fitToWidth, verticalFitToPages: page.fitToHeight };
  layout.setPrintTitleRows(`$${page.titleRows.first}:$${page.titleRows.last}`);
  layout.leftMargin = page.margins.left * POINTS_PER_INCH;
  layout.rightMargin = page.margins.right * POINTS_PER_INCH;
  layout.topMargin = page.margins.top * POINTS_PER_INCH;
  layout.bottomMargin = page.margins.bottom * POINTS_PER_INCH;
  layout.headerMargin = page.margins.header * POINTS_PER_INCH;
  layout.footerMargin = page.margins.footer * POINTS_PER_INCH;
}

/**
 * The RAG Summary sheet from the same plan the command line applies, rewritten in place: an
 * existing sheet is cleared (values, formats, merges) in the batch that writes its first rows,
 * never deleted (that would wipe Excel's undo history); a new one is added just after the last
 * tracker. Formats go by the plan's grouped ranges, never per cell; page layout needs ExcelApi
 * 1.9 and gridlines 1.8, and are left out below them. A protected summary sheet is left alone.
 */
export function summaryWrite(ctx: Excel.RequestContext, plan: SummarySheetPlan, sheets: readonly SheetMeta[], trackerSheets: readonly string[], supports: ApiSupport): SummaryWrite | null {
  const lower = plan.sheet.toLowerCase();
  const existing = sheets.find((m) => m.name.toLowerCase() === lower);
  if (existing?.protected) return null;
  const names = new Set(trackerSheets.map((n) => n.toLowerCase()));
  const after = sheets.reduce((at, m, i) => (names.has(m.name.toLowerCase()) ? i : at), -1);
  let created: Excel.Worksheet | undefined;
  const job: RowJob = {
    name: plan.sheet,
    layout: layoutOf(plan),
    tracked: false,
    ...(existing
      ? {
          sheet: existing.ws,
          before: (ws: Excel.Worksheet) => {
            ws.getRange().clear();
            if (existing.hidden) ws.visibility = 'Visible';
          },
        }
      : {
          create: () => {
            const ws = ctx.workbook.worksheets.add(plan.sheet);
            created = ws;
            return ws;
          },
        }),
  };
  const queueFormats = (): void => {
    // On desktop the sheet is made in this very batch, before the job learns of it.
    const ws = job.sheet ?? created;
    if (!ws) return;
    queuePlanFormats(ws, plan, supports);
    // Moved last: the read reached the other sheets by position (getNextOrNullObject), so moving earlier would shift them.
    if (created && after >= 0 && after + 1 < sheets.length) ws.position = after + 1;
  };
  return { job, queueFormats, bytes: jsonBytes(plan.formats) * 6 + jsonBytes(plan.merges) * 2 + 4000 };
}
