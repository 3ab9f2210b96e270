import { REL, freeId, parseRels, relativeTarget, relsPath, resolveTarget, serialiseRels, type Relationship } from '../../../src/xlsx/patch/rels';
import { PKG_RELS_NS, elements, parseXml } from './helpers';

const rel = (id: string, target = 'a.xml', type: string = REL.worksheet, external = false): Relationship => ({ id, type, target, external });

describe('relsPath', () => {
  it("is the part's folder, _rels, and the part's name with .rels", () => {
    expect(relsPath('xl/workbook.xml')).toBe('xl/_rels/workbook.xml.rels');
    expect(relsPath('xl/worksheets/sheet1.xml')).toBe('xl/worksheets/_rels/sheet1.xml.rels');
    expect(relsPath('')).toBe('_rels/.rels');
  });
});

describe('resolveTarget', () => {
  it('resolves a target against the folder of the part that refers to it', () => {
    expect(resolveTarget('xl/workbook.xml', 'worksheets/sheet1.xml')).toBe('xl/worksheets/sheet1.xml');
    expect(resolveTarget('xl/worksheets/sheet1.xml', '../comments1.xml')).toBe('xl/comments1.xml');
    expect(resolveTarget('xl/worksheets/sheet1.xml', './../drawings/./vmlDrawing1.vml')).toBe('xl/drawings/vmlDrawing1.vml');
    expect(resolveTarget('', 'xl/workbook.xml')).toBe('xl/workbook.xml');
  });

  it('takes an absolute target from the package root', () => {
    expect(resolveTarget('xl/workbook.xml', '/xl/worksheets/sheet2.xml')).toBe('xl/worksheets/sheet2.xml');
  });
});

describe('relativeTarget', () => {
  it('is the inverse of resolveTarget', () => {
    const cases: [string, string][] = [
      ['xl/workbook.xml', 'xl/worksheets/sheet3.xml'],
      ['xl/worksheets/sheet1.xml', 'xl/comments1.xml'],
      ['xl/worksheets/sheet1.xml', 'xl/drawings/vmlDrawing2.vml'],
      ['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml'],
      ['', 'xl/workbook.xml'],
    ];
    for (const [from, to] of cases) expect(resolveTarget(from, relativeTarget(from, to))).toBe(to);
    expect(relativeTarget('xl/workbook.xml', 'xl/worksheets/sheet3.xml')).toBe('worksheets/sheet3.xml');
    expect(relativeTarget('xl/worksheets/sheet1.xml', 'xl/comments1.xml')).toBe('../comments1.xml');
  });
});

describe('parseRels and serialiseRels', () => {
  it('reads Id, Type, Target and external mode, unescaping values', () => {
    const xml = `<Relationships xmlns="${PKG_RELS_NS}"><Relationship Id="rId1" Type="t1" Target="a.xml"/><Relationship Target="https://x.test/?a=1&amp;b=2" TargetMode="External" Id="rId9" Type="t2"/></Relationships>`;
    expect(parseRels(xml)).toEqual([rel('rId1', 'a.xml', 't1'), rel('rId9', 'https://x.test/?a=1&b=2', 't2', true)]);
    expect(parseRels(undefined)).toEqual([]);
  });

  it('writes a part that parses back to the same list and is well-formed', () => {
    const list = [rel('rId1', 'worksheets/sheet1.xml'), rel('rId2', 'https://x.test/?a="1"&b<2>', REL.comments, true)];
    const xml = serialiseRels(list);
    expect(parseRels(xml)).toEqual(list);
    const doc = parseXml(xml);
    expect(doc.attrs.xmlns).toBe(PKG_RELS_NS);
    expect(elements(doc, 'Relationship').map((r) => r.attrs.Target)).toEqual(['worksheets/sheet1.xml', 'https://x.test/?a="1"&b<2>']);
  });
});

describe('freeId', () => {
  it('is rId one past the highest number used, ignoring other id styles', () => {
    expect(freeId([])).toBe('rId1');
    expect(freeId([rel('rId3'), rel('rId1')])).toBe('rId4');
    expect(freeId([rel('rId2'), rel('R7f3a'), rel('rIdX')])).toBe('rId3');
  });
});
