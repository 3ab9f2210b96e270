import ExcelJS from 'exceljs';
import '../../xlsx/exceljs-fixes';
import { excelJsFilter } from '../../xlsx/autofilter';
import { isSheetProtected, parseA1Range } from '../../xlsx/read';
import { cellsOf, rowsOf } from './internals';
import type { CellRange } from '../../core/types';
import { newSheet, type MemoryAutoFilter, type MemoryCell, type MemoryFormat, type MemorySheet, type MemoryTable, type MemoryWorkbook, type Visibility } from '../memory/model';

/*
 * ExcelJS in, host model out: each cell as Excel itself holds it (a date is a serial number
 * with a date format, an error is its text of type Error, a formula keeps its cached result),
 * so the Office.js adapter sees what it would see in Excel. Reads through the same ExcelJS
 * patches as the command line, so both paths start from the same workbook.
 */

const MS_PER_DAY = 86_400_000;

type Content = Pick<MemoryCell, 'value' | 'type'> & { formula?: string };

function text(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null && 'richText' in value && Array.isArray(value.richText)) {
    return value.richText.map((run: { text?: unknown }) => (typeof run.text === 'string' ? run.text : '')).join('');
  }
  return value === null || value === undefined ? '' : String(value);
}

function content(value: unknown, date1904: boolean): Content {
  if (value === null || value === undefined || value === '') return { value: '', type: 'Empty' };
  if (typeof value === 'string') return { value, type: 'String' };
  if (typeof value === 'number') return { value, type: 'Double' };
  if (typeof value === 'boolean') return { value, type: 'Boolean' };
  // ExcelJS turns a number shown with a date format into a Date at midnight UTC; Excel keeps the serial.
  if (value instanceof Date) return { value: 25569 + value.getTime() / MS_PER_DAY - (date1904 ? 1462 : 0), type: 'Double' };
  if (typeof value !== 'object') return { value: '', type: 'Empty' };
  if ('error' in value) return { value: String(value.error), type: 'Error' };
  if ('richText' in value) return { value: text(value), type: 'String' };
  if ('formula' in value || 'sharedFormula' in value) {
    const result = content('result' in value ? value.result : undefined, date1904);
    const formula = 'formula' in value && typeof value.formula === 'string' ? `=${value.formula}` : undefined;
    return formula === undefined ? result : { ...result, formula };
  }
  if ('hyperlink' in value) return { value: text('text' in value ? value.text : ''), type: 'String' };
  return { value: '', type: 'Empty' };
}

function cellOf(cell: ExcelJS.Cell, date1904: boolean): MemoryCell {
  // A merge's covered cells read as empty in Excel (ExcelJS repeats the top-left value).
  const c = cell.type === ExcelJS.ValueType.Merge ? { value: '', type: 'Empty' as const } : content(cell.value, date1904);
  const numberFormat = cell.numFmt || (cell.value instanceof Date ? 'mm-dd-yy' : 'General');
  return { ...c, numberFormat, bold: cell.font?.bold === true };
}

function noteText(note: unknown): string | null {
  if (typeof note === 'string') return note;
  if (typeof note === 'object' && note !== null && 'texts' in note && Array.isArray(note.texts)) {
    return note.texts.map((t: { text?: unknown }) => (typeof t.text === 'string' ? t.text : '')).join('');
  }
  return null;
}

function loadCells(ws: ExcelJS.Worksheet, sheet: MemorySheet, date1904: boolean): void {
  rowsOf(ws).forEach((row, r) => {
    if (!row) return;
    if (row.hidden) sheet.hiddenRows.add(r);
    cellsOf(row).forEach((cell, c) => {
      if (!cell) return;
      (sheet.rows[r] ??= [])[c] = cellOf(cell, date1904);
      const note = noteText(cell.note);
      if (note !== null) sheet.notes.push({ row: r, col: c, content: note });
    });
  });
}

function loadTables(ws: ExcelJS.Worksheet, sheet: MemorySheet): MemoryTable[] {
  const tables = ws.getTables() as unknown as { table?: { name?: string; tableRef?: string; headerRow?: boolean; totalsRow?: boolean; columns?: { name?: string }[] } }[];
  const out: MemoryTable[] = [];
  for (const { table } of tables) {
    const range = table?.tableRef ? parseA1Range(table.tableRef) : null;
    if (!table || !range) continue;
    const showHeaders = table.headerRow !== false;
    const header = sheet.rows[range.top];
    const columns = Array.from({ length: range.right - range.left + 1 }, (_, i) =>
      showHeaders ? String(header?.[range.left + i]?.value ?? '') : table.columns?.[i]?.name ?? `Column${i + 1}`,
    );
    out.push({ name: table.name ?? '', range, showHeaders, showTotals: table.totalsRow === true, columns });
  }
  return out;
}

