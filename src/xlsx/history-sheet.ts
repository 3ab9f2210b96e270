import type ExcelJS from 'exceljs';
import { HISTORY_HEADERS, HISTORY_SHEET, historyTable, readHistoryTable, type HistoryRow } from '../core/history';
import type { CellValue } from '../core/types';
import { cellValue } from './cell-value';

// The very-hidden sheet every refresh records its ratings in, named once in core for both adapters.
export { HISTORY_SHEET };

function findSheet(wb: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  const lower = HISTORY_SHEET.toLowerCase();
  return wb.worksheets.find((ws) => ws.name.toLowerCase() === lower);
}

/**
 * The rows stored in the workbook's RAG History sheet; none when there is no such sheet.
 * Rows that are not valid entries are skipped (see readHistoryTable).
 * @example readHistorySheet(wb).length // 15 after one refresh of seed 004
 */
export function readHistorySheet(wb: ExcelJS.Workbook): HistoryRow[] {
  const ws = findSheet(wb);
  if (!ws) return [];
  const date1904 = Boolean((wb.properties as { date1904?: boolean } | undefined)?.date1904);
  const cells: CellValue[][] = [];
  ws.eachRow({ includeEmpty: false }, (row) => {
    // findCell, not getCell: reading must not add empty cells to the workbook.
    cells.push(HISTORY_HEADERS.map((_, i) => {
      const cell = row.findCell(i + 1);
      return cell === undefined ? null : cellValue(cell, date1904);
    }));
  });
  return readHistoryTable(cells);
}

/**
 * Writes the history into the very-hidden RAG History sheet, rewriting it in place (a sheet
 * deleted and re-added would cost Excel's undo history in the add-in). Cells that already
 * hold the right text are left alone, and rows below the new end are emptied, so writing
 * the same history again changes nothing.
 * @example writeHistorySheet(wb, mergeHistory(readHistorySheet(wb), historyRows(trackers, asOf, now)))
 */
export function writeHistorySheet(wb: ExcelJS.Workbook, rows: readonly HistoryRow[]): void {
  const ws = findSheet(wb) ?? wb.addWorksheet(HISTORY_SHEET);
  ws.state = 'veryHidden';
  const table = historyTable(rows);
  const oldRows = ws.rowCount;
  table.forEach((values, r) => {
    values.forEach((value, c) => {
      const existing = ws.findCell(r + 1, c + 1);
      if (value === null) {
        if (existing && existing.value !== null) existing.value = null;
      } else if (existing?.value !== value) {
        ws.getCell(r + 1, c + 1).value = value;
      }
    });
  });
  for (let r = table.length + 1; r <= oldRows; r++) {
    ws.findRow(r)?.eachCell((cell) => {
      cell.value = null;
    });
  }
  // A copy of the style, never a change to it: ExcelJS shares one style object between cells.
  HISTORY_HEADERS.forEach((_, c) => {
    const cell = ws.findCell(1, c + 1);
    if (cell && cell.style.font?.bold !== true) cell.style = { ...cell.style, font: { bold: true } };
  });
}
