import * as zlib from 'node:zlib';
import { XlsxPackage } from '../../../src/xlsx/patch/package';
import { REL } from '../../../src/xlsx/patch/rels';
import { readZip, unzipEntry, writeZip, zipEntry, type ZipEntry } from '../../../src/xlsx/patch/zip';
import { bookParts, worksheet, zipOf } from './helpers';

function book(): Buffer {
  const parts = bookParts([{ name: 'Plan', xml: worksheet('') }]);
  parts.set('xl/calcChain.xml', '<calcChain/>');
  parts.set('xl/worksheets/_rels/sheet1.xml.rels', '<Relationships/>');
  parts.set('[Content_Types].xml', (parts.get('[Content_Types].xml') ?? '').replace('</Types>', '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>'));
  parts.set('xl/theme/theme1.xml', `<a:theme xmlns:a="x">${'<a:srgbClr val="1F4E79"/>'.repeat(200)}</a:theme>`);
  parts.set('customXml/item1.xml', '<root>stored, not deflated</root>');
  // Members as another zipper wrote them: their own timestamp, one stored and one deflated at
  // another level, so a member that was re-compressed would not come out the same.
  const entries = readZip(zipOf(parts)).map((e): ZipEntry => {
    const content = unzipEntry(e);
    if (e.name === 'customXml/item1.xml') return { ...e, method: 0, data: content, time: 0x4d2e, date: 0x5a6b };
    if (e.name === 'xl/theme/theme1.xml') return { ...e, data: zlib.deflateRawSync(content, { level: 1 }), time: 0x4d2e, date: 0x5a6b };
    return { ...e, time: 0x4d2e, date: 0x5a6b };
  });
  return writeZip(entries);
}

const entryOf = (buf: Buffer, name: string): ZipEntry | undefined => readZip(buf).find((e) => e.name === name);

