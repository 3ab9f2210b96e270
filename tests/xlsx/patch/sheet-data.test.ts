import { type CellWriter, type ExistingCell, patchSheetData } from '../../../src/xlsx/patch/sheet-data';
import { bookParts, elements, loadWorkbook, parseXml, worksheet, zipOf } from './helpers';

const A1 = '<c r="A1" s="1" t="s"><v>0</v></c>';
const B1 = '<c r="B1"><v>2</v></c>';
const D1 = '<c r="D1" s="4"/>';
const ROW1 = `<row r="1" spans="1:4" ht="20" customHeight="1">${A1}${B1}${D1}</row>`;
const ROW3 = '<row r="3"><c r="A3"><f>SUM(1,2)</f><v>3</v></c></row>';
const ROW5 = '<row r="5" hidden="1"/>';
const HEAD = '<dimension ref="A1:D5"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>';
const TAIL = '<mergeCells count="1"><mergeCell ref="A7:B7"/></mergeCells><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
const SHEET = worksheet(ROW1 + ROW3 + ROW5, TAIL, HEAD);

/** A writer of an inline-string cell that records what it was told about the cell. */
function writer(text: string, seen?: Map<string, ExistingCell | undefined>): CellWriter {
  return (ref, existing) => {
    seen?.set(ref, existing);
    const s = existing && existing.style !== 0 ? ` s="${existing.style}"` : '';
    return `<c r="${ref}"${s} t="inlineStr"><is><t>${text}</t></is></c>`;
  };
}

/** writes as { row: { col: writer } }, rows 1-based and columns 0-based. */
function writes(spec: Record<number, Record<number, CellWriter>>): Map<number, Map<number, CellWriter>> {
  return new Map(Object.entries(spec).map(([row, cols]) => [Number(row), new Map(Object.entries(cols).map(([col, w]) => [Number(col), w]))]));
}

/** The sheet's rows as [r, [cell refs]] after a strict parse. */
function layout(xml: string): [string | undefined, (string | undefined)[]][] {
  return elements(parseXml(xml), 'row').map((row) => [row.attrs.r, elements(row, 'c').map((c) => c.attrs.r)]);
}

/** The text of the row element numbered r. */
function rowText(xml: string, r: number): string {
  const at = xml.indexOf(`<row r="${r}"`);
  const selfClosed = xml.indexOf('/>', at) < xml.indexOf('>', at) + 1;
  return selfClosed ? xml.slice(at, xml.indexOf('/>', at) + 2) : xml.slice(at, xml.indexOf('</row>', at) + 6);
}

describe('patchSheetData: cells in an existing row', () => {
  it('puts a cell written in the middle of a row between its neighbours, keeping them byte for byte', () => {
    const out = patchSheetData(SHEET, writes({ 1: { 2: writer('mid') } }));
    expect(rowText(out, 1)).toBe(`<row r="1" ht="20" customHeight="1">${A1}${B1}<c r="C1" t="inlineStr"><is><t>mid</t></is></c>${D1}</row>`);
    expect(layout(out)[0]).toEqual(['1', ['A1', 'B1', 'C1', 'D1']]);
  });

  it("drops the row's spans hint (it may no longer be right) and keeps its other attributes", () => {
    const row = elements(parseXml(patchSheetData(SHEET, writes({ 1: { 2: writer('x') } }))), 'row')[0];
    expect(row?.attrs).toEqual({ r: '1', ht: '20', customHeight: '1' });
  });

  it('tells the writer about the cell it replaces: its style, its XML, whether it has a value', () => {
    const seen = new Map<string, ExistingCell | undefined>();
    const out = patchSheetData(SHEET, writes({ 1: { 0: writer('a', seen), 1: writer('b', seen), 2: writer('c', seen), 3: writer('d', seen) } }));
    expect(seen.get('A1')).toEqual({ style: 1, xml: A1, hasValue: true });
    expect(seen.get('B1')).toEqual({ style: 0, xml: B1, hasValue: true });
    expect(seen.get('C1')).toBeUndefined();
    expect(seen.get('D1')).toEqual({ style: 4, xml: D1, hasValue: false });
    expect(rowText(out, 1)).toContain('<c r="D1" s="4" t="inlineStr"><is><t>d</t></is></c>');
  });

  it("overwrites the row's last cell in place rather than appending a second one", () => {
    const seen = new Map<string, ExistingCell | undefined>();
    const out = patchSheetData(SHEET, writes({ 1: { 3: writer('last', seen) } }));
    expect(seen.get('D1')).toEqual({ style: 4, xml: D1, hasValue: false });
    expect(layout(out)[0]).toEqual(['1', ['A1', 'B1', 'D1']]);
    expect(rowText(out, 1)).toContain(`${B1}<c r="D1" s="4" t="inlineStr"><is><t>last</t></is></c></row>`);
  });

  it('keeps column order across letter widths (Z before AA before AB)', () => {
    const sheet = worksheet('<row r="2"><c r="B2"><v>1</v></c><c r="AB2"><v>2</v></c></row>');
    const out = patchSheetData(sheet, writes({ 2: { 26: writer('aa'), 25: writer('z'), 2: writer('c') } }));
    expect(layout(out)).toEqual([['2', ['B2', 'C2', 'Z2', 'AA2', 'AB2']]]);
  });

  it('appends beyond the last cell without taking the row apart', () => {
    const out = patchSheetData(SHEET, writes({ 1: { 6: writer('g'), 4: writer('e') } }));
    expect(rowText(out, 1)).toBe(`<row r="1" ht="20" customHeight="1">${A1}${B1}${D1}<c r="E1" t="inlineStr"><is><t>e</t></is></c><c r="G1" t="inlineStr"><is><t>g</t></is></c></row>`);
  });

  it('leaves the row exactly as it was (spans too) when every writer declines or writes the same cell', () => {
    const same: CellWriter = (_ref, existing) => existing?.xml ?? null;
    const out = patchSheetData(SHEET, writes({ 1: { 0: same, 1: () => null, 2: () => null }, 3: { 0: same } }));
    expect(out).toBe(SHEET);
  });

  it('fills a self-closed row', () => {
    const out = patchSheetData(SHEET, writes({ 5: { 2: writer('five') } }));
    expect(rowText(out, 5)).toBe('<row r="5" hidden="1"><c r="C5" t="inlineStr"><is><t>five</t></is></c></row>');
  });
});

