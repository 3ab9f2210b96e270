import { attr, escapeText, escapeXml, findElement, findElements, innerXml, insertBefore, setAttr } from '../../../src/xlsx/patch/xml';
import { parseXml } from './helpers';

describe('escapeXml (attribute values)', () => {
  it('escapes the four characters markup needs', () => {
    expect(escapeXml('A & "B" <1>')).toBe('A &amp; &quot;B&quot; &lt;1&gt;');
  });

  it('leaves text with nothing to escape as it is, apostrophes and underscores included', () => {
    for (const s of ["Team's plan", 'snake_case_name', '_x12_', 'x0041_', '£ € ✓ 😀', 'tab\there\nline']) expect(escapeXml(s)).toBe(s);
  });

  it('writes control characters XML 1.0 cannot hold as _xHHHH_', () => {
    expect(escapeXml('a\u0000b\u0001c\u0008d\u000Be\u000Cf\u001Fg')).toBe('a_x0000_b_x0001_c_x0008_d_x000B_e_x000C_f_x001F_g');
    expect(escapeXml('\uFFFE\uFFFF')).toBe('_xFFFE__xFFFF_');
  });

  it('writes a carriage return as _x000D_ (a parser would read it back as a line feed), keeping tab and line feed', () => {
    expect(escapeXml('a\r\nb\rc\td\ne')).toBe('a_x000D_\nb_x000D_c\td\ne');
    expect(escapeText('a\r\nb')).toBe('a_x000D_\nb');
  });

  it("escapes a literal _xHHHH_ so Excel does not decode it (either case of hex)", () => {
    expect(escapeXml('_x0041_')).toBe('_x005F_x0041_');
    expect(escapeXml('code _x00ff_ and _X0041_')).toBe('code _x005F_x00ff_ and _X0041_');
  });

  it('escapes lone surrogates and keeps proper pairs', () => {
    expect(escapeXml('\uD800')).toBe('_xD800_');
    expect(escapeXml('a\uDC00b')).toBe('a_xDC00_b');
    expect(escapeXml('end \uD83D')).toBe('end _xD83D_');
    expect(escapeXml('\uDE00\uD83D')).toBe('_xDE00__xD83D_');
    expect(escapeXml('ok 😀 ok')).toBe('ok 😀 ok');
  });

  it('produces text a strict XML parser accepts, whatever the input', () => {
    const nasty = 'a&b<c>d"e\'f\u0001\u001F\uDFFF\uD800_x0041_😀\uFFFF';
    const doc = parseXml(`<x v="${escapeXml(nasty)}">${escapeXml(nasty)}</x>`);
    expect(doc.attrs.v).toBe('a&b<c>d"e\'f_x0001__x001F__xDFFF__xD800__x005F_x0041_😀_xFFFF_');
    expect(doc.text).toBe(doc.attrs.v);
  });
});

describe('escapeText (element content, as Excel writes it)', () => {
  it('keeps double quotes raw and escapes the rest like escapeXml', () => {
    expect(escapeText('A & "B" <1>')).toBe('A &amp; "B" &lt;1&gt;');
    expect(escapeText('say "_x0041_"\u0002')).toBe('say "_x005F_x0041_"_x0002_');
  });
});

describe('attr', () => {
  it("reads an attribute's value from a start tag", () => {
    expect(attr('<row r="7" spans="1:9">', 'r')).toBe('7');
    expect(attr('<row r="7" spans="1:9">', 'spans')).toBe('1:9');
    expect(attr('<c r="A1"/>', 's')).toBeUndefined();
  });

  it('unescapes entities in the value', () => {
    expect(attr('<sheet name="R&amp;D &quot;Q1&quot; &lt;x&gt; &apos;y&apos;"/>', 'name')).toBe('R&D "Q1" <x> \'y\'');
    expect(attr('<sheet name="&amp;lt;"/>', 'name')).toBe('&lt;');
  });

  it('matches the whole name only: r:id is not id, sheetname is not name', () => {
    const tag = '<sheet sheetname="wrong" name="right" r:id="rId3"/>';
    expect(attr(tag, 'name')).toBe('right');
    expect(attr(tag, 'r:id')).toBe('rId3');
    expect(attr(tag, 'id')).toBeUndefined();
  });

  it("reads only the start tag of a whole element, never a child's attributes", () => {
    const row = '<row r="3"><c r="A3" s="2" t="s"><v>0</v></c></row>';
    expect(attr(row, 'r')).toBe('3');
    expect(attr(row, 's')).toBeUndefined();
    expect(attr(row, 't')).toBeUndefined();
  });
});

