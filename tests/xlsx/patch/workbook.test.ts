import ExcelJS from 'exceljs';
import { XlsxPackage } from '../../../src/xlsx/patch/package';
import { REL } from '../../../src/xlsx/patch/rels';
import { addSheet, dropCalcChain, setSheetState, settleViews, sheetNamed, sheetsOf, uses1904 } from '../../../src/xlsx/patch/workbook';
import { XML_HEAD, bookParts, elements, loadWorkbook, only, parseXml, worksheet, zipOf } from './helpers';

const NAMES =
  '<definedNames>' +
  '<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">Plan!$A$3:$F$9</definedName>' +
  '<definedName name="_xlnm.Print_Titles" localSheetId="1">Risks!$1:$2</definedName>' +
  '<definedName name="Owners">Risks!$C:$C</definedName>' +
  '<definedName name="_xlnm.Print_Area" localSheetId="2">Notes!$A$1:$D$20</definedName>' +
  '</definedNames><calcPr calcId="191029"/>';

function threeSheets(opts: { activeTab?: number; firstSheet?: number; workbookPr?: string } = {}): XlsxPackage {
  const parts = bookParts(
    [
      { name: 'Plan', xml: worksheet('') },
      { name: 'Risks', xml: worksheet(''), state: 'hidden' },
      { name: 'Notes &amp; &quot;Refs&quot;', xml: worksheet(''), state: 'veryHidden' },
    ],
    { workbookTail: NAMES, ...(opts.workbookPr === undefined ? {} : { workbookPr: opts.workbookPr }) },
  );
  const book = (parts.get('xl/workbook.xml') ?? '').replace('<workbookView/>', `<workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"${opts.firstSheet === undefined ? '' : ` firstSheet="${opts.firstSheet}"`}${opts.activeTab === undefined ? '' : ` activeTab="${opts.activeTab}"`}/>`);
  parts.set('xl/workbook.xml', book);
  return XlsxPackage.open(zipOf(parts));
}

/** localSheetId of each defined name, by name. */
function localIds(pkg: XlsxPackage): Record<string, string | undefined> {
  const doc = parseXml(pkg.text('xl/workbook.xml') ?? '');
  return Object.fromEntries(elements(doc, 'definedName').map((n) => [n.attrs.name, n.attrs.localSheetId]));
}

describe('sheetsOf and sheetNamed', () => {
  it('lists the worksheets in tab order with their part paths and states, names unescaped', () => {
    expect(sheetsOf(threeSheets())).toEqual([
      { name: 'Plan', index: 0, path: 'xl/worksheets/sheet1.xml', state: 'visible' },
      { name: 'Risks', index: 1, path: 'xl/worksheets/sheet2.xml', state: 'hidden' },
      { name: 'Notes & "Refs"', index: 2, path: 'xl/worksheets/sheet3.xml', state: 'veryHidden' },
    ]);
  });

  it('finds a sheet by name without regard to case, as Excel compares names', () => {
    expect(sheetNamed(threeSheets(), 'rISKS')?.path).toBe('xl/worksheets/sheet2.xml');
    expect(sheetNamed(threeSheets(), 'notes & "refs"')?.index).toBe(2);
    expect(sheetNamed(threeSheets(), 'Missing')).toBeUndefined();
  });

  it('counts a chartsheet in the tab order but never returns it as a worksheet', () => {
    const parts = bookParts([{ name: 'Plan', xml: worksheet('') }]);
    parts.set('xl/workbook.xml', (parts.get('xl/workbook.xml') ?? '').replace('</sheets>', '<sheet name="Chart1" sheetId="9" r:id="rId9"/></sheets>'));
    parts.set('xl/_rels/workbook.xml.rels', (parts.get('xl/_rels/workbook.xml.rels') ?? '').replace('</Relationships>', `<Relationship Id="rId9" Type="${REL.worksheet.replace('worksheet', 'chartsheet')}" Target="chartsheets/sheet1.xml"/></Relationships>`));
    const pkg = XlsxPackage.open(zipOf(parts));
    expect(sheetsOf(pkg).map((s) => [s.name, s.index, s.path])).toEqual([
      ['Plan', 0, 'xl/worksheets/sheet1.xml'],
      ['Chart1', 1, ''],
    ]);
    expect(sheetNamed(pkg, 'Chart1')).toBeUndefined();
  });
});

