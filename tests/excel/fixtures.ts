import ExcelJS from 'exceljs';
import { trackerWorkbook } from '../xlsx/helpers';

/** Seed 004's layout with styles, a heading merged across the output columns and a user rule (the command line's fixture). */
export function styledTracker(): ExcelJS.Workbook {
  return trackerWorkbook();
}

/**
 * A tracker kept as an Excel table with a totals row, below a title, beside a note sheet:
 * the table gives the region, and the totals row is not an action.
 */
export function tableTracker(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Tracker');
  ws.getCell('A1').value = 'Quality improvement plan';
  ws.addTable({
    name: 'Actions',
    ref: 'A3',
    headerRow: true,
    totalsRow: true,
    columns: [{ name: 'Ref' }, { name: 'Action' }, { name: 'Lead' }, { name: 'Time frame' }, { name: 'Status', totalsRowLabel: 'Total' }],
    rows: [
      [1, 'Publish the quality strategy', 'Director of Nursing', 'End of Oct 22', 'Completed'],
      [2, 'Recruit patient partners', 'Engagement Manager', 'Dec 2022', 'On track'],
      [3, 'Audit discharge letters', 'Medical Director', 'Sep 22', 'Delayed'],
    ],
  });
  wb.addWorksheet('Notes').getCell('A1').value = 'Meeting notes live here.';
  return wb;
}
