import ExcelJS from 'exceljs';
import type { CellStyle, SummarySheetPlan } from '../core/summary';

const BORDER: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FFA6A6A6' } };
/** ExcelJS's code for A4 paper. */
const A4 = 9;

/**
 * A plan style as an ExcelJS style. Every cell gets its own full style object (never a shared
 * one that a later change could alter for other cells).
 * @example excelStyle({ bold: true, fill: 'C00000', font: 'FFFFFF' }).fill // { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFC00000' } }
 */
export function excelStyle(s: CellStyle): Partial<ExcelJS.Style> {
  const font: Partial<ExcelJS.Font> = {};
  if (s.bold) font.bold = true;
  if (s.italic) font.italic = true;
  if (s.size !== undefined) font.size = s.size;
  if (s.font !== undefined) font.color = { argb: `FF${s.font}` };
  const style: Partial<ExcelJS.Style> = { alignment: { vertical: 'top', wrapText: s.wrap === true, ...(s.align ? { horizontal: s.align } : {}) } };
  if (Object.keys(font).length > 0) style.font = font;
  if (s.fill !== undefined) style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${s.fill}` } };
  if (s.numFmt !== undefined) style.numFmt = s.numFmt;
  if (s.border) style.border = { top: BORDER, left: BORDER, bottom: BORDER, right: BORDER };
  return style;
}

function findSheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  const lower = name.toLowerCase();
  return wb.worksheets.find((ws) => ws.name.toLowerCase() === lower);
}

/** A new sheet goes straight after the last tracker sheet, so the board summary sits beside them. */
function placeAfter(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet, after: readonly string[]): void {
  const order = wb.worksheets.filter((w) => w !== ws);
  const names = new Set(after.map((n) => n.toLowerCase()));
  const last = order.reduce((at, w, i) => (names.has(w.name.toLowerCase()) ? i : at), -1);
  order.splice(last === -1 ? order.length : last + 1, 0, ws);
  // ExcelJS orders sheets by orderNo, a plain property its typings leave out.
  order.forEach((w, i) => {
    (w as unknown as { orderNo: number }).orderNo = i + 1;
  });
}

/** Empties the sheet: values, styles, merges, row heights, page breaks and conditional formats. */
function clear(ws: ExcelJS.Worksheet): void {
  const merges = (ws as unknown as { _merges?: Record<string, unknown> })._merges ?? {};
  for (const ref of Object.keys(merges)) ws.unMergeCells(ref);
  ws.eachRow({ includeEmpty: true }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.value = null;
      cell.style = {};
    });
    (row as { height?: number }).height = undefined;
  });
  ws.removeConditionalFormatting(() => true);
  // ExcelJS keeps manual breaks on the sheet object, a property its typings leave out.
  (ws as unknown as { rowBreaks: unknown[] }).rowBreaks.length = 0;
}

/**
 * Writes the RAG Summary sheet from its plan. An existing summary sheet is cleared and
 * rewritten in place, keeping its position (never deleted and re-added); a new one is placed
 * after the tracker sheets named in `after`. Applying the same plan twice gives the same sheet.
 * @example writeSummarySheet(wb, summarySheetPlan(model), ['Action Plan'])
 */
export function writeSummarySheet(wb: ExcelJS.Workbook, plan: SummarySheetPlan, after: readonly string[]): void {
  let ws = findSheet(wb, plan.sheet);
  if (ws) clear(ws);
  else {
    ws = wb.addWorksheet(plan.sheet);
    placeAfter(wb, ws, after);
  }
  ws.state = 'visible';
  plan.rows.forEach((cells, r) => {
    cells.forEach((cell, c) => {
      if (cell.value !== null) ws.getCell(r + 1, c + 1).value = cell.value;
    });
  });
  for (const { range, style } of plan.formats) {
    const spec = plan.styles[style];
    if (!spec) continue;
    for (let r = range.top; r <= range.bottom; r++) {
      for (let c = range.left; c <= range.right; c++) ws.getCell(r + 1, c + 1).style = excelStyle(spec);
    }
  }
  mergeAll(ws, plan.merges);
  plan.widths.forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });
  plan.heights.forEach((height, r) => {
    if (height !== null) ws.getRow(r + 1).height = height;
  });
  const { page } = plan;
  ws.pageSetup = {
    ...ws.pageSetup,
    orientation: page.orientation,
    paperSize: A4,
    fitToPage: true,
    fitToWidth: page.fitToWidth,
    fitToHeight: page.fitToHeight,
    margins: page.margins,
    printTitlesRow: `${page.titleRows.first}:${page.titleRows.last}`,
  };
  ws.headerFooter = { ...ws.headerFooter, oddFooter: `&L${page.footer.left}&R${page.footer.right}` };
  // ExcelJS breaks below the row it is given: a page starting at 0-based row r breaks below 1-based row r.
  for (const r of plan.pageBreaks) if (r > 0) ws.getRow(r).addPageBreak();
  ws.views = [{ state: 'normal', showGridLines: page.showGridLines }];
}

/**
 * Merges the plan's ranges. ExcelJS checks each new merge against every existing one, which is
 * quadratic: a summary with thousands of exception rows took minutes. The plan's merges never
 * overlap and the sheet was just cleared, so each merge is checked against an empty index and
 * the index is rebuilt once at the end.
 */
function mergeAll(ws: ExcelJS.Worksheet, merges: readonly { top: number; left: number; bottom: number; right: number }[]): void {
  const internal = ws as unknown as { _merges: Record<string, unknown> };
  const index: Record<string, unknown> = { ...internal._merges };
  for (const m of merges) {
    internal._merges = {};
    ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    Object.assign(index, internal._merges);
  }
  internal._merges = index;
}
