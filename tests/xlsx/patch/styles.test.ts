import { EMPTY_STYLES, StyleSheet } from '../../../src/xlsx/patch/styles';
import { MAIN_NS, XML_HEAD, elements, only, parseXml, type XmlNode } from './helpers';

const REGULAR = '<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>';
/** A heading font: bold, and larger than REGULAR, so it is not REGULAR's bold twin. */
const BOLD = '<font><b/><sz val="14"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>';

/** A styles part as Excel writes one: a custom format, a bold font, three cell styles (one with alignment). */
function excelStyles(over: { numFmts?: string; fonts?: string; dxfs?: string; tail?: string } = {}): string {
  return (
    `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">` +
    (over.numFmts ?? '<numFmts count="1"><numFmt numFmtId="164" formatCode="0.0"/></numFmts>') +
    (over.fonts ?? `<fonts count="2" x14ac:knownFonts="1">${REGULAR}${BOLD}</fonts>`) +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf></cellXfs>' +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    (over.dxfs ?? '<dxfs count="0"/>') +
    (over.tail ?? '<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/><extLst><ext uri="{EB79DEF2-80B8-43e5-95BD-54CBDDF9020C}"/></extLst>') +
    '</styleSheet>'
  );
}

interface Parsed {
  doc: XmlNode;
  list: (name: string) => XmlNode;
  items: (list: string, item: string) => XmlNode[];
}

/** The part parsed, with each list's count checked against the items it holds. */
function parse(xml: string): Parsed {
  const doc = parseXml(xml);
  const list = (name: string): XmlNode => only(doc, name);
  const items = (name: string, item: string): XmlNode[] => list(name).children.filter((c) => c.name === item);
  for (const [name, item] of [['numFmts', 'numFmt'], ['fonts', 'font'], ['fills', 'fill'], ['borders', 'border'], ['cellXfs', 'xf'], ['dxfs', 'dxf']] as const) {
    const found = elements(doc, name);
    if (found.length === 1) expect(Number(found[0]?.attrs.count)).toBe(items(name, item).length);
  }
  return { doc, list, items };
}

const childNames = (node: XmlNode | undefined): string[] => (node?.children ?? []).map((c) => c.name);

