import { textCell } from '../../../src/xlsx/patch/cells';
import { EMPTY_STRINGS, SharedStrings } from '../../../src/xlsx/patch/strings';
import { MAIN_NS, XML_HEAD, bookParts, elements, loadWorkbook, parseXml, worksheet, zipOf } from './helpers';

function sst(items: string, attrs = ' count="9" uniqueCount="5"'): string {
  return `${XML_HEAD}<sst xmlns="${MAIN_NS}"${attrs}>${items}</sst>`;
}

/** Plain, rich, plain, preserved-space, escaped: as Excel writes a table. */
const TABLE = sst(
  '<si><t>Red</t></si>' +
    '<si><r><rPr><b/><sz val="11"/></rPr><t>Rich</t></r><r><t xml:space="preserve"> text</t></r></si>' +
    '<si><t>Green</t></si>' +
    '<si><t xml:space="preserve"> Amber </t></si>' +
    '<si><t>R&amp;D &lt;team&gt;</t><phoneticPr fontId="1"/></si>' +
    '<si><t>A &amp; B</t></si>',
);

/** The texts of the table's entries, in order, as a reader sees them. */
function entries(xml: string): string[] {
  return elements(parseXml(xml), 'si').map((si) => elements(si, 't').map((t) => t.text).join(''));
}

describe('SharedStrings.index', () => {
  it("refers to a plain entry already in the table by its position, counting rich-text entries before it", () => {
    const strings = new SharedStrings(TABLE);
    expect(strings.index('Red')).toBe(0);
    expect(strings.index('Green')).toBe(2);
    expect(strings.index(' Amber ')).toBe(3);
    expect(strings.index('A & B')).toBe(5);
    expect(strings.unchanged()).toBe(true);
  });

  it('never matches a rich-text entry or one with more than its text', () => {
    const strings = new SharedStrings(TABLE);
    expect(strings.index('Rich text')).toBe(6);
    expect(strings.index('R&D <team>')).toBe(7);
    expect(strings.unchanged()).toBe(false);
  });

  it('keeps the first of two identical entries', () => {
    const strings = new SharedStrings(sst('<si><t>x</t></si><si><t>Red</t></si><si><t>Red</t></si>'));
    expect(strings.index('Red')).toBe(1);
  });

  it('counts entries written <si/> or with attributes among the positions', () => {
    const strings = new SharedStrings(sst('<si/><si><t/></si><si ><t>Red</t></si><si><t>Red</t></si>'));
    expect(strings.index('Red')).toBe(3);
    expect(strings.index('New')).toBe(4);
  });

  it('appends a new text once, at the end, however often it is asked for', () => {
    const strings = new SharedStrings(TABLE);
    expect(strings.index('Blue')).toBe(6);
    expect(strings.index('Blue')).toBe(6);
    expect(strings.index('Red')).toBe(0);
    expect(strings.index('Purple')).toBe(7);
    expect(entries(strings.toXml())).toEqual(['Red', 'Rich text', 'Green', ' Amber ', 'R&D <team>', 'A & B', 'Blue', 'Purple']);
  });
});

