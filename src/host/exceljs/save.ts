import type ExcelJS from 'exceljs';
import { a1Range } from '../../core/cells';
import type { CellRange } from '../../core/types';
import type { MemoryCell, MemoryFormat, MemorySheet, MemoryWorkbook } from '../memory/model';
import { setExcelJsFilter } from '../../xlsx/autofilter';
import { savePage, styleOf, unmergeChanged } from './save-style';

/*
 * Host model back into the ExcelJS workbook it was loaded from: only what the host records
 * as changed is written (cells, visibility, conditional formats, notes, the AutoFilter's range, added sheets), so
 * everything the host does not model stays exactly as it was loaded.
 */

const MS_PER_DAY = 86_400_000;

/** ExcelJS shares style objects between cells: change a copy, never the shared object. */
function restyle(cell: ExcelJS.Cell, change: Partial<ExcelJS.Style>): void {
  cell.style = { ...cell.style, ...change };
}

function embolden(cell: ExcelJS.Cell, bold: boolean): void {
  restyle(cell, { font: { ...cell.font, bold } });
}

/** The host's style parts laid over a loaded cell's style (font and alignment part by part, as Excel sets them), or in its place. */
function styleOver(target: ExcelJS.Cell, host: Partial<ExcelJS.Style>, replace: boolean): void {
  const loaded = target.style;
  const out: Partial<ExcelJS.Style> = replace ? host : { ...loaded, ...host };
  if (!replace && host.font) out.font = { ...loaded.font, ...host.font };
  if (!replace && host.alignment) out.alignment = { ...loaded.alignment, ...host.alignment };
  target.style = out;
}

function excelValue(cell: MemoryCell, date1904: boolean): ExcelJS.CellValue {
  if (cell.formula !== undefined) return { formula: cell.formula.replace(/^=/, ''), result: cell.value } as ExcelJS.CellFormulaValue;
  switch (cell.type) {
    case 'Empty':
      return null;
    case 'Error':
      return { error: cell.value } as ExcelJS.CellErrorValue;
    case 'Double':
      // A serial saved as a plain number reads back as the same date under its date format.
      return typeof cell.value === 'number' && date1904 ? new Date((cell.value + 1462 - 25569) * MS_PER_DAY) : cell.value;
    default:
      return cell.value;
  }
}

function saveCells(sheet: MemorySheet, ws: ExcelJS.Worksheet, date1904: boolean): void {
  for (const [key, change] of sheet.changes.cells) {
    const [r = 0, c = 0] = key.split(',').map(Number);
    const cell = sheet.rows[r]?.[c];
    if (!cell) continue;
    const target = ws.getCell(r + 1, c + 1);
    if (change.value) target.value = excelValue(cell, date1904);
    if (change.numberFormat) restyle(target, { numFmt: cell.numberFormat });
    if (change.bold) embolden(target, cell.bold);
    // A cleared cell takes its whole style from the host, as Range.clear leaves it; a restyled
    // one keeps what the host did not set (the user's fill and borders under a wrapped reason).
    if (change.style === true) styleOver(target, styleOf(cell), change.cleared === true);
  }
}

interface Entry {
  ref: string;
  rules: { priority?: number }[];
}

function refOf(ranges: readonly CellRange[]): string {
  return ranges.map((r) => a1Range(r)).join(' ');
}

function newRule(f: MemoryFormat, priority: number): ExcelJS.ConditionalFormattingRule {
  const colour = f.fill === null ? undefined : { argb: `FF${f.fill}` };
  const font: Partial<ExcelJS.Font> = {};
  if (f.fontColor !== null) font.color = { argb: `FF${f.fontColor}` };
  if (f.bold === true) font.bold = true;
  const style: Partial<ExcelJS.Style> = {};
  if (colour) style.fill = { type: 'pattern', pattern: 'solid', fgColor: colour, bgColor: colour };
  if (Object.keys(font).length > 0) style.font = font;
  return { type: 'expression', formulae: [(f.formula ?? '').replace(/^=/, '')], style, priority };
}

