import ExcelJS from 'exceljs';
import { modelFromExcelJs } from '../../src/host/exceljs/load';
import { applyModelToExcelJs } from '../../src/host/exceljs/save';
import { MemoryExcelHost, cellAt } from '../../src/host/memory';
import { filteredTrackerBytes, hiddenRowsTracker } from '../helpers/hidden-rows';
import { roundTrip, trackerWorkbook } from '../xlsx/helpers';

async function fixture(): Promise<ExcelJS.Workbook> {
  const wb = trackerWorkbook();
  const ws = wb.getWorksheet('Action plan')!;
  ws.getCell('B9').value = { richText: [{ text: 'Rich ' }, { text: 'text', font: { bold: true } }] };
  ws.getCell('C9').value = { formula: 'NA()', result: { error: '#N/A' } } as ExcelJS.CellFormulaValue;
  ws.getCell('D9').value = { text: 'link', hyperlink: 'https://example.org' };
  ws.getCell('A1').note = 'Owner: Ann';
  const hidden = wb.addWorksheet('Lookups', { state: 'hidden' });
  hidden.getCell('A1').value = 'x';
  const locked = wb.addWorksheet('Locked');
  await locked.protect('', {});
  return roundTrip(wb);
}

describe('the ExcelJS bridge', () => {
  it('loads cells as Excel holds them: dates as serials with their format, errors, rich text, formulas', async () => {
    const model = modelFromExcelJs(await fixture());
    const sheet = model.sheets[0]!;
    expect(cellAt(sheet, 6, 4)).toMatchObject({ value: 44931, type: 'Double', numberFormat: 'dd/mm/yyyy' });
    expect(cellAt(sheet, 8, 1)).toMatchObject({ value: 'Rich text', type: 'String' });
    expect(cellAt(sheet, 8, 2)).toMatchObject({ value: '#N/A', type: 'Error', formula: '=NA()' });
    expect(cellAt(sheet, 8, 3)).toMatchObject({ value: 'link', type: 'String' });
    expect(cellAt(sheet, 2, 0)).toMatchObject({ value: '#', bold: true });
    expect(cellAt(sheet, 5, 3)).toMatchObject({ value: '', type: 'Empty' });
  });

  it('loads sheets with visibility and protection, merges, conditional formats and notes', async () => {
    const model = modelFromExcelJs(await fixture());
    expect(model.sheets.map((s) => [s.name, s.visibility, s.protected])).toEqual([
      ['Action plan', 'Visible', false],
      ['Lookups', 'Hidden', false],
      ['Locked', 'Visible', true],
    ]);
    const sheet = model.sheets[0]!;
    expect(sheet.merges).toEqual([{ top: 5, left: 0, bottom: 5, right: 10 }]);
    expect(sheet.formats.map((f) => [f.type, f.formula, f.ranges])).toEqual([['Custom', '=ISNUMBER(SEARCH("delayed",$F4))', [{ top: 3, left: 5, bottom: 6, right: 5 }]]]);
    expect(sheet.notes).toEqual([{ row: 0, col: 0, content: 'Owner: Ann' }]);
  });

  it('loads the rows hidden by hand or by a filter, for Range.rowHidden, and saves them back as they were', async () => {
    const wb = await roundTrip(hiddenRowsTracker());
    const model = modelFromExcelJs(wb);
    expect(model.sheets.map((s) => [s.name, [...s.hiddenRows].sort((a, b) => a - b)])).toEqual([
      ['Action plan', [4, 6]],
      ['Notes', []],
    ]);
    applyModelToExcelJs(model, wb);
    const ws = (await roundTrip(wb)).getWorksheet('Action plan');
    expect([4, 5, 6, 7].map((r) => ws?.getRow(r).hidden)).toEqual([false, true, false, true]);
    const filtered = new ExcelJS.Workbook();
    await filtered.xlsx.load(filteredTrackerBytes() as unknown as ExcelJS.Buffer);
    expect([...(modelFromExcelJs(filtered).sheets[0]?.hiddenRows ?? [])]).toEqual([1, 4]);
  });

  it('loads Excel tables with their header names and totals row', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('T');
    ws.addTable({ name: 'Plan', ref: 'B2', headerRow: true, totalsRow: true, columns: [{ name: 'Ref' }, { name: 'Action' }], rows: [[1, 'Do']] });
    const model = modelFromExcelJs(await roundTrip(wb));
    expect(model.sheets[0]?.tables).toEqual([{ name: 'Plan', range: { top: 1, left: 1, bottom: 3, right: 2 }, showHeaders: true, showTotals: true, columns: ['Ref', 'Action'] }]);
  });

  it('saves only what changed: the same file back when nothing did, and the changes when something did', async () => {
    const wb = await fixture();
    const before = JSON.stringify(wb.worksheets.map((ws) => ws.model));
    const host = new MemoryExcelHost(modelFromExcelJs(wb));
    applyModelToExcelJs(host.workbook, wb);
    expect(JSON.stringify(wb.worksheets.map((ws) => ws.model))).toBe(before);
    await host.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('Action plan').getRange('G3:G4');
      range.numberFormat = [[null], ['@']];
      range.values = [['RAG'], ['Red']];
      range.format.font.bold = true;
      const added = ctx.workbook.worksheets.add('RAG Settings');
      added.visibility = 'VeryHidden';
      added.getRange('A1').values = [['{}']];
    });
    applyModelToExcelJs(host.workbook, wb);
    const back = await roundTrip(wb);
    const ws = back.getWorksheet('Action plan')!;
    expect([ws.getCell('G3').value, ws.getCell('G4').value, ws.getCell('G4').numFmt, ws.getCell('G4').font?.bold]).toEqual(['RAG', 'Red', '@', true]);
    expect(ws.getCell('G4').border).toEqual({ top: { style: 'thin' }, bottom: { style: 'thin' } });
    expect(ws.getCell('F5').fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } });
    expect([back.getWorksheet('RAG Settings')?.state, back.getWorksheet('RAG Settings')?.getCell('A1').value]).toEqual(['veryHidden', '{}']);
  });

  it('saves wrapping and vertical alignment set on loaded cells over their own style, keeping borders and fills', async () => {
    const wb = await fixture();
    const host = new MemoryExcelHost(modelFromExcelJs(wb));
    await host.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('Action plan').getRange('F4:F5');
      range.format.wrapText = true;
      range.format.verticalAlignment = 'Bottom';
    });
    applyModelToExcelJs(host.workbook, wb);
    const ws = (await roundTrip(wb)).getWorksheet('Action plan')!;
    expect(ws.getCell('F4').alignment).toEqual({ wrapText: true, vertical: 'bottom' });
    expect(ws.getCell('F5').border).toEqual({ top: { style: 'thin' }, bottom: { style: 'thin' } });
    expect(ws.getCell('F5').fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } });
  });

  it('saves a cleared cell with no style at all, as Range.clear leaves it', async () => {
    const wb = await fixture();
    const host = new MemoryExcelHost(modelFromExcelJs(wb));
    await host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Action plan').getRange('F5').clear();
    });
    applyModelToExcelJs(host.workbook, wb);
    const ws = (await roundTrip(wb)).getWorksheet('Action plan')!;
    expect([ws.getCell('F5').value, ws.getCell('F5').fill, ws.getCell('F5').border]).toEqual([null, undefined, undefined]);
  });
});
