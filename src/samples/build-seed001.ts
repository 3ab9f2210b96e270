import type ExcelJS from 'exceljs';
import { addRow, finishTable, writeHeader, type ColumnSpec } from './sheet';
import { seed001Standards } from './seed001';

export const SEED001_FILE = 'seed001-nel-standards.xlsx';
export const SEED001_SHEET = 'Standards';

const COLUMNS: ColumnSpec[] = [
  { header: 'Standard', width: 22 },
  { header: 'Action', width: 70 },
  { header: 'Lead', width: 20 },
  { header: 'Time frame', width: 14 },
  { header: 'Status', width: 20 },
];

/**
 * One row per standard with its "We will …" sentence as the action. Lead, time frame and
 * status stay blank: the strategy gives none, and the product reports that as data quality.
 */
export function fillSeed001(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet(SEED001_SHEET);
  writeHeader(sheet, 1, COLUMNS);
  for (const [standard, action] of seed001Standards) {
    addRow(sheet, [standard, action, null, null, null]);
  }
  finishTable(sheet, 1, COLUMNS.length);
}