describe('addSheet', () => {
  it('at the end: adds the part, its content type, a relationship and the sheet entry, shifting nothing', () => {
    const pkg = threeSheets({ activeTab: 2 });
    const before = localIds(pkg);
    const added = addSheet(pkg, 'RAG History', worksheet(''), { state: 'veryHidden' });
    expect(added).toEqual({ name: 'RAG History', index: 3, path: 'xl/worksheets/sheet4.xml', state: 'veryHidden' });
    expect(pkg.text('xl/worksheets/sheet4.xml')).toBe(worksheet(''));
    expect(pkg.text('[Content_Types].xml')).toContain('<Override PartName="/xl/worksheets/sheet4.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>');
    const rel = pkg.rels('xl/workbook.xml').find((r) => r.target === 'worksheets/sheet4.xml');
    expect(rel).toEqual({ id: 'rId5', type: REL.worksheet, target: 'worksheets/sheet4.xml', external: false });
    const sheet = elements(parseXml(pkg.text('xl/workbook.xml') ?? ''), 'sheet')[3];
    expect(sheet?.attrs).toEqual({ name: 'RAG History', sheetId: '4', state: 'veryHidden', 'r:id': 'rId5' });
    expect(localIds(pkg)).toEqual(before);
    expect(only(parseXml(pkg.text('xl/workbook.xml') ?? ''), 'workbookView').attrs.activeTab).toBe('2');
    expect(sheetsOf(pkg).map((s) => s.name)).toEqual(['Plan', 'Risks', 'Notes & "Refs"', 'RAG History']);
  });

  it('in the middle: later sheet-scoped names and the active tab move up by one, earlier ones and global names stay', () => {
    const pkg = threeSheets({ activeTab: 2 });
    const added = addSheet(pkg, 'RAG Summary', worksheet(''), { position: 1 });
    expect(added.index).toBe(1);
    expect(sheetsOf(pkg).map((s) => s.name)).toEqual(['Plan', 'RAG Summary', 'Risks', 'Notes & "Refs"']);
    expect(localIds(pkg)).toEqual({ '_xlnm._FilterDatabase': '0', '_xlnm.Print_Titles': '2', Owners: undefined, '_xlnm.Print_Area': '3' });
    const book = parseXml(pkg.text('xl/workbook.xml') ?? '');
    expect(only(book, 'workbookView').attrs.activeTab).toBe('3');
    expect(only(book, 'workbookView').attrs.windowWidth).toBe('28800');
    // The names' formulas are text the patch does not touch.
    expect(elements(book, 'definedName').map((n) => n.text)).toEqual(['Plan!$A$3:$F$9', 'Risks!$1:$2', 'Risks!$C:$C', 'Notes!$A$1:$D$20']);
  });

  it('at the first position every positioned name shifts; an active tab before the insertion does not', () => {
    const first = threeSheets({ activeTab: 0 });
    addSheet(first, 'New', worksheet(''), { position: 0 });
    expect(localIds(first)).toEqual({ '_xlnm._FilterDatabase': '1', '_xlnm.Print_Titles': '2', Owners: undefined, '_xlnm.Print_Area': '3' });
    expect(only(parseXml(first.text('xl/workbook.xml') ?? ''), 'workbookView').attrs.activeTab).toBe('1');
    const later = threeSheets({ activeTab: 0 });
    addSheet(later, 'New', worksheet(''), { position: 2 });
    expect(only(parseXml(later.text('xl/workbook.xml') ?? ''), 'workbookView').attrs.activeTab).toBe('0');
    expect(localIds(later)['_xlnm.Print_Titles']).toBe('1');
    expect(localIds(later)['_xlnm.Print_Area']).toBe('3');
  });

  it('moves the first tab shown with its sheet, as it moves the active tab', () => {
    const pkg = threeSheets({ activeTab: 2, firstSheet: 1 });
    addSheet(pkg, 'RAG Summary', worksheet(''), { position: 1 });
    expect(only(parseXml(pkg.text('xl/workbook.xml') ?? ''), 'workbookView').attrs).toMatchObject({ firstSheet: '2', activeTab: '3' });
    const before = threeSheets({ activeTab: 2, firstSheet: 1 });
    addSheet(before, 'Last', worksheet(''), { position: 2 });
    expect(only(parseXml(before.text('xl/workbook.xml') ?? ''), 'workbookView').attrs).toMatchObject({ firstSheet: '1', activeTab: '3' });
  });

  it('escapes the name, takes the next sheetId and a free part name, and treats a position past the end as the end', () => {
    const pkg = threeSheets();
    pkg.setText('xl/worksheets/sheet4.xml', worksheet('')); // a part not listed in the workbook still takes its name
    const added = addSheet(pkg, 'A & B <"x">', worksheet(''), { position: 99 });
    expect(added.path).toBe('xl/worksheets/sheet5.xml');
    expect(added.index).toBe(3);
    expect(sheetsOf(pkg)[3]).toEqual({ name: 'A & B <"x">', index: 3, path: 'xl/worksheets/sheet5.xml', state: 'visible' });
    expect(pkg.text('xl/workbook.xml')).toContain('<sheet name="A &amp; B &lt;&quot;x&quot;&gt;" sheetId="4" r:id="rId5"/>');
  });

  it('leaves a workbook ExcelJS reads, with the new sheet in its place', async () => {
    const pkg = threeSheets({ activeTab: 1 });
    addSheet(pkg, 'Inserted', worksheet('<row r="1"><c r="A1"><v>7</v></c></row>'), { position: 1 });
    const wb = await loadWorkbook(await pkg.toBuffer());
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Plan', 'Inserted', 'Risks', 'Notes & "Refs"']);
    expect(wb.getWorksheet('Inserted')?.getCell('A1').value).toBe(7);
  });
});

