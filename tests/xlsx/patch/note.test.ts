import ExcelJS from 'exceljs';
import { setNote } from '../../../src/xlsx/patch/note';
import { XlsxPackage } from '../../../src/xlsx/patch/package';
import { REL } from '../../../src/xlsx/patch/rels';
import { sheetNamed } from '../../../src/xlsx/patch/workbook';
import { MAIN_NS, XML_HEAD, bookParts, elements, loadWorkbook, noteText, only, parseXml, worksheet, zipOf } from './helpers';

const LEGEND = 'Colour key\nRed: overdue\nAmber: due soon & "watch"\nGreen: on track';

/** Sets a note the way the tracker writer does: the returned sheet XML is saved. */
function note(pkg: XlsxPackage, sheet: string, row: number, col: number, text: string): string {
  const path = sheetNamed(pkg, sheet)?.path ?? '';
  const xml = setNote(pkg, path, pkg.text(path) ?? '', row, col, text);
  pkg.setText(path, xml);
  return xml;
}

async function reload(pkg: XlsxPackage): Promise<ExcelJS.Workbook> {
  return loadWorkbook(await pkg.toBuffer());
}

/**
 * A workbook ExcelJS wrote, with 'RAG' in G3 (the header the legend goes on): ExcelJS only
 * reads a note back onto a cell that is in the sheet's data.
 */
async function excelJs(build: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void): Promise<XlsxPackage> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Plan');
  ws.getCell('G3').value = 'RAG';
  build(ws, wb);
  return XlsxPackage.open(Buffer.from(await wb.xlsx.writeBuffer()));
}

const shapes = (vml: string | undefined): string[] => [...(vml ?? '').matchAll(/<v:shape id="([^"]+)"/g)].map((m) => m[1] ?? '');

