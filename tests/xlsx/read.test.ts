import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { gridsFromWorkbook, isProductSheet, parseA1Range } from '../../src/xlsx/read';
import { filteredTrackerBytes, hiddenRowsTracker } from '../helpers/hidden-rows';
import { HEADER, roundTrip } from './helpers';

function cellsWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Action plan');
  ws.getCell('A1').value = 'THT Engagement Lead Group Action Plan - 3 November update';
  ws.getRow(3).values = HEADER;
  ws.getCell('D4').value = 'Draft public comms on the purpose and aim of THT\nReview of other models and options';
  ws.getCell('F4').value = { richText: [{ text: 'Update:', font: { bold: true } }, { text: ' Deadlines adjusted to reflect more realistic delivery of actions' }] };
  ws.getCell('E4').value = new Date(Date.UTC(2023, 0, 5));
  ws.getCell('E4').numFmt = 'dd/mm/yyyy';
  ws.getCell('E5').value = 44927;
  ws.getCell('E5').numFmt = 'd-mmm-yy';
  ws.getCell('A5').value = { formula: 'ROW()-3', result: 2 };
  ws.getCell('B5').value = { formula: 'VLOOKUP(A5,Leads!A:B,2,FALSE)', result: { error: '#N/A' } };
  ws.getCell('C5').value = { error: '#REF!' };
  ws.getCell('G5').value = true;
  ws.getCell('H5').value = { text: 'Coproduction framework', hyperlink: 'https://example.org/framework' };
  ws.getCell('I5').value = 0.5;
  ws.getCell('I5').numFmt = 'h:mm';
  ws.getCell('J5').value = '42';
  ws.getCell('K5').value = 0.75;
  ws.getCell('K5').numFmt = '0%';
  ws.getCell('A6').value = 'Commitment';
  ws.mergeCells('A6:F6');
  ws.getCell('D7').value = { formula: 'E5+7', result: 44934 };
  ws.getCell('D7').numFmt = 'dd mmm yyyy';
  return wb;
}

