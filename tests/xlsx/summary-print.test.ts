import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { summaryModel, summarySheetPlan, type SummarySheetPlan } from '../../src/core/summary';
import { defaultSettings } from '../../src/core/settings';
import { analyseWorkbook } from '../../src/core/analyse/workbook';
import { gridsFromWorkbook } from '../../src/xlsx';
import { worksheetXml } from '../../src/xlsx/patch/new-sheet';
import { SharedStrings } from '../../src/xlsx/patch/strings';
import { writeSummarySheet } from '../../src/xlsx/summary-sheet';
import { elements, only, parseXml } from './patch/helpers';
import { trackerWorkbook } from './helpers';

const SETTINGS = { ...defaultSettings('2022-11-30'), nextMeeting: { date: '2022-12-14', name: 'ELG December 22' } };

function planFor(wb: ExcelJS.Workbook): SummarySheetPlan {
  return summarySheetPlan(summaryModel(analyseWorkbook(gridsFromWorkbook(wb), SETTINGS).trackers, SETTINGS));
}

/** The saved summary sheet's XML: ExcelJS does not read page breaks back. */
async function summaryXml(wb: ExcelJS.Workbook): Promise<string> {
  const zip = await JSZip.loadAsync(Buffer.from(await wb.xlsx.writeBuffer()));
  const index = wb.worksheets.findIndex((w) => w.name === 'RAG Summary');
  return (await zip.file(`xl/worksheets/sheet${index + 1}.xml`)?.async('string')) ?? '';
}

describe('the RAG Summary prints with a footer and its own page breaks (ExcelJS writer)', () => {
  it('writes the footer (title and as-at left, page of pages right) and a manual break above each planned page', async () => {
    const wb = trackerWorkbook();
    const plan = { ...planFor(wb), pageBreaks: [12, 30] };
    writeSummarySheet(wb, plan, ['Action Plan']);
    const ws = wb.getWorksheet('RAG Summary');
    expect(ws?.headerFooter.oddFooter).toBe(`&L${plan.page.footer.left}&RPage &P of &N`);
    expect(plan.page.footer.left).toContain('As at 30 Nov 2022');
    const root = parseXml(await summaryXml(wb));
    expect(elements(root, 'brk').map((b) => [b.attrs.id, b.attrs.man])).toEqual([['12', '1'], ['30', '1']]);
    expect(only(root, 'oddFooter')).toBeDefined();
  });

  it('drops the last refresh\'s breaks when the sheet is written again', async () => {
    const wb = trackerWorkbook();
    const plan = planFor(wb);
    writeSummarySheet(wb, { ...plan, pageBreaks: [12, 30] }, ['Action Plan']);
    writeSummarySheet(wb, { ...plan, pageBreaks: [20] }, ['Action Plan']);
    expect(elements(parseXml(await summaryXml(wb)), 'brk').map((b) => b.attrs.id)).toEqual(['20']);
  });
});

describe('the RAG Summary prints with a footer and its own page breaks (package writer)', () => {
  it('writes headerFooter and rowBreaks after pageSetup, as the schema orders them, escaping the footer', () => {
    const page = { orientation: 'landscape' as const, paperSize: 9, fitToWidth: 1, fitToHeight: 0, margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 }, footer: { left: 'A && B', right: 'Page &P of &N' }, breaks: [0, 5, 9] };
    const root = parseXml(worksheetXml({ rows: [[{ value: 'A', style: 0 }]], page }, new SharedStrings('')));
    expect(root.children.map((c) => c.name).slice(-4)).toEqual(['pageMargins', 'pageSetup', 'headerFooter', 'rowBreaks']);
    expect(only(root, 'rowBreaks').attrs).toMatchObject({ count: '2', manualBreakCount: '2' });
    expect(elements(root, 'brk').map((b) => b.attrs.id)).toEqual(['5', '9']);
    const xml = worksheetXml({ rows: [], page }, new SharedStrings(''));
    expect(xml).toContain('<oddFooter>&amp;LA &amp;&amp; B&amp;RPage &amp;P of &amp;N</oddFooter>');
  });
});
