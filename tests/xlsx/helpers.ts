import ExcelJS from 'exceljs';

/** Saves and reopens a workbook, as the command line meets it on disk. */
export async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const out = new ExcelJS.Workbook();
  await out.xlsx.load(await wb.xlsx.writeBuffer());
  return out;
}

/** Seed 004's header row. */
export const HEADER = ['#', 'Recommendation', 'Lead', 'Next steps', 'Time frame', 'Is the action on track/update'];

/**
 * A tracker laid out like seed 004: a title, a blank row, the header in row 3, actions in rows
 * 4, 5 (a continuation row) and 7, and a group heading merged across row 6. Cells carry styles
 * (bold header, borders and wrapped text across A:K, a fill, a date format) so style changes
 * can be caught.
 */
export function trackerWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Action plan');
  ws.getCell('A1').value = 'THT Engagement Lead Group Action Plan - 3 November update';
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.getRow(3).values = HEADER;
  ws.getRow(3).font = { bold: true, color: { argb: 'FF1F4E79' } };
  ws.getRow(4).values = [
    1,
    'Consider options for THT board critical friends / accountability mechanisms',
    'THT Chair & Engagement Manager',
    'Draft public comms on the purpose and aim of THT\nReview of other models and options',
    'End of Nov 22\nEnd of Dec 22',
    'Completed\nOn track',
  ];
  ws.getRow(5).values = [null, null, null, 'Develop options paper for THT Board', 'Feb Board 23', 'On track'];
  ws.getCell('F5').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
  ws.getCell('A6').value = 'Commitment';
  ws.mergeCells('A6:K6');
  ws.getRow(7).values = [2, 'Define engagement leads group terms of reference', 'Engagement Manager', 'Agree terms', new Date(Date.UTC(2023, 0, 5)), 'Done (End of Nov)'];
  ws.getCell('E7').numFmt = 'dd/mm/yyyy';
  // Users format whole blocks, output columns included, so those cells share the user's styles.
  for (let row = 3; row <= 7; row++) {
    for (let col = 1; col <= 11; col++) {
      const cell = ws.getCell(row, col);
      cell.border = { top: { style: 'thin' }, bottom: { style: 'thin' } };
      if (row > 3) cell.alignment = { wrapText: true, vertical: 'top' };
    }
  }
  ws.addConditionalFormatting({
    ref: 'F4:F7',
    rules: [{ type: 'expression', formulae: ['ISNUMBER(SEARCH("delayed",$F4))'], priority: 1, style: { font: { italic: true } } }],
  });
  return wb;
}

/** Where a wrapped output cell's alignment says it wraps, top-aligned (the RAG reason's). */
export const WRAP = { wrapText: true, vertical: 'top' };

/** trackerWorkbook with nothing wrapped in the output columns G:K, their borders kept. */
export function plainTracker(): ExcelJS.Workbook {
  const wb = trackerWorkbook();
  const ws = wb.getWorksheet('Action plan') as ExcelJS.Worksheet;
  for (let row = 3; row <= 7; row++) for (let col = 7; col <= 11; col++) ws.getCell(row, col).alignment = {};
  return wb;
}