describe('patchSheetData: rows the sheet lacks', () => {
  it('creates them in row order: before the first, between existing ones and after the last', () => {
    const out = patchSheetData(SHEET, writes({ 9: { 0: writer('9') }, 2: { 1: writer('2') }, 4: { 0: writer('4') }, 6: { 0: writer('6') } }));
    expect(layout(out).map(([r]) => r)).toEqual(['1', '2', '3', '4', '5', '6', '9']);
    expect(rowText(out, 2)).toBe('<row r="2"><c r="B2" t="inlineStr"><is><t>2</t></is></c></row>');
    for (const [r, text] of [[3, ROW3], [5, ROW5]] as const) expect(rowText(out, r)).toBe(text);
    const before = patchSheetData(worksheet(ROW3), writes({ 1: { 0: writer('first') } }));
    expect(layout(before)).toEqual([['1', ['A1']], ['3', ['A3']]]);
  });

  it('creates no row when every writer declines', () => {
    const out = patchSheetData(SHEET, writes({ 2: { 0: () => null }, 8: { 0: () => null } }));
    expect(out).toBe(SHEET);
  });

  it('writes into a self-closed <sheetData/>', () => {
    const out = patchSheetData(worksheet('').replace('<sheetData></sheetData>', '<sheetData/>'), writes({ 2: { 1: writer('b') }, 1: { 0: writer('a') } }));
    expect(layout(out)).toEqual([['1', ['A1']], ['2', ['B2']]]);
  });

  it('keeps everything outside sheetData byte for byte', () => {
    const out = patchSheetData(SHEET, writes({ 2: { 0: writer('x') }, 1: { 2: writer('y') } }));
    expect(out.slice(0, out.indexOf('<sheetData>'))).toBe(SHEET.slice(0, SHEET.indexOf('<sheetData>')));
    expect(out.slice(out.indexOf('</sheetData>'))).toBe(SHEET.slice(SHEET.indexOf('</sheetData>')));
  });

  it('refuses a worksheet without sheetData', () => {
    expect(() => patchSheetData('<worksheet/>', writes({ 1: { 0: writer('x') } }))).toThrow(/sheetData/);
  });
});