describe('setAttr', () => {
  it('adds an attribute to a self-closed or an open start tag', () => {
    expect(setAttr('<sheet name="A" r:id="rId1"/>', 'state', 'veryHidden')).toBe('<sheet name="A" r:id="rId1" state="veryHidden"/>');
    expect(setAttr('<row r="2">', 'ht', '20')).toBe('<row r="2" ht="20">');
  });

  it('replaces an existing value (escaped) and leaves one copy of the attribute', () => {
    const out = setAttr('<sheet name="A" state="hidden"/>', 'state', 'a "b" & c');
    expect(out).toBe('<sheet name="A" state="a &quot;b&quot; &amp; c"/>');
    expect(attr(out, 'state')).toBe('a "b" & c');
  });

  it('removes the attribute when the value is undefined, and is a no-op when it is absent', () => {
    expect(setAttr('<row r="1" spans="1:3">', 'spans', undefined)).toBe('<row r="1">');
    expect(setAttr('<row r="1">', 'spans', undefined)).toBe('<row r="1">');
  });

  it("edits only the start tag of a whole element: a child's attribute of the same name is left alone", () => {
    const row = '<row r="3"><c r="A3" s="2"/></row>';
    expect(setAttr(row, 's', '5')).toBe('<row r="3" s="5"><c r="A3" s="2"/></row>');
    expect(setAttr(row, 'r', '4')).toBe('<row r="4"><c r="A3" s="2"/></row>');
    expect(setAttr(row, 's', undefined)).toBe(row);
    const xf = '<xf numFmtId="0" fontId="0"><alignment vertical="top"/></xf>';
    expect(setAttr(xf, 'vertical', 'bottom')).toBe('<xf numFmtId="0" fontId="0" vertical="bottom"><alignment vertical="top"/></xf>');
  });

  it('does not confuse a prefixed attribute with a plain one', () => {
    expect(setAttr('<x r:id="rId1"/>', 'id', '7')).toBe('<x r:id="rId1" id="7"/>');
    expect(setAttr('<x r:id="rId1" id="7"/>', 'r:id', 'rId2')).toBe('<x id="7" r:id="rId2"/>');
  });
});

describe('findElement and findElements', () => {
  it('finds a self-closed element with its offsets', () => {
    expect(findElement('<a><b x="1"/></a>', 'b')).toEqual({ start: 3, end: 13, text: '<b x="1"/>' });
  });

  it('finds an element with children, to its end tag', () => {
    const xml = '<sheets><sheet name="A"/></sheets><sheetData><row r="1"><c r="A1"/></row></sheetData>';
    expect(findElement(xml, 'sheetData')?.text).toBe('<sheetData><row r="1"><c r="A1"/></row></sheetData>');
    expect(findElement(xml, 'row')?.text).toBe('<row r="1"><c r="A1"/></row>');
  });

  it('does not take an element for a longer name it begins (sheet is not sheets or sheetData)', () => {
    const xml = '<sheets><sheet name="A"/></sheets><sheetData/>';
    expect(findElement(xml, 'sheet')?.text).toBe('<sheet name="A"/>');
    expect(findElement('<colBreaks/><cols><col min="1"/></cols>', 'col')?.text).toBe('<col min="1"/>');
  });

  it('starts looking at `from`, and answers null when there is none or it is unclosed', () => {
    const xml = '<r><c r="A1"/><c r="B1"/></r>';
    expect(findElement(xml, 'c', 5)?.text).toBe('<c r="B1"/>');
    expect(findElement(xml, 'v')).toBeNull();
    expect(findElement('<a><b>never closed</a>', 'b')).toBeNull();
  });

  it('lists every element in document order, within [from, to)', () => {
    const xml = '<r><c r="A1"/><c r="B1"><v>1</v></c><c r="C1"/></r>';
    expect(findElements(xml, 'c').map((e) => e.text)).toEqual(['<c r="A1"/>', '<c r="B1"><v>1</v></c>', '<c r="C1"/>']);
    const second = xml.indexOf('<c r="B1"');
    expect(findElements(xml, 'c', second).map((e) => attr(e.text, 'r'))).toEqual(['B1', 'C1']);
    expect(findElements(xml, 'c', 0, xml.indexOf('<c r="C1"')).map((e) => attr(e.text, 'r'))).toEqual(['A1', 'B1']);
  });
});

describe('innerXml', () => {
  it('is what lies between the tags, and empty for a self-closed element', () => {
    expect(innerXml('<fonts count="2"><font/><font><b/></font></fonts>')).toBe('<font/><font><b/></font>');
    expect(innerXml('<dxfs count="0"/>')).toBe('');
    expect(innerXml('<t>a &gt; b</t>')).toBe('a &gt; b');
  });
});

describe('insertBefore', () => {
  it('inserts before the first listed element present, in document order, not list order', () => {
    const xml = '<worksheet><sheetData/><pageMargins/><pageSetup/></worksheet>';
    expect(insertBefore(xml, '<x/>', ['pageSetup', 'pageMargins'], 'worksheet')).toBe('<worksheet><sheetData/><x/><pageMargins/><pageSetup/></worksheet>');
  });

  it('skips listed elements that are absent', () => {
    const xml = '<worksheet><sheetData/><tableParts count="0"/></worksheet>';
    expect(insertBefore(xml, '<x/>', ['hyperlinks', 'drawing', 'tableParts'], 'worksheet')).toBe('<worksheet><sheetData/><x/><tableParts count="0"/></worksheet>');
  });

  it("goes before the root's end tag when none is present", () => {
    expect(insertBefore('<Types><Default/></Types>', '<Override/>', [], 'Types')).toBe('<Types><Default/><Override/></Types>');
    expect(insertBefore('<worksheet><sheetData/></worksheet>', '<x/>', ['pageMargins'], 'worksheet')).toBe('<worksheet><sheetData/><x/></worksheet>');
  });
});