describe('SharedStrings.toXml', () => {
  it('updates uniqueCount, drops count (a hint it cannot keep right) and keeps the existing entries byte for byte', () => {
    const strings = new SharedStrings(TABLE);
    strings.index('Blue');
    const xml = strings.toXml();
    const root = parseXml(xml);
    expect(root.attrs).toEqual({ xmlns: MAIN_NS, uniqueCount: '7' });
    const body = (s: string): string => s.slice(s.indexOf('<si>'), s.lastIndexOf('</sst>'));
    expect(body(xml)).toBe(`${body(TABLE)}<si><t>Blue</t></si>`);
  });

  it('escapes new text as element content, preserving edge spaces', () => {
    const strings = new SharedStrings(EMPTY_STRINGS);
    strings.index('Say "hi" & <wave>');
    strings.index('  indented');
    strings.index('trailing\n');
    const xml = strings.toXml();
    expect(xml).toContain('<si><t>Say "hi" &amp; &lt;wave&gt;</t></si>');
    expect(xml).toContain('<si><t xml:space="preserve">  indented</t></si>');
    expect(entries(xml)).toEqual(['Say "hi" & <wave>', '  indented', 'trailing\n']);
    expect(parseXml(xml).attrs.uniqueCount).toBe('3');
  });

  it("writes text holding $' $` $& and $$ literally", () => {
    const texts = ["Budget $'000", 'before $` after', 'match $& here', 'US$$5'];
    const strings = new SharedStrings(TABLE);
    texts.forEach((t) => strings.index(t));
    expect(entries(strings.toXml()).slice(6)).toEqual(texts);
    const empty = new SharedStrings(EMPTY_STRINGS);
    texts.forEach((t) => empty.index(t));
    expect(entries(empty.toXml())).toEqual(texts);
  });

  it('opens a self-closed <sst/>', () => {
    const strings = new SharedStrings(`${XML_HEAD}<sst xmlns="${MAIN_NS}" count="0" uniqueCount="0"/>`);
    expect(strings.index('First')).toBe(0);
    const xml = strings.toXml();
    expect(xml).toBe(`${XML_HEAD}<sst xmlns="${MAIN_NS}" uniqueCount="1"><si><t>First</t></si></sst>`);
  });

  it('builds a whole part from nothing when the workbook had none', () => {
    const strings = new SharedStrings('');
    expect(strings.index('Only')).toBe(0);
    const root = parseXml(strings.toXml());
    expect(root.attrs).toEqual({ xmlns: MAIN_NS, uniqueCount: '1' });
    expect(entries(strings.toXml())).toEqual(['Only']);
  });

  it('reads back its own output: a second refresh appends nothing', () => {
    const first = new SharedStrings(TABLE);
    const texts = ['Blue', ' spaced ', 'A & "B" <c>', 'x_x0041_y', 'ctrl\u0001'];
    const indexes = texts.map((t) => first.index(t));
    const second = new SharedStrings(first.toXml());
    expect(texts.map((t) => second.index(t))).toEqual(indexes);
    expect(second.unchanged()).toBe(true);
  });
});

describe('shared strings read back through ExcelJS', () => {
  it('every text reads back exactly as it was given', async () => {
    const texts = [
      'A & B',
      'Quote "x" and \'y\'',
      '<tag attr="1">',
      'control \u0001 and \u001F',
      'literal _x0041_ and _x005F_',
      '  lead and trail  ',
      'line 1\nline 2',
      'tab\there',
      "Budget $'000 $` $& $$",
      'emoji 😀 and ✓ £',
      'lone \uD800 surrogate',
      'Red',
    ];
    const strings = new SharedStrings(sst('<si><t>Red</t></si>', ' uniqueCount="1"'));
    const cells = texts.map((t, i) => textCell(`A${i + 1}`, 0, strings.index(t)));
    const rows = cells.map((c, i) => `<row r="${i + 1}">${c}</row>`).join('');
    const wb = await loadWorkbook(zipOf(bookParts([{ name: 'S', xml: worksheet(rows) }], { strings: strings.toXml() })));
    const ws = wb.getWorksheet('S');
    expect(texts.map((_, i) => ws?.getCell(`A${i + 1}`).value)).toEqual(texts);
  });

  it('a carriage return survives too (Excel writes it as _x000D_, since XML turns a raw CR into LF)', async () => {
    const texts = ['windows\r\nline', 'old mac\rline'];
    const strings = new SharedStrings(EMPTY_STRINGS);
    const rows = texts.map((t, i) => `<row r="${i + 1}">${textCell(`A${i + 1}`, 0, strings.index(t))}</row>`).join('');
    const wb = await loadWorkbook(zipOf(bookParts([{ name: 'S', xml: worksheet(rows) }], { strings: strings.toXml() })));
    expect(texts.map((_, i) => wb.getWorksheet('S')?.getCell(`A${i + 1}`).value)).toEqual(texts);
  });
});
