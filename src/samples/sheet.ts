import ExcelJS from 'exceljs';

/** The fixed date stamped on every sample, so a rebuild gives the same files. */
export const SAMPLE_DATE = new Date(Date.UTC(2026, 0, 1));

/** A column of a sample sheet: its header text and its width in characters. */
export interface ColumnSpec {
  header: string;
  width: number;
}

/** A workbook stamped with the samples' fixed creator and dates. */
export function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'RAG Tracker samples';
  workbook.lastModifiedBy = 'RAG Tracker samples';
  workbook.created = SAMPLE_DATE;
  workbook.modified = SAMPLE_DATE;
  return workbook;
}

/** Cell text for a list of entries: one entry per line, as the original cells had them. */
export function cellText(lines: readonly string[]): string {
  return lines.join('\n');
}

/** Writes the bold header row at `headerRow` and sets the column widths. */
export function writeHeader(sheet: ExcelJS.Worksheet, headerRow: number, columns: readonly ColumnSpec[]): void {
  columns.forEach((column, index) => {
    sheet.getColumn(index + 1).width = column.width;
  });
  const header = sheet.getRow(headerRow);
  header.values = columns.map((column) => column.header);
  header.font = { bold: true };
}

/**
 * Wraps the table's text at the top of each cell and freezes the panes below the header,
 * as a team's own tracker would look. Rows above the header keep their own layout.
 */
export function finishTable(sheet: ExcelJS.Worksheet, headerRow: number, columnCount: number): void {
  for (let r = headerRow; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    for (let c = 1; c <= columnCount; c++) {
      row.getCell(c).alignment = { wrapText: true, vertical: 'top' };
    }
  }
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: headerRow }];
  for (let r = headerRow + 1; r <= sheet.rowCount; r++) fitHeight(sheet, sheet.getRow(r), columnCount);
}

/** Points per wrapped line at the default 11 pt font. */
const LINE_HEIGHT = 15;

/**
 * Sets a row's height to show its wrapped text, as Excel's autofit would have saved it:
 * spreadsheet programs other than Excel do not re-fit rows when they open a file.
 */
function fitHeight(sheet: ExcelJS.Worksheet, row: ExcelJS.Row, columnCount: number): void {
  let lines = 1;
  for (let c = 1; c <= columnCount; c++) {
    const value = row.getCell(c).value;
    if (typeof value !== 'string') continue;
    const perLine = Math.max(8, Math.floor((sheet.getColumn(c).width ?? 10) * 1.1));
    const count = value.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / perLine)), 0);
    lines = Math.max(lines, count);
  }
  row.height = lines * LINE_HEIGHT;
}

/** A cell value; a list of entries becomes a multi-line cell and an empty list a blank cell. */
export type CellInput = string | number | readonly string[] | null;

/** Appends a row of values below the last row of the sheet. */
export function addRow(sheet: ExcelJS.Worksheet, values: readonly CellInput[]): ExcelJS.Row {
  return sheet.addRow(values.map(toCellValue));
}

function toCellValue(value: CellInput): string | number | null {
  if (value === null || typeof value === 'number') return value;
  const text = typeof value === 'string' ? value : cellText(value);
  return text === '' ? null : text;
}
