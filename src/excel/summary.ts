/// <reference types="office-js" />
import type { CellRange } from '../core/types';
import type { CellStyle, SummarySheetPlan } from '../core/summary';
import { arrayBytesSteps } from './bytes';
import { paced, type Pace, type Steps } from './pace';
import type { SheetMeta } from './read-sheet';
import type { ApiSupport } from './run';
import { formatCallsSteps, type FormatCalls, type Targets } from './summary-formats';
import type { RowJob } from './write';
import { TEXT_FORMAT, columnPoints, rowBytesSteps, type RowLayout } from './write-plan';

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
 * A row per step.
 */
function* layoutSteps(plan: SummarySheetPlan): Steps<RowLayout> {
  const values: (string | number | null)[][] = [];
  const formats: (string | null)[][] = [];
  for (const line of plan.rows) {
    values.push(line.map((c) => c.value));
    formats.push(line.map((c) => (typeof c.value === 'string' ? TEXT_FORMAT : null)));
    yield;
  }
  const blocks = [{ left: 0, width: plan.widths.length, values, formats }];
  const widths = plan.widths.map((chars, col) => ({ col, points: columnPoints(chars) }));
  return { top: 0, rows: plan.rows.length, blocks, boldRuns: [], widths, wraps: [], rowBytes: yield* rowBytesSteps(blocks, plan.rows.length) };
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

/** Makes the summary's format calls, worked out beforehand (formatCallsSteps). */
function queuePlanFormats(ws: Excel.Worksheet, plan: SummarySheetPlan, calls: FormatCalls, supports: ApiSupport): void {
  const at = (r: CellRange): Excel.Range => ws.getRangeByIndexes(r.top, r.left, r.bottom - r.top + 1, r.right - r.left + 1);
  const each = (targets: Targets, set: (format: Excel.RangeFormat) => void): void => {
    for (const a of targets.addresses) set(ws.getRanges(a).format);
    for (const r of targets.ranges) set(at(r).format);
  };
  for (const { spec, targets, ranges } of calls.styles) {
    each(targets, (format) => applyFormat(format, spec));
    // RangeAreas has no number format: percentages are set per range (Table One's few columns).
    const numFmt = spec.numFmt;
    if (numFmt !== undefined) for (const r of ranges) at(r).numberFormat = Array.from({ length: r.bottom - r.top + 1 }, () => Array.from({ length: r.right - r.left + 1 }, () => numFmt));
  }
  for (const { range, across } of calls.merges) at(range).merge(across);
  for (const { points, targets } of calls.heights) {
    each(targets, (format) => {
      format.rowHeight = points;
    });
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
  const footers = layout.headersFooters;
  footers.state = 'Default';
  footers.defaultForAllPages.leftFooter = page.footer.left;
  footers.defaultForAllPages.rightFooter = page.footer.right;
  // Range.clear leaves manual breaks, so last refresh's go first; then one call per printed page, not per row.
  const breaks = ws.horizontalPageBreaks;
  breaks.removePageBreaks();
  for (const r of plan.pageBreaks) if (r > 0) breaks.add(`A${r + 1}`);
}

/**
 * The RAG Summary sheet from the same plan the command line applies, rewritten in place: an
 * existing sheet is cleared (values, formats, merges) in the batch that writes its first rows,
 * never deleted (that would wipe Excel's undo history); a new one is added just after the last
 * tracker. Formats go by the plan's grouped ranges, never per cell; page layout (with the
 * footer and the page breaks) needs ExcelApi 1.9 and gridlines 1.8, and are left out below them.
 * Row heights are the plan's estimates, not autofitRows: Excel's autofit ignores merged cells,
 * and most of the summary's long text sits in merged cells. A protected summary sheet is left alone.
 */
export async function summaryWrite(ctx: Excel.RequestContext, plan: SummarySheetPlan, sheets: readonly SheetMeta[], trackerSheets: readonly string[], supports: ApiSupport, pace: Pace): Promise<SummaryWrite | null> {
  const lower = plan.sheet.toLowerCase();
  const existing = sheets.find((m) => m.name.toLowerCase() === lower);
  if (existing?.protected) return null;
  const names = new Set(trackerSheets.map((n) => n.toLowerCase()));
  const after = sheets.reduce((at, m, i) => (names.has(m.name.toLowerCase()) ? i : at), -1);
  const calls = await paced(formatCallsSteps(plan, supports), pace);
  const bytes = (await paced(arrayBytesSteps(plan.formats), pace)) * 6 + (await paced(arrayBytesSteps(plan.merges), pace)) * 2 + 4000;
  let created: Excel.Worksheet | undefined;
  const job: RowJob = {
    name: plan.sheet,
    layout: await paced(layoutSteps(plan), pace),
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
    queuePlanFormats(ws, plan, calls, supports);
    // Moved last: the read reached the other sheets by position (getNextOrNullObject), so moving earlier would shift them.
    if (created && after >= 0 && after + 1 < sheets.length) ws.position = after + 1;
  };
  return { job, queueFormats, bytes };
}