describe('StyleSheet.bold', () => {
  it('for a style that is not bold, appends one bold copy of its font and one cell style using it', () => {
    const styles = new StyleSheet(excelStyles());
    const s = styles.bold(0);
    expect(s).toBe(3);
    const { items } = parse(styles.toXml());
    const fonts = items('fonts', 'font');
    expect(fonts).toHaveLength(3);
    expect(childNames(fonts[2])).toEqual(['b', 'sz', 'color', 'name', 'family', 'scheme']);
    const xf = items('cellXfs', 'xf')[3];
    expect(xf?.attrs).toEqual({ numFmtId: '0', fontId: '2', fillId: '0', borderId: '0', xfId: '0', applyFont: '1' });
  });

  it('reuses a bold font the part already has rather than adding a duplicate', () => {
    const twin = REGULAR.replace('<font>', '<font><b/>');
    const styles = new StyleSheet(excelStyles({ fonts: `<fonts count="3">${REGULAR}${BOLD}${twin}</fonts>` }));
    const s = styles.bold(0);
    const { items } = parse(styles.toXml());
    expect(items('fonts', 'font')).toHaveLength(3);
    expect(items('cellXfs', 'xf')[s]?.attrs.fontId).toBe('2');
  });

  it('returns a style that is already bold, and adds nothing', () => {
    const xml = excelStyles();
    const styles = new StyleSheet(xml);
    expect(styles.bold(1)).toBe(1);
    expect(styles.toXml()).toBe(xml);
  });

  it('counts <b val="1"/> and <b val="true"/> as bold, and replaces <b val="0"/>', () => {
    const fonts = `<fonts count="3">${REGULAR}<font><b val="true"/><sz val="11"/></font><font><b val="0"/><sz val="9"/></font></fonts>`;
    const styles = new StyleSheet(excelStyles({ fonts }).replace('<xf numFmtId="164" fontId="0"', '<xf numFmtId="164" fontId="2"'));
    expect(styles.bold(1)).toBe(1);
    const s = styles.bold(2);
    const font = parse(styles.toXml()).items('fonts', 'font')[3];
    expect(s).toBe(3);
    expect(font?.children.map((c) => [c.name, c.attrs.val])).toEqual([
      ['b', undefined],
      ['sz', '9'],
    ]);
  });

  it('is idempotent: asking twice, or again on the written part, adds nothing more', () => {
    const styles = new StyleSheet(excelStyles());
    const first = styles.bold(0);
    expect(styles.bold(0)).toBe(first);
    const once = styles.toXml();
    const again = new StyleSheet(once);
    expect(again.bold(0)).toBe(first);
    expect(again.bold(first)).toBe(first);
    expect(again.toXml()).toBe(once);
  });

  it("keeps the style's number format, alignment and everything else but the font", () => {
    const styles = new StyleSheet(excelStyles());
    const s = styles.bold(2);
    const xf = parse(styles.toXml()).items('cellXfs', 'xf')[s];
    expect(xf?.attrs).toMatchObject({ numFmtId: '164', fontId: '2', applyFont: '1', applyNumberFormat: '1', applyAlignment: '1' });
    expect(xf?.children.map((c) => [c.name, c.attrs])).toEqual([['alignment', { vertical: 'top', wrapText: '1' }]]);
  });

  it('two styles sharing a font share the one bold font', () => {
    const styles = new StyleSheet(excelStyles());
    styles.bold(0);
    styles.bold(2);
    const { items } = parse(styles.toXml());
    expect(items('fonts', 'font')).toHaveLength(3);
    expect(items('cellXfs', 'xf')).toHaveLength(5);
  });

  it('makes a self-closed <font/> bold too', () => {
    const styles = new StyleSheet(excelStyles({ fonts: '<fonts count="1"><font/></fonts>' }).replace(/fontId="1"/, 'fontId="0"'));
    const s = styles.bold(0);
    const { items } = parse(styles.toXml());
    expect(s).not.toBe(0);
    expect(childNames(items('fonts', 'font')[Number(items('cellXfs', 'xf')[s]?.attrs.fontId)])).toEqual(['b']);
  });
});

describe('StyleSheet.withNumFmt', () => {
  it("uses Excel's built-in id for a built-in format, adding no numFmt element", () => {
    const styles = new StyleSheet(excelStyles());
    const s = styles.withNumFmt(0, '0%');
    const { items } = parse(styles.toXml());
    expect(items('cellXfs', 'xf')[s]?.attrs).toMatchObject({ numFmtId: '9', applyNumberFormat: '1' });
    expect(items('numFmts', 'numFmt')).toHaveLength(1);
    expect(styles.numFmt('General')).toBe(0);
    expect(styles.numFmt('@')).toBe(49);
    expect(styles.numFmt('0.00%')).toBe(10);
  });

  it('reuses a custom format the part already has', () => {
    const styles = new StyleSheet(excelStyles());
    expect(styles.numFmt('0.0')).toBe(164);
    expect(styles.withNumFmt(2, '0.0')).toBe(2);
    expect(styles.withNumFmt(0, '0.0')).toBe(3);
    expect(parse(styles.toXml()).items('numFmts', 'numFmt')).toHaveLength(1);
  });

  it('gives a new custom format the id after the highest existing one', () => {
    const styles = new StyleSheet(excelStyles({ numFmts: '<numFmts count="2"><numFmt numFmtId="170" formatCode="#,##0.000"/><numFmt numFmtId="164" formatCode="0.0"/></numFmts>' }));
    const s = styles.withNumFmt(0, 'dd mmm yyyy');
    const { items } = parse(styles.toXml());
    expect(items('numFmts', 'numFmt').map((n) => [n.attrs.numFmtId, n.attrs.formatCode])).toEqual([
      ['170', '#,##0.000'],
      ['164', '0.0'],
      ['171', 'dd mmm yyyy'],
    ]);
    expect(items('cellXfs', 'xf')[s]?.attrs.numFmtId).toBe('171');
  });

  it('starts custom ids at 164 when there are none, adding numFmts before fonts', () => {
    const styles = new StyleSheet(excelStyles({ numFmts: '' }));
    const s = styles.withNumFmt(0, 'dd mmm yyyy');
    const { doc, items } = parse(styles.toXml());
    expect(childNames(doc).slice(0, 2)).toEqual(['numFmts', 'fonts']);
    expect(items('numFmts', 'numFmt').map((n) => n.attrs)).toEqual([{ numFmtId: '164', formatCode: 'dd mmm yyyy' }]);
    expect(items('cellXfs', 'xf')[s]?.attrs.numFmtId).toBe('164');
  });

  it('escapes a format code with quotes and reads it back as the same code', () => {
    const styles = new StyleSheet(excelStyles());
    const code = '"Due "dd mmm yyyy';
    const id = styles.numFmt(code);
    const xml = styles.toXml();
    expect(parse(xml).items('numFmts', 'numFmt').find((n) => n.attrs.numFmtId === String(id))?.attrs.formatCode).toBe(code);
    expect(new StyleSheet(xml).numFmt(code)).toBe(id);
  });

  it('on a style that already has the format, returns it; asking twice adds one style', () => {
    const styles = new StyleSheet(excelStyles());
    const s = styles.withNumFmt(1, 'dd mmm yyyy');
    expect(styles.withNumFmt(1, 'dd mmm yyyy')).toBe(s);
    expect(styles.withNumFmt(s, 'dd mmm yyyy')).toBe(s);
    const { items } = parse(styles.toXml());
    expect(items('cellXfs', 'xf')).toHaveLength(4);
    expect(items('cellXfs', 'xf')[s]?.attrs.fontId).toBe('1');
  });
});

