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

/**
 * A quality plan laid out as trusts keep them: a revised target date beside the target date,
 * quarterly update columns, the lead's RAG as a flag, a "% complete" and a confidence shown as
 * percentages (one of them 120%, out of range), dates as real date cells.
 */
/**
 * A joint forward plan's delivery tracker: a milestone per quarter in its own column under a
 * two-row header (Lead over SRO and Operational lead), an Open/Closed status beside the narrative.
 */
export function deliveryPlan(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('JFP delivery');
  ws.addRow(['Joint Forward Plan 2022/23 delivery tracker']);
  ws.addRow(['Priority', 'Deliverable', 'Lead', null, 'Q1 milestone', 'Q2 milestone', 'Q3 milestone', 'Q4 milestone', 'Status', 'Narrative']);
  ws.addRow([null, null, 'SRO', 'Operational', null, null, null, null, null, null]);
  ws.mergeCells('C2:D2');
  ws.addRow(['Urgent care', 'Open 2 urgent treatment centres', 'COO', 'UEC lead', 'Business case approved', 'Recruitment complete', 'UTC 1 open', 'UTC 2 open', 'Open', 'Business case approved in May; recruitment under way']);
  ws.addRow(['Mental health', 'Reduce out of area placements', 'MH Director', 'Head of MH', 'Baseline agreed', null, '50% reduction', 'Zero OAPs', 'Open', 'Slippage on step-down beds, recovery plan agreed']);
  ws.addRow(['Prevention', 'Launch the smoking cessation service', 'DPH', 'Public health lead', 'Provider appointed', 'Service launched', null, null, 'Closed', 'Service live since September with all practices referring']);
  return wb;
}

export function qualityPlan(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.title = 'Quality improvement plan 2022/23';
  const ws = wb.addWorksheet('Quality plan');
  ws.addRow(['Quality improvement plan: position at October 2022']);
  ws.addRow([]);
  ws.addRow(['Ref', 'Action', 'Milestones', 'SRO', 'Target date', 'Revised target date', 'Q1 update', 'Q2 update', 'Lead RAG', '% complete', 'Confidence']);
  const day = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));
  ws.addRow(['QI1', 'Audit discharge letters', 'Sample 50 letters\nReport to committee', 'Medical Director', 'Sept 22\nDec 22', null, 'Sample taken', 'Report drafted; delayed by staffing', 'Amber', 0.5, 0.6]);
  ws.addRow(['QI2', 'Recruit patient partners', null, 'Chief Nurse', day(2022, 9, 30), day(2023, 1, 31), 'Advert out', 'Interviews held', 'Green', 0.8, 1.2]);
  ws.addRow(['QI3', 'Refresh the falls policy', null, 'Director of Nursing', 'Q2 2022/23', null, 'Not started', null, 'Red', 0, 0.3]);
  ws.addRow(['QI4', 'Publish the quality account', null, 'Medical Director', 'June 2022', null, 'Completed', 'Published in June', 'Blue', 1, 1]);
  for (let r = 5; r <= 5; r++) for (const c of ['E', 'F']) ws.getCell(`${c}${r}`).numFmt = 'dd/mm/yyyy';
  for (let r = 4; r <= 7; r++) for (const c of ['J', 'K']) ws.getCell(`${c}${r}`).numFmt = '0%';
  return wb;
}

/**
 * A sheet of several tables, each under its own title and its own copy of the header (bold, as a
 * board secretary sets it), then the closed actions under a "Closed actions" heading and the
 * header again: one tracker of two tables and an archive. Rows: titles 1 and 6, headers 2, 7 and
 * 12 (the archive's), actions 3-4 and 8-9, closed 13. Dates are typed, as on most trackers.
 */
export function severalTables(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Programme actions');
  const header = ['Ref', 'Action', 'Lead', 'Deadline', 'Status'];
  const rows: (string | null)[][] = [
    ['Workforce actions'],
    header,
    ['W1', 'Reduce agency spend to 3.2% of the pay bill', 'Director of People', 'Mar 2023', 'On track'],
    ['W2', 'Launch the flexible working policy', 'Head of HR', 'Oct 2022', 'Delayed: consultation extended'],
    [],
    ['Digital actions'],
    header,
    ['D1', 'EPR go-live phase 2', 'Chief Information Officer', 'Feb 2023', 'In progress'],
    ['D2', 'Shared care record for all providers', 'Chief Digital Officer', 'Dec 2022', 'Completed'],
    [],
    ['Closed actions'],
    header,
    ['W0', 'Agree the workforce plan', 'Director of People', 'Jun 2022', 'Closed'],
  ];
  for (const values of rows) ws.addRow(values);
  // Bold cell by cell, not the whole row: the product's cells must not take their bold from the row.
  for (const r of [2, 7, 12]) for (let c = 1; c <= header.length; c++) ws.getRow(r).getCell(c).font = { bold: true };
  return wb;
}
