import type ExcelJS from 'exceljs';
import { addRow, finishTable, writeHeader, type ColumnSpec } from './sheet';
import { seed003Ambitions, seed003Conditions, seed003TableHeader, seed003TimeFrame, seed003Title } from './seed003';

export const SEED003_FILE = 'seed003-strategy-table-one.xlsx';
export const SEED003_TABLE_SHEET = 'Table One';
export const SEED003_CONDITIONS_SHEET = 'Conditions';
export const SEED003_TABLE_HEADER_ROW = 2;

const TABLE_WIDTHS = [22, 60, 22, 24, 36];
const CONDITION_COLUMNS: ColumnSpec[] = [
  { header: 'Strategic objective', width: 22 },
  { header: 'Ambition', width: 40 },
  { header: 'Ref', width: 6 },
  { header: 'Condition', width: 50 },
  { header: 'Lead', width: 16 },
  { header: 'Time frame', width: 12 },
  { header: 'Progress update', width: 80 },
];

/**
 * Table One as the board paper lays it out: a title row, the header, then the 12 ambitions,
 * each objective's name merged down over its three ambitions. Progress and confidence are
 * numbers shown as percentages, as a report writer types them.
 */
function fillTableOne(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet(SEED003_TABLE_SHEET);
  const title = sheet.getCell(1, 1);
  title.value = seed003Title;
  title.font = { bold: true, size: 14 };
  writeHeader(sheet, SEED003_TABLE_HEADER_ROW, seed003TableHeader.map((header, i) => ({ header, width: TABLE_WIDTHS[i] ?? 20 })));
  let groupStart = 0;
  seed003Ambitions.forEach((row, i) => {
    const first = i === 0 || seed003Ambitions[i - 1]?.objective !== row.objective;
    const added = addRow(sheet, [first ? row.objective : null, row.ambition, row.progress, row.confidence, row.strategy]);
    added.getCell(3).numFmt = '0%';
    added.getCell(4).numFmt = '0%';
    if (first) groupStart = added.number;
    const last = seed003Ambitions[i + 1]?.objective !== row.objective;
    if (last && added.number > groupStart) sheet.mergeCells(groupStart, 1, added.number, 1);
  });
  finishTable(sheet, SEED003_TABLE_HEADER_ROW, seed003TableHeader.length);
}

/** One row per condition of the annexes, with its ambition's objective and the annex's updates. */
function fillConditions(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet(SEED003_CONDITIONS_SHEET);
  writeHeader(sheet, 1, CONDITION_COLUMNS);
  for (const row of seed003Conditions) {
    const ambition = seed003Ambitions[row.ambition - 1];
    if (!ambition) throw new Error(`Condition ${row.ref} names ambition ${row.ambition}, which Table One lacks`);
    // The paper names no lead for any condition, only its own author, so Lead stays blank.
    addRow(sheet, [ambition.objective, ambition.ambition, row.ref, row.condition, null, seed003TimeFrame, row.progress.join(' ')]);
  }
  finishTable(sheet, 1, CONDITION_COLUMNS.length);
}

/** Fills the "Table One" and "Conditions" sheets of seed 003's board paper. */
export function fillSeed003(workbook: ExcelJS.Workbook): void {
  fillTableOne(workbook);
  fillConditions(workbook);
}