describe('StyleSheet.cellStyle and dxf', () => {
  it('builds a cell style from parts, reusing identical fonts, fills and borders', () => {
    const styles = new StyleSheet(excelStyles());
    const fill = '<fill><patternFill patternType="solid"><fgColor rgb="FFD9E1F2"/><bgColor indexed="64"/></patternFill></fill>';
    const a = styles.cellStyle({ font: BOLD, fill, numFmt: '0%', alignment: '<alignment vertical="top"/>' });
    const b = styles.cellStyle({ font: BOLD, fill, numFmt: '0%', alignment: '<alignment vertical="top"/>' });
    expect(b).toBe(a);
    const { items } = parse(styles.toXml());
    expect(items('fonts', 'font')).toHaveLength(2);
    expect(items('fills', 'fill')).toHaveLength(3);
    const xf = items('cellXfs', 'xf')[a];
    expect(xf?.attrs).toEqual({ numFmtId: '9', fontId: '1', fillId: '2', borderId: '0', xfId: '0', applyFont: '1', applyFill: '1', applyNumberFormat: '1', applyAlignment: '1' });
    expect(childNames(xf)).toEqual(['alignment']);
  });

  it('fills a self-closed <dxfs count="0"/> and counts it', () => {
    const styles = new StyleSheet(excelStyles());
    const dxf = '<dxf><font><b/></font><fill><patternFill patternType="solid"><bgColor rgb="FFC00000"/></patternFill></fill></dxf>';
    expect(styles.dxf(dxf)).toBe(0);
    expect(styles.dxf(dxf)).toBe(0);
    expect(styles.dxf('<dxf><fill><patternFill><bgColor rgb="FF00B050"/></patternFill></fill></dxf>')).toBe(1);
    const { list, items } = parse(styles.toXml());
    expect(list('dxfs').attrs.count).toBe('2');
    expect(items('dxfs', 'dxf')).toHaveLength(2);
  });

  it('appends to an existing dxfs list after its items', () => {
    const styles = new StyleSheet(excelStyles({ dxfs: '<dxfs count="1"><dxf><font><i/></font></dxf></dxfs>' }));
    expect(styles.dxf('<dxf><font><i/></font></dxf>')).toBe(0);
    expect(styles.dxf('<dxf><font><b/></font></dxf>')).toBe(1);
    expect(parse(styles.toXml()).items('dxfs', 'dxf').map((d) => childNames(d.children[0]))).toEqual([['i'], ['b']]);
  });

  it('adds a missing dxfs list in schema order: before tableStyles, or at the end when nothing follows', () => {
    const withTable = new StyleSheet(excelStyles({ dxfs: '' }));
    withTable.dxf('<dxf><font><b/></font></dxf>');
    expect(childNames(parse(withTable.toXml()).doc).slice(-3)).toEqual(['dxfs', 'tableStyles', 'extLst']);
    const bare = new StyleSheet(excelStyles({ dxfs: '', tail: '' }));
    bare.dxf('<dxf><font><b/></font></dxf>');
    expect(childNames(parse(bare.toXml()).doc).slice(-2)).toEqual(['cellStyles', 'dxfs']);
  });
});

