import { worksheetXml, type NewSheet } from '../../../src/xlsx/patch/new-sheet';
import { SharedStrings } from '../../../src/xlsx/patch/strings';
import { StyleSheet } from '../../../src/xlsx/patch/styles';
import { STYLES, bookParts, elements, loadWorkbook, only, parseXml, zipOf } from './helpers';

const PAGE: NonNullable<NewSheet['page']> = {
  orientation: 'landscape',
  paperSize: 9,
  fitToWidth: 1,
  fitToHeight: 0,
  margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
};

describe('worksheetXml', () => {
  it('writes the children in the order the schema requires', () => {
    const sheet: NewSheet = { rows: [[{ value: 'A', style: 0 }]], widths: [20], merges: [{ top: 0, bottom: 0, left: 0, right: 2 }], showGridLines: false, page: PAGE };
    const root = parseXml(worksheetXml(sheet, new SharedStrings('')));
    expect(root.children.map((c) => c.name)).toEqual(['sheetPr', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'mergeCells', 'pageMargins', 'pageSetup']);
    expect(only(root, 'sheetView').attrs.showGridLines).toBe('0');
    expect(only(root, 'pageSetUpPr').attrs.fitToPage).toBe('1');
    expect(only(root, 'pageSetup').attrs).toEqual({ paperSize: '9', orientation: 'landscape', fitToWidth: '1', fitToHeight: '0' });
    expect(only(root, 'mergeCell').attrs.ref).toBe('A1:C1');
  });

  it('puts text in shared strings, numbers in cells, and leaves out empty cells and empty rows', () => {
    const strings = new SharedStrings('');
    const xml = worksheetXml({ rows: [[{ value: 'Refreshed', style: 2 }, { value: 3, style: 0 }], [], [null, { value: null, style: 4 }, { value: null, style: 0 }]] }, strings);
    const root = parseXml(xml);
    expect(elements(root, 'row').map((r) => [r.attrs.r, elements(r, 'c').map((c) => c.attrs)])).toEqual([
      ['1', [{ r: 'A1', s: '2', t: 's' }, { r: 'B1' }]],
      ['3', [{ r: 'B3', s: '4' }]],
    ]);
    expect(strings.index('Refreshed')).toBe(0);
  });

  it('writes widths and heights where given, skipping nulls', () => {
    const root = parseXml(worksheetXml({ rows: [[{ value: 1, style: 0 }]], widths: [null, 12.5, null, 40], heights: [null, 30] }, new SharedStrings('')));
    expect(elements(root, 'col').map((c) => c.attrs)).toEqual([
      { min: '2', max: '2', width: '12.5', customWidth: '1' },
      { min: '4', max: '4', width: '40', customWidth: '1' },
    ]);
    expect(elements(root, 'row').map((r) => r.attrs)).toEqual([{ r: '1' }, { r: '2', ht: '30', customHeight: '1' }]);
  });

  it('omits <cols> and <mergeCells> when there are none (empty ones are invalid)', () => {
    const root = parseXml(worksheetXml({ rows: [], widths: [null] }, new SharedStrings('')));
    expect(root.children.map((c) => c.name)).toEqual(['sheetViews', 'sheetFormatPr', 'sheetData', 'pageMargins']);
  });

  it('reads back in ExcelJS with its values, widths, merges and page setup', async () => {
    const strings = new SharedStrings('');
    const styles = new StyleSheet(STYLES);
    const bold = styles.bold(0);
    const xml = worksheetXml(
      { rows: [[{ value: 'Board summary', style: bold }], [{ value: 'Red', style: 0 }, { value: 4, style: 0 }]], widths: [30, 8], heights: [24], merges: [{ top: 0, bottom: 0, left: 0, right: 1 }], page: PAGE },
      strings,
    );
    const wb = await loadWorkbook(zipOf(bookParts([{ name: 'RAG Summary', xml }], { strings: strings.toXml(), styles: styles.toXml() })));
    const ws = wb.getWorksheet('RAG Summary');
    expect([ws?.getCell('A1').value, ws?.getCell('A1').font?.bold, ws?.getCell('A2').value, ws?.getCell('B2').value]).toEqual(['Board summary', true, 'Red', 4]);
    expect(ws?.getColumn(1).width).toBe(30);
    expect(ws?.getRow(1).height).toBe(24);
    expect(ws?.getCell('B1').isMerged).toBe(true);
    expect(ws?.pageSetup.orientation).toBe('landscape');
  });
});