describe('settleViews', () => {
  /** Plan, Risks (hidden), Notes (very hidden), then a visible Summary. */
  function fourSheets(view: string): XlsxPackage {
    const pkg = threeSheets();
    addSheet(pkg, 'Summary', worksheet(''));
    pkg.setText('xl/workbook.xml', (pkg.text('xl/workbook.xml') ?? '').replace(/<workbookView\b[^>]*>/, `<workbookView xWindow="0"${view}/>`));
    return pkg;
  }
  const view = (pkg: XlsxPackage): Record<string, string> => only(parseXml(pkg.text('xl/workbook.xml') ?? ''), 'workbookView').attrs;

  it('moves an active tab off a hidden sheet to the next visible one (or the one before), and the first tab shown with it', () => {
    const hidden = fourSheets(' firstSheet="2" activeTab="2"');
    settleViews(hidden);
    expect(view(hidden)).toEqual({ xWindow: '0', firstSheet: '3', activeTab: '3' });
    const last = fourSheets(' activeTab="3"');
    setSheetState(last, 'Summary', 'veryHidden');
    settleViews(last);
    expect(view(last)).toEqual({ xWindow: '0', activeTab: '0' });
  });

  it('brings a position past the last sheet back onto the sheets, and keeps the first tab shown at or before the active one', () => {
    const past = fourSheets(' firstSheet="7" activeTab="9"');
    settleViews(past);
    expect(view(past)).toEqual({ xWindow: '0', firstSheet: '3', activeTab: '3' });
    const after = fourSheets(' firstSheet="3" activeTab="0"');
    settleViews(after);
    expect(view(after)).toEqual({ xWindow: '0', firstSheet: '0', activeTab: '0' });
  });

  it('leaves views already on visible sheets, and absent attributes meaning the first sheet, exactly as written', () => {
    for (const attrs of ['', ' activeTab="3"', ' firstSheet="0" activeTab="3"']) {
      const pkg = fourSheets(attrs);
      const before = pkg.text('xl/workbook.xml');
      settleViews(pkg);
      expect(pkg.text('xl/workbook.xml')).toBe(before);
    }
  });
});