describe('StyleSheet.toXml', () => {
  it('keeps the part byte for byte when nothing was added', () => {
    const xml = excelStyles();
    const styles = new StyleSheet(xml);
    styles.numFmt('0%');
    styles.withNumFmt(2, '0.0');
    expect(styles.toXml()).toBe(xml);
  });

  it('changes only the lists it appended to, keeping their other attributes', () => {
    const xml = excelStyles();
    const styles = new StyleSheet(xml);
    styles.bold(0);
    const out = styles.toXml();
    expect(parse(out).list('fonts').attrs).toEqual({ count: '3', 'x14ac:knownFonts': '1' });
    for (const same of ['<fills count="2">', '<borders count="1">', '<cellStyles count="1">', '<dxfs count="0"/>', '<numFmts count="1"><numFmt numFmtId="164" formatCode="0.0"/></numFmts>']) expect(out).toContain(same);
    expect(out.slice(out.indexOf('<tableStyles'))).toBe(xml.slice(xml.indexOf('<tableStyles')));
  });

  it('can be called again after more additions', () => {
    const styles = new StyleSheet(excelStyles());
    styles.bold(0);
    styles.toXml();
    styles.withNumFmt(0, 'dd mmm yyyy');
    const { items } = parse(styles.toXml());
    expect(items('cellXfs', 'xf')).toHaveLength(5);
    expect(items('numFmts', 'numFmt')).toHaveLength(2);
  });

  it('works from the minimal part used when a package has none', () => {
    const styles = new StyleSheet(EMPTY_STYLES);
    const s = styles.withNumFmt(styles.bold(0), 'dd mmm yyyy');
    const { items } = parse(styles.toXml());
    expect(items('cellXfs', 'xf')[s]?.attrs).toMatchObject({ numFmtId: '164', fontId: '1' });
  });
});

describe('StyleSheet.wrapTop', () => {
  it('for a style without alignment, appends one copy that wraps top-aligned, keeping its font and format', () => {
    const styles = new StyleSheet(excelStyles());
    const s = styles.wrapTop(1);
    expect(s).toBe(3);
    const xf = parse(styles.toXml()).items('cellXfs', 'xf')[s];
    expect(xf?.attrs).toEqual({ numFmtId: '0', fontId: '1', fillId: '0', borderId: '0', xfId: '0', applyFont: '1', applyAlignment: '1' });
    expect(xf?.children.map((c) => [c.name, c.attrs])).toEqual([['alignment', { wrapText: '1', vertical: 'top' }]]);
  });

  it('returns a style that already wraps top-aligned, and adds nothing', () => {
    const xml = excelStyles();
    const styles = new StyleSheet(xml);
    expect(styles.wrapTop(2)).toBe(2);
    expect(styles.toXml()).toBe(xml);
  });

  it('reuses an identical cell style the part already has, and is idempotent', () => {
    const styles = new StyleSheet(excelStyles());
    const first = styles.wrapTop(0);
    expect(styles.wrapTop(0)).toBe(first);
    const once = styles.toXml();
    const again = new StyleSheet(once);
    expect(again.wrapTop(0)).toBe(first);
    expect(again.toXml()).toBe(once);
  });

  it('keeps the rest of an alignment (a centred or indented cell) and its protection, changing wrap and vertical only', () => {
    const xf = '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1" applyProtection="1"><alignment horizontal="center" vertical="center" wrapText="0"/><protection locked="0"/></xf>';
    const styles = new StyleSheet(excelStyles().replace('<cellXfs count="3">', `<cellXfs count="4">${xf}`));
    const s = styles.wrapTop(0);
    const out = parse(styles.toXml()).items('cellXfs', 'xf')[s];
    expect(out?.children.map((c) => [c.name, c.attrs])).toEqual([
      ['alignment', { horizontal: 'center', vertical: 'top', wrapText: '1' }],
      ['protection', { locked: '0' }],
    ]);
  });
});