describe('setNote on a sheet with no notes', () => {
  function bare(): XlsxPackage {
    const sheet = `${XML_HEAD}<worksheet xmlns="${MAIN_NS}"><sheetData><row r="3"><c r="G3"><v>1</v></c></row></sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
    return XlsxPackage.open(zipOf(bookParts([{ name: 'Plan', xml: sheet }])));
  }

  it('creates the comments part with our author and the note', () => {
    const pkg = bare();
    note(pkg, 'Plan', 3, 6, LEGEND);
    const comments = parseXml(pkg.text('xl/comments1.xml') ?? '');
    expect(elements(comments, 'author').map((a) => a.text)).toEqual(['RAG Tracker']);
    const comment = only(comments, 'comment');
    expect(comment.attrs).toEqual({ ref: 'G3', authorId: '0' });
    expect(elements(comment, 't').map((t) => t.text).join('')).toBe(LEGEND);
  });

  it('creates a VML drawing with a hidden note box anchored on the cell', () => {
    const pkg = bare();
    note(pkg, 'Plan', 3, 6, LEGEND);
    const vml = pkg.text('xl/drawings/vmlDrawing1.vml') ?? '';
    const doc = parseXml(vml);
    expect(only(doc, 'o:idmap').attrs.data).toBe('1');
    expect(shapes(vml)).toEqual(['_x0000_s1025']);
    expect(only(doc, 'x:ClientData').attrs.ObjectType).toBe('Note');
    expect([only(doc, 'x:Row').text, only(doc, 'x:Column').text]).toEqual(['2', '6']);
    expect(only(doc, 'v:shape').attrs.style).toContain('visibility:hidden');
  });

  it('wires both parts in: sheet relationships, content types, and <legacyDrawing> with the r namespace', () => {
    const pkg = bare();
    const xml = note(pkg, 'Plan', 3, 6, LEGEND);
    const rels = pkg.rels('xl/worksheets/sheet1.xml');
    expect(rels).toEqual([
      { id: 'rId1', type: REL.comments, target: '../comments1.xml', external: false },
      { id: 'rId2', type: REL.vmlDrawing, target: '../drawings/vmlDrawing1.vml', external: false },
    ]);
    const types = pkg.text('[Content_Types].xml') ?? '';
    expect(types).toContain('<Override PartName="/xl/comments1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>');
    expect(types).toContain('<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>');
    const root = parseXml(xml);
    expect(root.attrs['xmlns:r']).toBe('http://schemas.openxmlformats.org/officeDocument/2006/relationships');
    expect(root.children.map((c) => c.name)).toEqual(['sheetData', 'pageMargins', 'legacyDrawing']);
    expect(only(root, 'legacyDrawing').attrs['r:id']).toBe('rId2');
  });

  it('places <legacyDrawing> before <tableParts>, beside a table ExcelJS wrote, and ExcelJS reads the note', async () => {
    const pkg = await excelJs((ws) => {
      ws.getCell('A3').value = 'Ref';
      ws.addTable({ name: 'Actions', ref: 'A5', columns: [{ name: 'Ref' }, { name: 'Action' }], rows: [[1, 'Agree terms']] });
    });
    const tableRels = pkg.rels('xl/worksheets/sheet1.xml');
    const xml = note(pkg, 'Plan', 3, 6, LEGEND);
    const names = parseXml(xml).children.map((c) => c.name);
    expect(names.indexOf('legacyDrawing')).toBe(names.indexOf('tableParts') - 1);
    expect(pkg.rels('xl/worksheets/sheet1.xml').slice(0, tableRels.length)).toEqual(tableRels);
    const wb = await reload(pkg);
    const ws = wb.getWorksheet('Plan');
    expect(noteText(ws?.getCell('G3').note)).toBe(LEGEND);
    expect(ws?.getTable('Actions')).toBeDefined();
    expect(ws?.getCell('B6').value).toBe('Agree terms');
  });
});

describe('setNote beside a user’s own notes', () => {
  const userBook = (): Promise<XlsxPackage> =>
    excelJs((ws) => {
      ws.getCell('A1').value = 'Plan';
      ws.getCell('A1').note = 'User note: ask Sam';
      ws.getCell('G3').value = 'RAG';
    });

  it("keeps the user's note and author, adds ours, and appends a shape with a new id", async () => {
    const pkg = await userBook();
    const comments = pkg.text('xl/comments1.xml') ?? '';
    const userComment = /<comment ref="A1"[\s\S]*?<\/comment>/.exec(comments)?.[0] ?? '';
    const vmlBefore = pkg.text('xl/drawings/vmlDrawing1.vml') ?? '';
    const sheetBefore = pkg.text('xl/worksheets/sheet1.xml');
    const relsBefore = pkg.rels('xl/worksheets/sheet1.xml');
    const xml = note(pkg, 'Plan', 3, 6, LEGEND);
    expect(xml).toBe(sheetBefore);
    expect(pkg.rels('xl/worksheets/sheet1.xml')).toEqual(relsBefore);
    const after = pkg.text('xl/comments1.xml') ?? '';
    expect(after).toContain(userComment);
    const doc = parseXml(after);
    expect(elements(doc, 'author').map((a) => a.text)).toEqual(['Author', 'RAG Tracker']);
    expect(elements(doc, 'comment').map((c) => [c.attrs.ref, c.attrs.authorId])).toEqual([
      ['A1', '0'],
      ['G3', '1'],
    ]);
    const vml = pkg.text('xl/drawings/vmlDrawing1.vml') ?? '';
    expect(vml.startsWith(vmlBefore.slice(0, vmlBefore.lastIndexOf('</xml>')))).toBe(true);
    expect(shapes(vml)).toEqual(['_x0000_s1025', '_x0000_s1026']);
    parseXml(vml);
    expect(pkg.has('xl/comments2.xml')).toBe(false);
    const wb = await reload(pkg);
    expect(noteText(wb.getWorksheet('Plan')?.getCell('A1').note)).toBe('User note: ask Sam');
    expect(noteText(wb.getWorksheet('Plan')?.getCell('G3').note)).toBe(LEGEND);
  });

  it('replaces a note the user had on the same cell, without a second shape', async () => {
    const pkg = await excelJs((ws) => {
      ws.getCell('G3').note = 'old key';
    });
    note(pkg, 'Plan', 3, 6, LEGEND);
    const doc = parseXml(pkg.text('xl/comments1.xml') ?? '');
    expect(elements(doc, 'comment')).toHaveLength(1);
    expect(shapes(pkg.text('xl/drawings/vmlDrawing1.vml'))).toHaveLength(1);
    expect(noteText((await reload(pkg)).getWorksheet('Plan')?.getCell('G3').note)).toBe(LEGEND);
  });
});

describe('setNote on a later refresh', () => {
  it('updates our note in place: one comment, one shape, the new text', async () => {
    const pkg = await excelJs((ws) => {
      ws.getCell('A1').note = 'User note';
    });
    note(pkg, 'Plan', 3, 6, LEGEND);
    const vml = pkg.text('xl/drawings/vmlDrawing1.vml');
    note(pkg, 'Plan', 3, 6, 'New key');
    const doc = parseXml(pkg.text('xl/comments1.xml') ?? '');
    expect(elements(doc, 'comment').map((c) => c.attrs.ref)).toEqual(['A1', 'G3']);
    expect(elements(doc, 'author').map((a) => a.text)).toEqual(['Author', 'RAG Tracker']);
    expect(pkg.text('xl/drawings/vmlDrawing1.vml')).toBe(vml);
    expect(noteText((await reload(pkg)).getWorksheet('Plan')?.getCell('G3').note)).toBe('New key');
  });

  it('changes nothing at all when the note already says the same', async () => {
    const pkg = await excelJs(() => undefined);
    note(pkg, 'Plan', 3, 6, LEGEND);
    const once = new Map(pkg.names().map((n) => [n, pkg.text(n)]));
    const xml = note(pkg, 'Plan', 3, 6, LEGEND);
    expect(xml).toBe(once.get('xl/worksheets/sheet1.xml'));
    expect(new Map(pkg.names().map((n) => [n, pkg.text(n)]))).toEqual(once);
  });

  it('writes text holding $& or $\' literally when replacing a note', async () => {
    const pkg = await excelJs(() => undefined);
    note(pkg, 'Plan', 3, 6, 'first');
    note(pkg, 'Plan', 3, 6, "Budget $'000 and $& and $$");
    const comment = only(parseXml(pkg.text('xl/comments1.xml') ?? ''), 'comment');
    expect(elements(comment, 't').map((t) => t.text).join('')).toBe("Budget $'000 and $& and $$");
  });
});

describe('setNote on two sheets', () => {
  it('gives each sheet its own comments and drawing, with shape ids in separate blocks', async () => {
    const one = worksheet('<row r="3"><c r="G3"><v>1</v></c></row>');
    const two = worksheet('<row r="8"><c r="C8"><v>2</v></c></row>');
    const pkg = XlsxPackage.open(zipOf(bookParts([{ name: 'One', xml: one }, { name: 'Two', xml: two }])));
    note(pkg, 'One', 3, 6, 'one');
    note(pkg, 'Two', 8, 2, 'two');
    expect(pkg.rels('xl/worksheets/sheet2.xml').map((r) => r.target)).toEqual(['../comments2.xml', '../drawings/vmlDrawing2.vml']);
    const vml2 = pkg.text('xl/drawings/vmlDrawing2.vml') ?? '';
    expect(only(parseXml(vml2), 'o:idmap').attrs.data).toBe('2');
    expect(shapes(vml2)).toEqual(['_x0000_s2049']);
    const types = pkg.text('[Content_Types].xml') ?? '';
    expect(types.match(/Extension="vml"/g)).toHaveLength(1);
    const wb = await reload(pkg);
    expect(noteText(wb.getWorksheet('One')?.getCell('G3').note)).toBe('one');
    expect(noteText(wb.getWorksheet('Two')?.getCell('C8').note)).toBe('two');
  });
});