describe('gridsFromWorkbook', () => {
  it.each([
    ['in memory', async (wb: ExcelJS.Workbook) => wb],
    ['after saving and reopening', roundTrip],
  ])('reads every kind of cell the engine meets (%s)', async (_how, prepare) => {
    const [grid] = gridsFromWorkbook(await prepare(cellsWorkbook()));
    expect(grid?.name).toBe('Action plan');
    const rows = grid?.rows ?? [];
    expect(rows).toHaveLength(7);
    expect(rows.every((r) => r.length === 11)).toBe(true);
    expect(rows[0]?.[0]).toBe('THT Engagement Lead Group Action Plan - 3 November update');
    expect(rows[1]).toEqual(new Array(11).fill(null));
    expect(rows[2]?.slice(0, 6)).toEqual(HEADER);
    expect(rows[3]?.[3]).toBe('Draft public comms on the purpose and aim of THT\nReview of other models and options');
    expect(rows[3]?.[5]).toBe('Update: Deadlines adjusted to reflect more realistic delivery of actions');
    expect(rows[3]?.[4]).toEqual({ kind: 'date', iso: '2023-01-05' });
    expect(rows[4]).toEqual([
      2,
      { kind: 'error', code: '#N/A' },
      { kind: 'error', code: '#REF!' },
      null,
      { kind: 'date', iso: '2023-01-01' },
      null,
      true,
      'Coproduction framework',
      0.5,
      '42',
      // A percentage reads as Excel shows it, so 1.2 shown as 120% is never taken for 1.2 %.
      '75%',
    ]);
    expect(rows[5]).toEqual(['Commitment', ...new Array(10).fill(null)]);
    expect(rows[6]?.[3]).toEqual({ kind: 'date', iso: '2023-01-08' });
    expect(grid?.merges).toEqual([{ top: 5, left: 0, bottom: 5, right: 5 }]);
  });

  it('reads dates of a 1904 workbook (old Mac Excel) on the right day', async () => {
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = true;
    const ws = wb.addWorksheet('Plan');
    ws.getCell('A1').value = 43465;
    ws.getCell('A1').numFmt = 'dd/mm/yyyy';
    ws.getCell('A2').value = new Date(Date.UTC(2023, 4, 10));
    ws.getCell('A2').numFmt = 'dd/mm/yyyy';
    for (const book of [wb, await roundTrip(wb)]) {
      expect(gridsFromWorkbook(book)[0]?.rows.map((r) => r[0])).toEqual([
        { kind: 'date', iso: '2023-01-01' },
        { kind: 'date', iso: '2023-05-10' },
      ]);
    }
  });

  it('reads an Excel table with its header and totals rows', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Plan');
    ws.getCell('A1').value = 'Actions 2023-24';
    ws.addTable({
      name: 'Actions',
      ref: 'A3',
      headerRow: true,
      totalsRow: true,
      columns: [{ name: 'Action', totalsRowLabel: 'Total' }, { name: 'Lead' }, { name: 'Progress', totalsRowFunction: 'average' }],
      rows: [
        ['Draft public comms', 'Engagement Manager', 0.5],
        ['Review of other models', 'THT Chair', 1],
      ],
    });
    const [grid] = gridsFromWorkbook(await roundTrip(wb));
    expect(grid?.tables).toEqual([{ name: 'Actions', range: { top: 2, left: 0, bottom: 5, right: 2 }, hasHeaderRow: true, hasTotalsRow: true }]);
    expect(grid?.rows[5]?.[0]).toBe('Total');
    // ExcelJS writes the totals formula without a cached result, so it reads as empty.
    expect(grid?.rows[5]?.[2]).toBeNull();
  });

  it('reads a table saved by Excel (which leaves out headerRowCount) as having a header row, and saves it unchanged', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Plan').addTable({
      name: 'Actions',
      ref: 'A1',
      columns: [{ name: 'Action', filterButton: true }, { name: 'Lead', filterButton: true }],
      rows: [['Draft public comms', 'Engagement Manager']],
    });
    // Rewrite the table part the way Excel writes it: default attributes and buttons left out.
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    const part = Object.keys(zip.files).find((n) => /xl\/tables\/table\d+\.xml$/.test(n)) ?? '';
    const excelXml = (await zip.file(part)?.async('string'))?.replace(/ headerRowCount="1"/, '').replace(/<filterColumn [^>]*\/>/g, '');
    zip.file(part, excelXml ?? '');
    const loaded = new ExcelJS.Workbook();
    await loaded.xlsx.load((await zip.generateAsync({ type: 'nodebuffer' })) as unknown as ExcelJS.Buffer);
    expect(gridsFromWorkbook(loaded)[0]?.tables[0]?.hasHeaderRow).toBe(true);
    const saved = await JSZip.loadAsync(await loaded.xlsx.writeBuffer());
    const xml = (await saved.file(part)?.async('string')) ?? '';
    expect(xml).toContain('headerRowCount="1"');
    expect(xml).not.toContain('hiddenButton="1"');
  });

  it('flags hidden and protected sheets and skips the product\'s own sheets', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Visible').getCell('A1').value = 'Action';
    wb.addWorksheet('Hidden', { state: 'hidden' }).getCell('A1').value = 'Action';
    wb.addWorksheet('Archive', { state: 'veryHidden' });
    await wb.addWorksheet('Locked').protect('secret', { spinCount: 1 });
    wb.addWorksheet('RAG Settings', { state: 'veryHidden' }).getCell('A1').value = '{}';
    wb.addWorksheet('RAG History', { state: 'veryHidden' });
    wb.addWorksheet('RAG Summary');
    const grids = gridsFromWorkbook(await roundTrip(wb));
    expect(grids.map((g) => [g.name, g.hidden, g.protected])).toEqual([
      ['Visible', false, false],
      ['Hidden', true, false],
      ['Archive', true, false],
      ['Locked', false, true],
    ]);
    expect(grids[2]?.rows).toEqual([]);
  });
});

describe('hidden and filtered-out rows (SPEC 9), as Range.rowHidden gives them over the used range', () => {
  it('reads rows hidden by hand as "some" (null), and a sheet with none as false', async () => {
    const grids = gridsFromWorkbook(await roundTrip(hiddenRowsTracker()));
    expect(grids.map((g) => [g.name, g.rowsHidden])).toEqual([
      ['Action plan', null],
      ['Notes', false],
    ]);
  });

  it('reads every row of the used range hidden as true, and hidden rows outside it as none', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Plan');
    ws.getCell('A2').value = 'Action';
    ws.getCell('A3').value = 'Publish the plan';
    for (const r of [2, 3]) ws.getRow(r).hidden = true;
    const outside = wb.addWorksheet('Outside');
    outside.getCell('A2').value = 'Action';
    outside.getRow(1).hidden = true;
    outside.getRow(5).hidden = true;
    expect(gridsFromWorkbook(await roundTrip(wb)).map((g) => g.rowsHidden)).toEqual([true, false]);
  });

  it('reads the rows a filter leaves out, which Excel saves as hidden rows', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(filteredTrackerBytes() as unknown as ExcelJS.Buffer);
    const [grid] = gridsFromWorkbook(wb);
    expect([grid?.name, grid?.rows.length, grid?.rowsHidden]).toEqual(['Action plan', 5, null]);
  });
});

describe('helpers', () => {
  it('parses A1 ranges to 0-based bounds', () => {
    expect(parseA1Range('B2:D9')).toEqual({ top: 1, left: 1, bottom: 8, right: 3 });
    expect(parseA1Range('$C$3')).toEqual({ top: 2, left: 2, bottom: 2, right: 2 });
    expect(parseA1Range('not a range')).toBeNull();
  });

  it('knows the product\'s sheets whatever their case', () => {
    expect(isProductSheet('rag summary')).toBe(true);
    expect(isProductSheet('Action plan')).toBe(false);
  });
});
