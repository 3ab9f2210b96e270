import ExcelJS from 'exceljs';
import { parts } from '../core/dates';
import { NEXT_DUE_FORMAT, type OutputPlan, type PlannedCell, widenedFilter } from '../core/output';
import type { CellRange } from '../core/types';
import { excelJsFilter, setExcelJsFilter } from './autofilter';
import { replaceRules } from './rules';

export { readSettingsSheet, writeSettingsSheet } from './settings-sheet';
export { WorkbookReadError, WorkbookWriteError, loadWorkbook, saveWorkbook } from './files';

/** How the Next due column shows its dates (the same in every writer). */
export const DATE_FORMAT = NEXT_DUE_FORMAT;

function sheetNamed(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const lower = name.toLowerCase();
  const ws = wb.worksheets.find((w) => w.name.toLowerCase() === lower);
  if (!ws) throw new Error(`The workbook has no sheet named "${name}".`);
  return ws;
}

/*
 * ExcelJS shares one style object between every cell loaded with the same style, so a
 * change is made on a copy: mutating cell.font or cell.numFmt in place would restyle the
 * user's cells too.
 */
function restyle(cell: ExcelJS.Cell, change: Partial<ExcelJS.Style>): void {
  cell.style = { ...cell.style, ...change };
}

function writeCell(ws: ExcelJS.Worksheet, planned: PlannedCell, bold: boolean): void {
  const { row, col, value } = planned;
  // A covered cell of a merge writes through to the merge's top-left cell, which may be the
  // user's (a group heading merged across the row), so it is never written.
  const existing = ws.findCell(row, col + 1);
  if (existing?.type === ExcelJS.ValueType.Merge) return;
  if (value === null) {
    if (existing && existing.value !== null) existing.value = null;
    return;
  }
  const cell = existing ?? ws.getCell(row, col + 1);
  if (typeof value === 'string') {
    if (cell.value !== value) cell.value = value;
  } else {
    const { year, month, day } = parts(value.iso);
    cell.value = new Date(Date.UTC(year, month - 1, day));
    if (cell.numFmt !== DATE_FORMAT) restyle(cell, { numFmt: DATE_FORMAT });
  }
  if (bold && cell.font?.bold !== true) restyle(cell, { font: { ...cell.font, bold: true } });
}

function wrapCell(cell: ExcelJS.Cell): void {
  const { alignment } = cell;
  if (alignment?.wrapText !== true || alignment.vertical !== 'top') restyle(cell, { alignment: { ...alignment, wrapText: true, vertical: 'top' } });
}

/** Wraps a range's cells, top-aligned, empty and covered cells too, as Range.format does in the add-in. */
function wrapTop(ws: ExcelJS.Worksheet, range: CellRange): void {
  for (let r = range.top; r <= range.bottom; r++) {
    for (let c = range.left; c <= range.right; c++) {
      wrapCell(ws.getCell(r + 1, c + 1));
    }
  }
}

/**
 * Writes a refresh's output plan into an ExcelJS workbook: the planned cells only (text as
 * text, dates as date cells, headers bold), the reason wrapped on a first refresh (plan.wraps),
 * the product's colour rules in place of its earlier ones, the legend as a note on the RAG
 * header, and a sheet AutoFilter over the tracker widened to take in the output columns (see
 * widenedFilter). No other cell's value or style
 * changes, and applying the same plan again changes nothing.
 * @example applyPlan(wb, planOutput(tracker, settings))
 */
export function applyPlan(wb: ExcelJS.Workbook, plan: OutputPlan): void {
  const ws = sheetNamed(wb, plan.sheet);
  const rag = plan.columns.find((c) => c.header === 'RAG');
  // Widths and wrapping only on the first refresh: afterwards the column is the user's to
  // resize, or to unwrap (rows they want short), as the add-in and the patcher have it.
  const firstRefresh = rag !== undefined && ws.findCell(plan.headerRow, rag.col + 1)?.value !== 'RAG';
  if (firstRefresh) for (const { col, width } of plan.widths) ws.getColumn(col + 1).width = width;
  const headerCols = new Set(plan.columns.map((c) => c.col));
  // Every table's header on the sheet is bold, as the first's is (OutputPlan.headerRows).
  const headerRows = new Set(plan.headerRows);
  for (const cell of plan.cells) writeCell(ws, cell, headerRows.has(cell.row) && headerCols.has(cell.col));
  if (firstRefresh) for (const range of plan.wraps) wrapTop(ws, range);
  replaceRules(ws, plan.rules);
  if (rag) {
    const header = ws.findCell(plan.headerRow, rag.col + 1);
    if (header && header.type !== ExcelJS.ValueType.Merge) header.note = plan.legend;
  }
  const filter = excelJsFilter(ws);
  const wide = filter ? widenedFilter(filter, plan) : null;
  if (wide) setExcelJsFilter(wb, ws, wide);
}
