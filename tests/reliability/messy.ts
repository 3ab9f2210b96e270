import ExcelJS from 'exceljs';
import fc from 'fast-check';

/*
 * Messy workbooks as teams really keep them, drawn by fast-check: the seed 004 tracker's
 * columns and wording, with any mix of the faults SPEC 9 lists. Each workbook is built with
 * ExcelJS and passed round as .xlsx bytes, exactly as a file on disk would reach either path.
 */

const HEADER = ['#', 'Recommendation', 'Lead', 'Next steps', 'Time frame', 'Is the action on track/update'];

const ACTIONS = [
  'Consider options for THT board critical friends / accountability mechanisms',
  'Recruitment of the successor to the lay member',
  "Include a formal 'you said / we did' report which is included in the board minutes",
  'Develop and use validated measures of iStatements',
];
const LEADS = ['THT Chair & Engagement Manager', 'Engagement Manager', 'THT Programme Manager', 'Incoming community / resident board member'];
const STEPS = ['Draft public comms on the purpose and aim of THT', 'Review and design recruitment process', 'Develop options paper for THT Board\nReport to THT Board', 'Interviews'];
const FRAMES = ['End of Nov 22', 'End of Dec 22\nFeb Board 23', 'Mid Nov', '5/1/23', 'TBC', 'March 23 Board'];
const STATUSES = ['Completed', 'On track', 'Done (End of Nov)', '<b>Update:</b> Deadlines adjusted to reflect more realistic delivery of actions', ''];
const ERRORS = ['#N/A', '#REF!', '#VALUE!'] as const;

/** One row's content: indexes into the seed phrase lists, or a fault in one of its cells. */
export interface MessyRow {
  action: number;
  lead: number;
  step: number;
  frame: number;
  status: number;
  /** A formula error in this column (1-based), if any. */
  error: { col: number; code: (typeof ERRORS)[number] } | null;
  /** The time frame as an Excel date serial rather than words. */
  serialDate: boolean;
  /** The ref typed as text ("7") rather than a number. */
  refAsText: boolean;
  hidden: boolean;
  blankAfter: boolean;
}

/** What a generated workbook holds: the tracker's layout and which faults are in it. */
export interface MessySpec {
  titleRows: number;
  /** A band of merged group headings over the header row. */
  mergedHeader: boolean;
  /** An Excel table (with a totals row) instead of a plain range; duplicate headers are plain-only. */
  table: boolean;
  duplicateHeader: boolean;
  date1904: boolean;
  autoFilter: boolean;
  hiddenSheet: boolean;
  /** A 32,767-character cell (Excel's most) in the first action's next steps. */
  longCell: boolean;
  rows: MessyRow[];
}

const row: fc.Arbitrary<MessyRow> = fc.record({
  action: fc.nat(ACTIONS.length - 1),
  lead: fc.nat(LEADS.length - 1),
  step: fc.nat(STEPS.length - 1),
  frame: fc.nat(FRAMES.length - 1),
  status: fc.nat(STATUSES.length - 1),
  error: fc.option(fc.record({ col: fc.integer({ min: 2, max: 6 }), code: fc.constantFrom(...ERRORS) }), { freq: 4 }),
  serialDate: fc.boolean(),
  refAsText: fc.boolean(),
  hidden: fc.boolean(),
  blankAfter: fc.boolean(),
});

/** The fast-check arbitrary of messy workbooks. */
export const messySpec: fc.Arbitrary<MessySpec> = fc.record({
  titleRows: fc.nat(2),
  mergedHeader: fc.boolean(),
  table: fc.boolean(),
  duplicateHeader: fc.boolean(),
  date1904: fc.boolean(),
  autoFilter: fc.boolean(),
  hiddenSheet: fc.boolean(),
  longCell: fc.boolean(),
  rows: fc.array(row, { minLength: 1, maxLength: 8 }),
});