/**
 * Rewrites a sheet's conditional formats in the host's order, the way the command line
 * does: loaded entries keep their ref, rules and priorities (less any rule deleted), then
 * new rules follow, grouped by range, numbered after the highest priority kept.
 */
function saveFormats(sheet: MemorySheet, ws: ExcelJS.Worksheet): void {
  // Not in ExcelJS's typings, but where loaded and added rules live (as the command line uses it).
  const original = (ws as unknown as { conditionalFormattings?: Entry[] }).conditionalFormattings ?? [];
  const keptRules = new Set<unknown>();
  const added: MemoryFormat[] = [];
  for (const f of sheet.formats) {
    const source = f.source as { rule: unknown } | undefined;
    if (source) keptRules.add(source.rule);
    else added.push(f);
  }
  const kept = original.map((entry) => ({ ...entry, rules: entry.rules.filter((r) => keptRules.has(r)) })).filter((e) => e.rules.length > 0);
  ws.removeConditionalFormatting(() => false);
  let base = 0;
  for (const entry of kept) {
    base = Math.max(base, ...entry.rules.map((r) => r.priority ?? 0));
    ws.addConditionalFormatting(entry as unknown as ExcelJS.ConditionalFormattingOptions);
  }
  const byRef = new Map<string, ExcelJS.ConditionalFormattingRule[]>();
  added.forEach((f, i) => {
    const ref = refOf(f.ranges);
    byRef.set(ref, [...(byRef.get(ref) ?? []), newRule(f, base + i + 1)]);
  });
  for (const [ref, rules] of byRef) ws.addConditionalFormatting({ ref, rules });
}

function saveNotes(sheet: MemorySheet, ws: ExcelJS.Worksheet): void {
  for (const key of sheet.changes.notes) {
    const [r = 0, c = 0] = key.split(',').map(Number);
    const note = sheet.notes.find((n) => n.row === r && n.col === c);
    const cell = ws.getCell(r + 1, c + 1);
    // ExcelJS has no way to remove a note through its typings; clearing its comment does.
    if (note) cell.note = note.content;
    else (cell as unknown as { _comment?: unknown })._comment = undefined;
  }
}

const STATES = { Visible: 'visible', Hidden: 'hidden', VeryHidden: 'veryHidden' } as const;

/**
 * Writes what the host changed into the ExcelJS workbook the model was loaded from (that
 * very object: loaded conditional formats are matched to it by identity).
 * @example applyModelToExcelJs(host.workbook, wb); await saveWorkbook(wb, 'out.xlsx')
 */
export function applyModelToExcelJs(model: MemoryWorkbook, wb: ExcelJS.Workbook): void {
  for (const sheet of model.sheets) {
    const lower = sheet.name.toLowerCase();
    const ws = wb.worksheets.find((w) => w.name.toLowerCase() === lower) ?? wb.addWorksheet(sheet.name);
    if (sheet.changes.visibility || sheet.changes.added) ws.state = STATES[sheet.visibility];
    unmergeChanged(sheet, ws);
    saveCells(sheet, ws, model.date1904);
    for (const col of sheet.changes.widths) {
      const width = sheet.columnWidths.get(col);
      if (width !== undefined) ws.getColumn(col + 1).width = Math.round(width * 100) / 100;
    }
    if (sheet.changes.formats) saveFormats(sheet, ws);
    saveNotes(sheet, ws);
    savePage(sheet, ws);
    if (sheet.changes.autoFilter) {
      if (sheet.autoFilter) setExcelJsFilter(wb, ws, sheet.autoFilter.range);
      else ws.autoFilter = undefined;
    }
  }
  if (model.sheets.some((s) => s.changes.position)) {
    // ExcelJS orders sheets by orderNo, a plain property its typings leave out.
    model.sheets.forEach((sheet, i) => {
      const ws = wb.worksheets.find((w) => w.name.toLowerCase() === sheet.name.toLowerCase());
      if (ws) (ws as unknown as { orderNo: number }).orderNo = i + 1;
    });
  }
}