describe('setSheetState', () => {
  it('sets hidden or very hidden, and removes the attribute for visible', () => {
    const pkg = threeSheets();
    setSheetState(pkg, 'plan', 'veryHidden');
    setSheetState(pkg, 'Risks', 'visible');
    expect(sheetsOf(pkg).map((s) => s.state)).toEqual(['veryHidden', 'visible', 'veryHidden']);
    const sheets = elements(parseXml(pkg.text('xl/workbook.xml') ?? ''), 'sheet');
    expect(sheets[1]?.attrs).toEqual({ name: 'Risks', sheetId: '2', 'r:id': 'rId2' });
  });

  it('changes nothing for a sheet that does not exist', () => {
    const pkg = threeSheets();
    const before = pkg.text('xl/workbook.xml');
    setSheetState(pkg, 'Nope', 'hidden');
    expect(pkg.text('xl/workbook.xml')).toBe(before);
  });
});

describe('dropCalcChain', () => {
  it('removes the calculation chain, its relationship and its content type', () => {
    const parts = bookParts([{ name: 'Plan', xml: worksheet('') }]);
    parts.set('xl/calcChain.xml', `${XML_HEAD}<calcChain><c r="A1" i="1"/></calcChain>`);
    parts.set('xl/_rels/workbook.xml.rels', (parts.get('xl/_rels/workbook.xml.rels') ?? '').replace('</Relationships>', `<Relationship Id="rId7" Type="${REL.calcChain}" Target="calcChain.xml"/></Relationships>`));
    parts.set('[Content_Types].xml', (parts.get('[Content_Types].xml') ?? '').replace('</Types>', '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>'));
    const pkg = XlsxPackage.open(zipOf(parts));
    dropCalcChain(pkg);
    expect(pkg.has('xl/calcChain.xml')).toBe(false);
    expect(pkg.rels('xl/workbook.xml').map((r) => r.type)).not.toContain(REL.calcChain);
    expect(pkg.rels('xl/workbook.xml')).toHaveLength(2);
    expect(pkg.text('[Content_Types].xml')).not.toContain('calcChain');
  });

  it('leaves a workbook without one untouched', async () => {
    const input = zipOf(bookParts([{ name: 'Plan', xml: worksheet('') }]));
    const pkg = XlsxPackage.open(input);
    dropCalcChain(pkg);
    expect((await pkg.toBuffer()).equals(input)).toBe(true);
  });
});

describe('uses1904', () => {
  it('reads workbookPr date1904 as "1" or "true"', () => {
    expect(uses1904(threeSheets())).toBe(false);
    expect(uses1904(threeSheets({ workbookPr: '<workbookPr date1904="1"/>' }))).toBe(true);
    expect(uses1904(threeSheets({ workbookPr: '<workbookPr defaultThemeVersion="166925" date1904="true"/>' }))).toBe(true);
    expect(uses1904(threeSheets({ workbookPr: '<workbookPr date1904="0"/>' }))).toBe(false);
    expect(uses1904(threeSheets({ workbookPr: '' }))).toBe(false);
  });

  it('agrees with ExcelJS on a workbook it wrote', async () => {
    for (const date1904 of [false, true]) {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet('S');
      wb.properties.date1904 = date1904;
      expect(uses1904(XlsxPackage.open(Buffer.from(await wb.xlsx.writeBuffer())))).toBe(date1904);
    }
  });
});
