import type ExcelJS from 'exceljs';
import { addRow, finishTable, writeHeader, type ColumnSpec } from './sheet';
import {
  seed004Closing,
  seed004ColourKey,
  seed004Header,
  seed004Intro,
  seed004Rows,
  seed004Title,
} from './seed004';

export const SEED004_FILE = 'seed004-tht-elg-action-plan.xlsx';
export const SEED004_SHEET = 'Action Plan';

/** Row of the header: title, intro, three colour-key lines, closing note, one blank row. */
export const SEED004_HEADER_ROW = 8;

const WIDTHS = [5, 60, 28, 60, 26, 48];
const COLUMNS: ColumnSpec[] = seed004Header.map((header, i) => ({ header, width: WIDTHS[i] ?? 20 }));

/** A paragraph above the table, merged across it and wrapped as a report's front matter is. */
function paragraph(sheet: ExcelJS.Worksheet, row: number, text: string, height: number): void {
  const cell = sheet.getCell(row, 1);
  cell.value = text;
  cell.alignment = { wrapText: true, vertical: 'top' };
  sheet.mergeCells(row, 1, row, COLUMNS.length);
  sheet.getRow(row).height = height;
}

/**
 * Fills the "Action Plan" sheet the way the Engagement Lead Group's workbook reads: the
 * report's front matter above the header, then one row per recommendation and one per
 * page-break continuation (no ref, the split-off text in the same columns). No colours:
 * the colour key is text only, because colouring is the product's job.
 */
export function fillSeed004(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet(SEED004_SHEET);
  const title = sheet.getCell(1, 1);
  title.value = seed004Title;
  title.font = { bold: true, size: 14 };
  paragraph(sheet, 2, seed004Intro, 48);
  seed004ColourKey.forEach((line, i) => {
    sheet.getCell(3 + i, 1).value = line;
  });
  paragraph(sheet, 3 + seed004ColourKey.length, seed004Closing, 32);
  writeHeader(sheet, SEED004_HEADER_ROW, COLUMNS);
  for (const row of seed004Rows) {
    addRow(sheet, [row.ref, row.recommendation, row.lead, row.nextSteps, row.timeFrame, row.status]);
  }
  finishTable(sheet, SEED004_HEADER_ROW, COLUMNS.length);
}