/** The features a spec exercises, for the count printed in the test output. */
export function featuresOf(spec: MessySpec): string[] {
  const f: string[] = [];
  if (spec.titleRows > 0) f.push('title rows');
  if (spec.mergedHeader) f.push('merged headers');
  if (spec.rows.some((r) => r.blankAfter)) f.push('blank rows');
  if (spec.rows.some((r) => r.error)) f.push('formula errors');
  if (spec.rows.some((r) => r.refAsText)) f.push('numbers as text');
  if (spec.rows.some((r) => r.serialDate)) f.push('serial dates');
  if (spec.date1904) f.push('1904 dates');
  if (spec.autoFilter && !spec.table) f.push('filter');
  if (spec.rows.some((r) => r.hidden)) f.push('hidden rows');
  if (spec.hiddenSheet) f.push('hidden sheet');
  if (spec.longCell) f.push('32,767-character cell');
  if (spec.table) f.push('table with totals');
  if (spec.duplicateHeader && !spec.table) f.push('duplicate headers');
  return f;
}

/** 2022-11-30 as an Excel serial in either date system. */
function serial(date1904: boolean): number {
  return 44895 - (date1904 ? 1462 : 0);
}

function values(spec: MessySpec, r: MessyRow, ref: number): ExcelJS.CellValue[] {
  const out: ExcelJS.CellValue[] = [
    r.refAsText ? String(ref) : ref,
    ACTIONS[r.action] ?? '',
    LEADS[r.lead] ?? '',
    STEPS[r.step] ?? '',
    r.serialDate ? serial(spec.date1904) : (FRAMES[r.frame] ?? ''),
    STATUSES[r.status] ?? '',
  ];
  if (r.error) out[r.error.col - 1] = { error: r.error.code } as ExcelJS.CellErrorValue;
  return out;
}

/** The workbook a spec describes, as .xlsx bytes. */
export async function buildMessy(spec: MessySpec): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  if (spec.date1904) (wb.properties as { date1904?: boolean }).date1904 = true;
  const ws = wb.addWorksheet('Action Plan');
  for (let i = 0; i < spec.titleRows; i++) ws.addRow([i === 0 ? 'THT Engagement Lead Group Action Plan - 3 November update' : 'Report to the THT Engagement Leads Group']);
  if (spec.mergedHeader) {
    const band = ws.addRow(['Recommendation', null, null, 'Progress']);
    ws.mergeCells(band.number, 1, band.number, 3);
    ws.mergeCells(band.number, 4, band.number, 6);
  }
  const header = [...HEADER];
  if (spec.duplicateHeader && !spec.table) header.push('Is the action on track/update');
  const headerRow = ws.rowCount + 1;
  const data = spec.rows.map((r, i) => values(spec, r, i + 1));
  if (spec.longCell && data[0]) data[0][3] = `Draft public comms on the purpose and aim of THT ${'x'.repeat(32_767 - 49)}`;
  if (spec.table) {
    ws.addTable({
      name: 'ActionPlan',
      ref: `A${headerRow}`,
      headerRow: true,
      totalsRow: true,
      columns: HEADER.map((name, i) => (i === 0 ? { name, totalsRowLabel: 'Total' } : i === 1 ? { name, totalsRowFunction: 'count' } : { name })),
      rows: data.map((v) => v.map((x) => x ?? '')),
    });
  } else {
    ws.addRow(header).font = { bold: true };
    data.forEach((v, i) => {
      const added = ws.addRow(v);
      if (spec.rows[i]?.serialDate) added.getCell(5).numFmt = 'dd/mm/yyyy';
      if (spec.rows[i]?.hidden) added.hidden = true;
      if (spec.rows[i]?.blankAfter) ws.addRow([]);
    });
    if (spec.autoFilter) ws.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: ws.rowCount, column: header.length } };
  }
  if (spec.hiddenSheet) {
    const notes = wb.addWorksheet('Old notes', { state: 'hidden' });
    notes.addRow(['Ref', 'Note']);
    notes.addRow([1, '=1+1 stays text here']);
  }
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