interface ExcelJsRule {
  type?: string;
  formulae?: unknown[];
  priority?: number;
  stopIfTrue?: boolean;
  style?: { fill?: { bgColor?: { argb?: string }; fgColor?: { argb?: string } }; font?: { color?: { argb?: string }; bold?: boolean } };
}
interface ExcelJsFormatting {
  ref: string;
  rules: ExcelJsRule[];
}

const TYPES: Readonly<Record<string, string>> = { expression: 'Custom', cellIs: 'CellValue', dataBar: 'DataBar', colorScale: 'ColorScale', iconSet: 'IconSet', top10: 'TopBottom', containsText: 'ContainsText' };

function loadFormats(ws: ExcelJS.Worksheet): MemoryFormat[] {
  // Not in ExcelJS's typings, but where loaded rules live (as the command line reads them).
  const list = (ws as unknown as { conditionalFormattings?: ExcelJsFormatting[] }).conditionalFormattings ?? [];
  const formats = list.flatMap((entry) =>
    entry.rules.map((rule): MemoryFormat => {
      const argb = (c?: { argb?: string }): string | null => (c?.argb ? c.argb.slice(-6).toUpperCase() : null);
      const formula = rule.type === 'expression' && typeof rule.formulae?.[0] === 'string' ? `=${rule.formulae[0]}` : null;
      return {
        type: TYPES[rule.type ?? ''] ?? 'PresetCriteria',
        ranges: entry.ref.split(/\s+/).map(parseA1Range).filter((r): r is CellRange => r !== null),
        formula,
        fill: argb(rule.style?.fill?.bgColor) ?? argb(rule.style?.fill?.fgColor),
        fontColor: argb(rule.style?.font?.color),
        bold: rule.style?.font?.bold ?? null,
        stopIfTrue: rule.stopIfTrue === true,
        source: { entry, rule },
      };
    }),
  );
  const priority = (f: MemoryFormat): number => (f.source as { rule: ExcelJsRule }).rule.priority ?? 0;
  return formats.sort((a, b) => priority(a) - priority(b));
}

/*
 * ExcelJS reads a sheet AutoFilter's range but none of its <filterColumn> criteria. A filter
 * with criteria leaves rows hidden under its header, so those stand for criteria the host
 * cannot name; rows hidden by hand under a filter read the same way, which only errs on the
 * side of leaving a filter alone.
 */
function loadFilter(ws: ExcelJS.Worksheet, sheet: MemorySheet): MemoryAutoFilter | null {
  const range = excelJsFilter(ws);
  if (range === null) return null;
  const unreadCriteria = [...sheet.hiddenRows].some((r) => r > range.top && r <= range.bottom);
  return { range, criteria: new Map(), unreadCriteria };
}

const STATES: Readonly<Record<string, Visibility>> = { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' };

/**
 * The host model of an ExcelJS workbook: values, number formats, bold, sheets with their
 * visibility, protection, hidden rows and AutoFilter, tables, merges, conditional formats and notes, and the title.
 * @example const host = new MemoryExcelHost(modelFromExcelJs(await loadWorkbook('tracker.xlsx')))
 */
export function modelFromExcelJs(wb: ExcelJS.Workbook): MemoryWorkbook {
  const date1904 = Boolean((wb.properties as { date1904?: boolean } | undefined)?.date1904);
  const sheets = wb.worksheets.map((ws) => {
    const sheet = newSheet(ws.name);
    sheet.visibility = STATES[ws.state] ?? 'Visible';
    sheet.protected = isSheetProtected(ws);
    loadCells(ws, sheet, date1904);
    const merges = (ws as unknown as { _merges?: Record<string, { top: number; left: number; bottom: number; right: number }> })._merges ?? {};
    sheet.merges = Object.values(merges).map((b) => ({ top: b.top - 1, left: b.left - 1, bottom: b.bottom - 1, right: b.right - 1 }));
    sheet.tables = loadTables(ws, sheet);
    sheet.autoFilter = loadFilter(ws, sheet);
    sheet.formats = loadFormats(ws);
    (ws.columns ?? []).forEach((column, i) => {
      if (typeof column.width === 'number') sheet.columnWidths.set(i, column.width);
    });
    return sheet;
  });
  const title = wb.title?.trim();
  return { sheets, date1904, ...(title ? { title } : {}) };
}
