import ExcelJS from 'exceljs';
import { summaryModel, summarySheetPlan, SUMMARY_SHEET, type SummarySheetPlan } from '../../src/core/summary';
import { defaultSettings } from '../../src/core/settings';
import { analyseWorkbook } from '../../src/core/analyse/workbook';
import { gridsFromWorkbook } from '../../src/xlsx';
import { writeSummarySheet } from '../../src/xlsx/summary-sheet';
import { roundTrip, trackerWorkbook } from './helpers';

const SETTINGS = { ...defaultSettings('2022-11-30'), nextMeeting: { date: '2022-12-14', name: 'ELG December 22' } };

function planFor(wb: ExcelJS.Workbook): SummarySheetPlan {
  return summarySheetPlan(summaryModel(analyseWorkbook(gridsFromWorkbook(wb), SETTINGS).trackers, SETTINGS));
}

function workbook(): ExcelJS.Workbook {
  const wb = trackerWorkbook();
  wb.addWorksheet('Notes').getCell('A1').value = 'Minutes';
  return wb;
}

function snapshot(ws: ExcelJS.Worksheet | undefined): unknown[] {
  const out: unknown[] = [];
  ws?.eachRow({ includeEmpty: true }, (row) => row.eachCell({ includeEmpty: true }, (c) => out.push([c.address, c.value, c.style, c.isMerged])));
  return out;
}

describe('the RAG Summary sheet in an .xlsx workbook', () => {
  it('is added straight after the tracker sheets, visible, with the plan’s values and styles', async () => {
    const wb = workbook();
    const plan = planFor(wb);
    writeSummarySheet(wb, plan, ['Action plan']);
    const back = await roundTrip(wb);
    expect(back.worksheets.map((w) => w.name)).toEqual(['Action plan', SUMMARY_SHEET, 'Notes']);
    const ws = back.getWorksheet(SUMMARY_SHEET);
    expect(ws?.state).toBe('visible');
    expect(ws?.getCell('A1').value).toBe('RAG Summary: THT Engagement Lead Group Action Plan - 3 November update');
    expect(ws?.getCell('A1').font).toMatchObject({ bold: true, size: 16 });
    const total = ws?.getColumn(1).values.indexOf('Total') ?? -1;
    expect(ws?.getCell(total, 11).value).toBe('Green');
    expect(ws?.getCell(total, 11).fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF00B050' } });
    expect(ws?.getCell(total, 9).numFmt).toBe('0%');
    expect(typeof ws?.getCell(total, 9).value).toBe('number');
  });

  it('sets the page up for a board paper: landscape A4, one page wide, title rows repeated', async () => {
    const wb = workbook();
    writeSummarySheet(wb, planFor(wb), ['Action plan']);
    const ws = (await roundTrip(wb)).getWorksheet(SUMMARY_SHEET);
    expect(ws?.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:2' });
    expect(ws?.views[0]).toMatchObject({ showGridLines: false });
  });

  it('is rebuilt in place on the next refresh: the same sheet where the user left it, old content cleared', async () => {
    const wb = workbook();
    writeSummarySheet(wb, planFor(wb), ['Action plan']);
    const sheet = wb.getWorksheet(SUMMARY_SHEET);
    if (!sheet) throw new Error('no summary sheet');
    const id = sheet.id;
    (sheet as unknown as { orderNo: number }).orderNo = -1; // the user moved it to the front
    sheet.getCell('Z99').value = 'left over';
    const small: SummarySheetPlan = { ...planFor(wb), rows: [[{ value: 'Only line', style: 'title' }]], widths: [20], heights: [null], merges: [], formats: [] };
    writeSummarySheet(wb, small, ['Action plan']);
    expect(wb.getWorksheet(SUMMARY_SHEET)).toBe(sheet);
    const back = await roundTrip(wb);
    expect(back.worksheets.map((w) => w.name)[0]).toBe(SUMMARY_SHEET);
    expect(back.getWorksheet(SUMMARY_SHEET)?.id).toBe(id);
    expect(snapshot(back.getWorksheet(SUMMARY_SHEET)).filter((c) => (c as unknown[])[1] !== null)).toEqual([['A1', 'Only line', {}, false]]);
  });

  it('gives the same sheet when the same plan is applied again', async () => {
    const wb = workbook();
    writeSummarySheet(wb, planFor(wb), ['Action plan']);
    const once = await roundTrip(wb);
    writeSummarySheet(once, planFor(once), ['Action plan']);
    const twice = await roundTrip(once);
    expect(snapshot(twice.getWorksheet(SUMMARY_SHEET))).toEqual(snapshot((await roundTrip(wb)).getWorksheet(SUMMARY_SHEET)));
  });

  it('writes workbook text as text: a value that looks like a formula stays a string', async () => {
    const wb = workbook();
    const plan = planFor(wb);
    plan.rows[0] = plan.rows[0]?.map((c, i) => (i === 0 ? { ...c, value: '=HYPERLINK("http://example.com","x")' } : c)) ?? [];
    writeSummarySheet(wb, plan, ['Action plan']);
    const cell = (await roundTrip(wb)).getWorksheet(SUMMARY_SHEET)?.getCell('A1');
    expect(cell?.type).toBe(ExcelJS.ValueType.String);
    expect(cell?.value).toBe('=HYPERLINK("http://example.com","x")');
  });
});