describe('patchSheetData: rows and cells without r', () => {
  it('numbers rows without r after the one before', () => {
    const sheet = worksheet('<row><c r="A1"><v>1</v></c></row><row><c r="A2"><v>2</v></c></row><row r="5"><c r="A5"><v>5</v></c></row>');
    const out = patchSheetData(sheet, writes({ 2: { 1: writer('b2') }, 3: { 0: writer('a3') } }));
    expect(layout(out)).toEqual([
      [undefined, ['A1']],
      [undefined, ['A2', 'B2']],
      ['3', ['A3']],
      ['5', ['A5']],
    ]);
  });

  it('places cells without r after the cell before, and replaces the right one', () => {
    const seen = new Map<string, ExistingCell | undefined>();
    const sheet = worksheet('<row r="1"><c><v>1</v></c><c t="s"><v>0</v></c><c><v>3</v></c></row>');
    const out = patchSheetData(sheet, writes({ 1: { 1: writer('B', seen), 4: writer('E', seen) } }));
    expect(seen.get('B1')?.xml).toBe('<c t="s"><v>0</v></c>');
    const cells = elements(parseXml(out), 'c');
    expect(cells.map((c) => [c.attrs.r, elements(c, 'v')[0]?.text ?? elements(c, 't')[0]?.text])).toEqual([
      [undefined, '1'],
      ['B1', 'B'],
      [undefined, '3'],
      ['E1', 'E'],
    ]);
  });

  it('does not take a row whose last cell has no r for one ending at the last cell with an r', () => {
    // B1 is the row's second cell, without an r: writing B1 must replace it, not add a second B1.
    const sheet = worksheet('<row r="1"><c r="A1"><v>1</v></c><c><v>2</v></c></row>');
    const seen = new Map<string, ExistingCell | undefined>();
    const out = patchSheetData(sheet, writes({ 1: { 1: writer('new B1', seen) } }));
    expect(seen.get('B1')?.xml).toBe('<c><v>2</v></c>');
    expect(elements(parseXml(out), 'c')).toHaveLength(2);
  });
});

describe('patchSheetData output', () => {
  it('is well-formed and reads in ExcelJS with the new values and the old ones', async () => {
    const out = patchSheetData(SHEET.replace(A1, '<c r="A1" t="inlineStr"><is><t>keep</t></is></c>'), writes({ 1: { 2: writer('C1 text') }, 2: { 0: writer('A2 text') }, 7: { 3: writer('D7') } }));
    const wb = await loadWorkbook(zipOf(bookParts([{ name: 'S', xml: out }])));
    const ws = wb.getWorksheet('S');
    expect(['A1', 'B1', 'C1', 'A2', 'A3', 'D7'].map((a) => ws?.getCell(a).value)).toEqual(['keep', 2, 'C1 text', 'A2 text', { formula: 'SUM(1,2)', result: 3 }, 'D7']);
    expect(ws?.getRow(1).height).toBe(20);
    expect(ws?.getRow(5).hidden).toBe(true);
  });

  it('handles a large sheet in one pass, touching only the rows written', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `<row r="${i + 1}" spans="1:2"><c r="A${i + 1}"><v>${i}</v></c></row>`).join('');
    const sheet = worksheet(rows);
    const out = patchSheetData(sheet, writes({ 2500: { 1: writer('mid') }, 5001: { 0: writer('end') } }));
    expect(out.length).toBe(sheet.length - ' spans="1:2"'.length + '<c r="B2500" t="inlineStr"><is><t>mid</t></is></c>'.length + '<row r="5001"><c r="A5001" t="inlineStr"><is><t>end</t></is></c></row>'.length);
    expect(layout(out).length).toBe(5001);
  });
});

describe('patchSheetData: a new cell in a formatted row or column', () => {
  const COLS = '<cols><col min="1" max="2" width="9"/><col min="3" max="5" width="12" style="7" customWidth="1"/></cols>';
  const ROWS = '<row r="1" s="3" customFormat="1"><c r="A1" s="3"><v>1</v></c></row><row r="2" s="9"><c r="A2"><v>2</v></c></row><row r="4"><c r="A4"><v>4</v></c><c r="F4"><v>6</v></c></row>';
  const sheet = worksheet(ROWS, undefined, COLS);

  it("takes its row's format when the row has one (customFormat), as Excel does", () => {
    const seen = new Map<string, ExistingCell | undefined>();
    patchSheetData(sheet, writes({ 1: { 5: writer('x', seen) } }));
    expect(seen.get('F1')).toEqual({ style: 3, xml: '', hasValue: false });
  });

  it("else its column's format, in a row that exists, in the middle of a row, or in a new row", () => {
    const seen = new Map<string, ExistingCell | undefined>();
    patchSheetData(sheet, writes({ 2: { 3: writer('x', seen) }, 4: { 2: writer('y', seen) }, 6: { 4: writer('z', seen) } }));
    // Row 2 has s="9" but no customFormat, so the row's s is not a format for its cells.
    expect([seen.get('D2'), seen.get('C4'), seen.get('E6')]).toEqual([
      { style: 7, xml: '', hasValue: false },
      { style: 7, xml: '', hasValue: false },
      { style: 7, xml: '', hasValue: false },
    ]);
  });

  it('and no format where neither row nor column has one', () => {
    const seen = new Map<string, ExistingCell | undefined>();
    patchSheetData(sheet, writes({ 4: { 6: writer('x', seen) } }));
    expect(seen.has('G4') && seen.get('G4') === undefined).toBe(true);
  });
});