describe('XlsxPackage', () => {
  it('reads parts lazily by name and knows which exist', () => {
    const pkg = XlsxPackage.open(book());
    expect(pkg.has('xl/workbook.xml')).toBe(true);
    expect(pkg.has('xl/nothing.xml')).toBe(false);
    expect(pkg.text('xl/calcChain.xml')).toBe('<calcChain/>');
    expect(pkg.text('xl/nothing.xml')).toBeUndefined();
    expect(pkg.workbookPath()).toBe('xl/workbook.xml');
  });

  it('finds the workbook part through the package relationships, wherever it is', () => {
    const parts = new Map([['_rels/.rels', `<Relationships><Relationship Id="rId1" Type="${REL.officeDocument}" Target="/book/main.xml"/></Relationships>`], ['book/main.xml', '<workbook/>']]);
    expect(XlsxPackage.open(zipOf(parts)).workbookPath()).toBe('book/main.xml');
  });

  it('writes untouched parts as their original compressed bytes and timestamp', async () => {
    const input = book();
    const pkg = XlsxPackage.open(input);
    pkg.text('xl/styles.xml'); // reading is not changing
    pkg.setText('xl/worksheets/sheet1.xml', '<worksheet/>');
    const out = await pkg.toBuffer();
    for (const before of readZip(input)) {
      const after = entryOf(out, before.name);
      if (before.name === 'xl/worksheets/sheet1.xml') {
        expect(after && unzipEntry(after).toString()).toBe('<worksheet/>');
        expect([after?.time, after?.date]).toEqual([0x4d2e, 0x5a6b]);
      } else {
        expect(after?.data.equals(before.data)).toBe(true);
        expect([after?.time, after?.date]).toEqual([before.time, before.date]);
      }
    }
    expect(readZip(out).map((e) => e.name)).toEqual(readZip(input).map((e) => e.name));
    expect(entryOf(out, 'customXml/item1.xml')?.method).toBe(0);
    expect(entryOf(out, 'xl/theme/theme1.xml')?.data.equals(zlib.deflateRawSync(unzipEntry(entryOf(input, 'xl/theme/theme1.xml') as ZipEntry)))).toBe(false);
  });

  it('gives back the very same archive when nothing changed', async () => {
    const input = book();
    expect((await XlsxPackage.open(input).toBuffer()).equals(input)).toBe(true);
  });

  it('appends new parts after the existing ones', async () => {
    const pkg = XlsxPackage.open(book());
    pkg.setText('xl/new.xml', '<new/>');
    expect(pkg.has('xl/new.xml')).toBe(true);
    expect(pkg.names()).toContain('xl/new.xml');
    const names = readZip(await pkg.toBuffer()).map((e) => e.name);
    expect(names[names.length - 1]).toBe('xl/new.xml');
  });

  it('removes a part with its .rels and its content-type override', async () => {
    const pkg = XlsxPackage.open(book());
    pkg.remove('xl/calcChain.xml');
    pkg.remove('xl/worksheets/sheet1.xml');
    expect(pkg.has('xl/calcChain.xml')).toBe(false);
    expect(pkg.has('xl/worksheets/_rels/sheet1.xml.rels')).toBe(false);
    expect(pkg.names()).not.toContain('xl/calcChain.xml');
    const types = pkg.text('[Content_Types].xml') ?? '';
    expect(types).not.toContain('calcChain');
    expect(types).not.toContain('/xl/worksheets/sheet1.xml');
    expect(types).toContain('/xl/workbook.xml');
    expect(readZip(await pkg.toBuffer()).map((e) => e.name)).not.toContain('xl/calcChain.xml');
  });

  it('declares a content type once, replacing an earlier declaration for the part', () => {
    const pkg = XlsxPackage.open(book());
    pkg.declare('xl/x.xml', 'type/one');
    pkg.declare('xl/x.xml', 'type/two');
    const types = pkg.text('[Content_Types].xml') ?? '';
    expect(types.match(/PartName="\/xl\/x\.xml"/g)).toHaveLength(1);
    expect(types).toMatch(/<Override PartName="\/xl\/x\.xml" ContentType="type\/two"\/><\/Types>$/);
  });

  it('declares a default for an extension only when none exists (any case), before the overrides', () => {
    const pkg = XlsxPackage.open(book());
    pkg.declareDefault('vml', 'application/vnd.openxmlformats-officedocument.vmlDrawing');
    pkg.declareDefault('VML', 'something/else');
    pkg.declareDefault('xml', 'something/else');
    const types = pkg.text('[Content_Types].xml') ?? '';
    expect(types.match(/Extension="vml"/gi)).toHaveLength(1);
    expect(types).not.toContain('something/else');
    expect(types.indexOf('Extension="vml"')).toBeLessThan(types.indexOf('<Override'));
  });

  it('names a free part from a pattern', () => {
    const pkg = XlsxPackage.open(book());
    expect(pkg.freePath('xl/worksheets/sheet{n}.xml')).toBe('xl/worksheets/sheet2.xml');
    expect(pkg.freePath('xl/comments{n}.xml')).toBe('xl/comments1.xml');
    pkg.setText('xl/comments1.xml', '<comments/>');
    expect(pkg.freePath('xl/comments{n}.xml')).toBe('xl/comments2.xml');
  });

  it('reads and replaces a part’s relationships', () => {
    const pkg = XlsxPackage.open(book());
    expect(pkg.rels('xl/workbook.xml').map((r) => r.target)).toEqual(['worksheets/sheet1.xml', 'styles.xml']);
    pkg.setRels('xl/worksheets/sheet1.xml', [{ id: 'rId1', type: REL.comments, target: '../comments1.xml', external: false }]);
    expect(pkg.rels('xl/worksheets/sheet1.xml')).toEqual([{ id: 'rId1', type: REL.comments, target: '../comments1.xml', external: false }]);
  });

  it('a new part in a fresh archive gets zipEntry’s fixed stamp', async () => {
    const pkg = XlsxPackage.open(writeZip([zipEntry('a.xml', Buffer.from('<a/>'))]));
    pkg.setText('b.xml', '<b/>');
    const b = entryOf(await pkg.toBuffer(), 'b.xml');
    expect([b?.time, b?.date]).toEqual([0, 33]);
  });
});

describe('XlsxPackage.seal', () => {
  const textOf = (zip: Buffer, name: string): string => {
    const entry = readZip(zip).find((e) => e.name === name);
    return entry ? unzipEntry(entry).toString('utf8') : '';
  };

  it('compresses a finished part early and writes that compression', async () => {
    const pkg = XlsxPackage.open(book());
    pkg.setText('xl/worksheets/sheet1.xml', '<worksheet>sealed</worksheet>');
    pkg.seal('xl/worksheets/sheet1.xml');
    expect(textOf(await pkg.toBuffer(), 'xl/worksheets/sheet1.xml')).toBe('<worksheet>sealed</worksheet>');
  });

  it('never writes a stale early compression: a part changed after sealing is written as changed', async () => {
    const pkg = XlsxPackage.open(book());
    pkg.setText('xl/worksheets/sheet1.xml', '<worksheet>first</worksheet>');
    pkg.seal('xl/worksheets/sheet1.xml');
    pkg.setText('xl/worksheets/sheet1.xml', '<worksheet>second</worksheet>');
    expect(textOf(await pkg.toBuffer(), 'xl/worksheets/sheet1.xml')).toBe('<worksheet>second</worksheet>');
  });

  it('ignores sealing a part that was not changed', async () => {
    const pkg = XlsxPackage.open(book());
    pkg.seal('xl/theme/theme1.xml');
    const before = readZip(book()).find((e) => e.name === 'xl/theme/theme1.xml');
    const after = readZip(await pkg.toBuffer()).find((e) => e.name === 'xl/theme/theme1.xml');
    expect(after && before && Buffer.compare(after.data, before.data)).toBe(0);
  });
});
