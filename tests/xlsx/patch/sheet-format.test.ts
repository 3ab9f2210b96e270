import { type ConditionalRule, markedFormula } from '../../../src/core/output';
import { replaceOwnRules, setWidths, widenDimension } from '../../../src/xlsx/patch/sheet-format';
import { StyleSheet } from '../../../src/xlsx/patch/styles';
import { STYLES, elements, only, parseXml, worksheet, type XmlNode } from './helpers';

const RED: ConditionalRule = {
  id: 'rag-red',
  range: { top: 3, bottom: 6, left: 6, right: 6 },
  formula: markedFormula('$G4="Red"'),
  fill: 'C00000',
  font: 'FFFFFF',
  bold: true,
  priority: 1,
  stopIfTrue: true,
};
const FOCUS: ConditionalRule = {
  id: 'focus-update_due',
  range: { top: 3, bottom: 6, left: 0, right: 10 },
  formula: markedFormula('LEFT($I4,10)="Update due"'),
  fill: 'FCE4D6',
  font: null,
  bold: false,
  priority: 2,
  stopIfTrue: false,
};

const USER_CF =
  '<conditionalFormatting sqref="F4:F7"><cfRule type="expression" dxfId="0" priority="1"><formula>ISNUMBER(SEARCH(&quot;delayed&quot;,$F4))</formula></cfRule></conditionalFormatting>' +
  '<conditionalFormatting sqref="A1:A9"><cfRule type="cellIs" dxfId="0" priority="3" operator="greaterThan"><formula>10</formula></cfRule></conditionalFormatting>';
const MARGINS = '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
const ROWS = '<row r="4"><c r="A4"><f>N("RAG Tracker")</f><v>0</v></c></row>';

function styles(): StyleSheet {
  return new StyleSheet(STYLES.replace('<dxfs count="0"/>', '<dxfs count="1"><dxf><font><i/></font></dxf></dxfs>'));
}

function rules(xml: string): { sqref: string | undefined; rule: XmlNode; formula: string }[] {
  return elements(parseXml(xml), 'conditionalFormatting').flatMap((cf) => elements(cf, 'cfRule').map((rule) => ({ sqref: cf.attrs.sqref, rule, formula: elements(rule, 'formula')[0]?.text ?? '' })));
}

const worksheetChildren = (xml: string): string[] => parseXml(xml).children.map((c) => c.name);

describe('replaceOwnRules', () => {
  it("adds the plan's rules after the user's, in priority after theirs, keeping the user's rules byte for byte", () => {
    const st = styles();
    const out = replaceOwnRules(worksheet(ROWS, USER_CF + MARGINS), [FOCUS, RED], st);
    expect(out).toContain(USER_CF);
    const found = rules(out);
    expect(found.map((r) => [r.sqref, r.rule.attrs.priority])).toEqual([
      ['F4:F7', '1'],
      ['A1:A9', '3'],
      ['G4:G7', '4'],
      ['A4:K7', '5'],
    ]);
    expect(found[2]?.formula).toBe('AND($G4="Red",N("RAG Tracker")=0)');
    expect(found[2]?.rule.attrs).toEqual({ type: 'expression', dxfId: '1', priority: '4', stopIfTrue: '1' });
    expect(found[3]?.rule.attrs).toEqual({ type: 'expression', dxfId: '2', priority: '5' });
  });

  it('gives each rule a differential format with its fill, font colour and weight', () => {
    const st = styles();
    replaceOwnRules(worksheet(ROWS, MARGINS), [RED, FOCUS], st);
    const dxfs = elements(only(parseXml(st.toXml()), 'dxfs'), 'dxf');
    expect(dxfs).toHaveLength(3);
    const red = dxfs[1] as XmlNode;
    expect(elements(red, 'b')).toHaveLength(1);
    expect(elements(only(red, 'font'), 'color')[0]?.attrs.rgb).toBe('FFFFFFFF');
    expect([only(red, 'fgColor').attrs.rgb, only(red, 'bgColor').attrs.rgb]).toEqual(['FFC00000', 'FFC00000']);
    const tint = dxfs[2] as XmlNode;
    expect(elements(tint, 'font')).toHaveLength(0);
    expect(only(tint, 'bgColor').attrs.rgb).toBe('FFFCE4D6');
  });

  it('replaces its own rules on a second run rather than adding a second set, and adds no new formats', () => {
    const st = styles();
    const once = replaceOwnRules(worksheet(ROWS, USER_CF + MARGINS), [RED, FOCUS], st);
    const stylesOnce = st.toXml();
    const twice = replaceOwnRules(once, [RED, FOCUS], st);
    expect(twice).toBe(once);
    expect(st.toXml()).toBe(stylesOnce);
    expect(rules(twice).filter((r) => r.formula.includes('RAG Tracker'))).toHaveLength(2);
  });

  it('on a second run with other rules, removes the old ones and numbers the new after the user’s', () => {
    const st = styles();
    const once = replaceOwnRules(worksheet(ROWS, USER_CF + MARGINS), [RED, FOCUS], st);
    const twice = replaceOwnRules(once, [{ ...RED, priority: 1, range: { top: 3, bottom: 20, left: 6, right: 6 } }], st);
    expect(rules(twice).map((r) => [r.sqref, r.rule.attrs.priority])).toEqual([
      ['F4:F7', '1'],
      ['A1:A9', '3'],
      ['G4:G21', '4'],
    ]);
  });

  it("numbers its rules after the user's Excel 2010 rules too (data bars, icon sets: <x14:cfRule> in the extLst)", () => {
    const x14 =
      '<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">' +
      '<x14:conditionalFormattings><x14:conditionalFormatting xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">' +
      '<x14:cfRule type="iconSet" priority="9" id="{1A2B3C4D-0000-0000-0000-000000000001}"><x14:iconSet iconSet="3Triangles"><x14:cfvo type="percent"><xm:f>0</xm:f></x14:cfvo></x14:iconSet></x14:cfRule>' +
      '<xm:sqref>A4:A7</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings></ext></extLst>';
    const out = replaceOwnRules(worksheet(ROWS, USER_CF + MARGINS + x14), [FOCUS, RED], styles());
    expect(rules(out).map((r) => [r.sqref, r.rule.attrs.priority])).toEqual([
      ['F4:F7', '1'],
      ['A1:A9', '3'],
      ['G4:G7', '10'],
      ['A4:K7', '11'],
    ]);
    expect(out).toContain(x14);
    expect(worksheetChildren(out)).toEqual(['sheetData', 'conditionalFormatting', 'conditionalFormatting', 'conditionalFormatting', 'conditionalFormatting', 'pageMargins', 'extLst']);
  });

  it('recognises its rules by the marker however Excel wrote them (escaped quotes, spacing, case)', () => {
    const excelWritten =
      '<conditionalFormatting sqref="G4:G7"><cfRule type="expression" dxfId="0" priority="2" stopIfTrue="1"><formula>AND($G4=&quot;Red&quot;, n(&quot;RAG Tracker&quot;) = 0)</formula></cfRule></conditionalFormatting>';
    const out = replaceOwnRules(worksheet(ROWS, USER_CF + excelWritten + MARGINS), [], styles());
    expect(out).toBe(worksheet(ROWS, USER_CF + MARGINS));
  });

  it('takes only its own rule out of a block it shares with a user rule', () => {
    const shared =
      '<conditionalFormatting sqref="G4:G7"><cfRule type="expression" dxfId="0" priority="2"><formula>AND($G4="Red",N("RAG Tracker")=0)</formula></cfRule>' +
      '<cfRule type="expression" dxfId="0" priority="7"><formula>$G4="Done"</formula></cfRule></conditionalFormatting>';
    const out = replaceOwnRules(worksheet(ROWS, shared + MARGINS), [RED], styles());
    expect(rules(out).map((r) => [r.sqref, r.rule.attrs.priority, r.formula])).toEqual([
      ['G4:G7', '7', '$G4="Done"'],
      ['G4:G7', '8', 'AND($G4="Red",N("RAG Tracker")=0)'],
    ]);
  });

  it('never touches formulas in the cells, even ones holding the marker', () => {
    const out = replaceOwnRules(worksheet(ROWS, MARGINS), [RED], styles());
    expect(out.slice(0, out.indexOf('</sheetData>'))).toBe(worksheet(ROWS, MARGINS).slice(0, worksheet(ROWS, MARGINS).indexOf('</sheetData>')));
  });

  it('goes before <dataValidations> and <pageMargins>, in the schema’s order', () => {
    const validations = '<dataValidations count="1"><dataValidation type="list" sqref="F4:F7"><formula1>"On track,Delayed"</formula1></dataValidation></dataValidations>';
    const out = replaceOwnRules(worksheet(ROWS, `<mergeCells count="1"><mergeCell ref="A2:B2"/></mergeCells>${validations}${MARGINS}`), [RED], styles());
    expect(worksheetChildren(out)).toEqual(['sheetData', 'mergeCells', 'conditionalFormatting', 'dataValidations', 'pageMargins']);
    const noValidations = replaceOwnRules(worksheet(ROWS, MARGINS + '<tableParts count="0"/>'), [RED], styles());
    expect(worksheetChildren(noValidations)).toEqual(['sheetData', 'conditionalFormatting', 'pageMargins', 'tableParts']);
    const bare = replaceOwnRules(worksheet(ROWS, ''), [RED], styles());
    expect(worksheetChildren(bare)).toEqual(['sheetData', 'conditionalFormatting']);
  });

  it('groups rules with the same range in one block, in their priority order', () => {
    const second: ConditionalRule = { ...RED, id: 'rag-amber', formula: markedFormula('$G4="Amber"'), fill: 'FFC000', priority: 2 };
    const out = replaceOwnRules(worksheet(ROWS, MARGINS), [second, RED], styles());
    const blocks = elements(parseXml(out), 'conditionalFormatting');
    expect(blocks).toHaveLength(1);
    expect(elements(blocks[0] as XmlNode, 'cfRule').map((r) => r.attrs.priority)).toEqual(['1', '2']);
  });

  it('escapes the formula for XML', () => {
    const out = replaceOwnRules(worksheet(ROWS, MARGINS), [{ ...RED, formula: markedFormula('AND($G4<>"",$G4<"M&M")') }], styles());
    expect(out).toContain('<formula>AND(AND($G4&lt;&gt;&quot;&quot;,$G4&lt;&quot;M&amp;M&quot;),N(&quot;RAG Tracker&quot;)=0)</formula>');
    expect(rules(out)[0]?.formula).toBe('AND(AND($G4<>"",$G4<"M&M"),N("RAG Tracker")=0)');
  });
});

describe('setWidths', () => {
  const cols = (xml: string): Record<string, string>[] => elements(parseXml(xml), 'col').map((c) => c.attrs);
  const sheetWithCols = (c: string): string => worksheet(ROWS, MARGINS, `<sheetFormatPr defaultRowHeight="15"/><cols>${c}</cols>`);

  it('splits a range over every column (min 1, max 16384) around the column set, keeping its attributes', () => {
    const out = setWidths(sheetWithCols('<col min="1" max="16384" width="9.5" style="3" customWidth="1"/>'), [{ col: 6, width: 11 }]);
    expect(cols(out)).toEqual([
      { min: '1', max: '6', width: '9.5', style: '3', customWidth: '1' },
      { min: '7', max: '7', width: '11', style: '3', customWidth: '1' },
      { min: '8', max: '16384', width: '9.5', style: '3', customWidth: '1' },
    ]);
  });

  it('splits one range for several columns, adjacent or not, leaving no gaps or overlaps', () => {
    const out = setWidths(sheetWithCols('<col min="1" max="16384" width="9.5" style="3" customWidth="1"/>'), [6, 7, 9].map((col) => ({ col, width: col + 10 })));
    const ranges = cols(out).map((c) => [Number(c.min), Number(c.max), Number(c.width)]);
    expect(ranges).toEqual([
      [1, 6, 9.5],
      [7, 7, 16],
      [8, 8, 17],
      [9, 9, 9.5],
      [10, 10, 19],
      [11, 16384, 9.5],
    ]);
  });

  it('sets a single-column range in place, and adds a column no range covers in order', () => {
    const out = setWidths(sheetWithCols('<col min="1" max="2" width="30" customWidth="1"/><col min="7" max="7" width="5" hidden="1"/><col min="12" max="12" width="4"/>'), [
      { col: 6, width: 11 },
      { col: 8, width: 60 },
    ]);
    expect(cols(out)).toEqual([
      { min: '1', max: '2', width: '30', customWidth: '1' },
      { hidden: '1', min: '7', max: '7', width: '11', customWidth: '1' },
      { min: '9', max: '9', width: '60', customWidth: '1' },
      { min: '12', max: '12', width: '4' },
    ]);
  });

  it('adds <cols> before <sheetData> when the sheet has none', () => {
    const sheet = worksheet(ROWS, MARGINS, '<sheetFormatPr defaultRowHeight="15"/>');
    const out = setWidths(sheet, [{ col: 7, width: 60 }]);
    expect(worksheetChildren(out)).toEqual(['sheetFormatPr', 'cols', 'sheetData', 'pageMargins']);
    expect(cols(out)).toEqual([{ min: '8', max: '8', width: '60', customWidth: '1' }]);
  });

  it('leaves the sheet as it is when there are no widths to set (an empty <cols> is invalid)', () => {
    const sheet = worksheet(ROWS, MARGINS);
    expect(setWidths(sheet, [])).toBe(sheet);
  });
});

describe('widenDimension', () => {
  const dim = (xml: string): string | undefined => only(parseXml(xml), 'dimension').attrs.ref;
  const sheet = (ref: string): string => worksheet(ROWS, MARGINS, `<dimension ref="${ref}"/>`);

  it('widens the used range to take in the cells written (right 0-based, bottom 1-based)', () => {
    expect(dim(widenDimension(sheet('A1:F7'), { right: 10, bottom: 7 }))).toBe('A1:K7');
    expect(dim(widenDimension(sheet('B2:F7'), { right: 10, bottom: 40 }))).toBe('B2:K40');
  });

  it('turns a single-cell reference into a range, and never shrinks', () => {
    expect(dim(widenDimension(sheet('A1'), { right: 10, bottom: 9 }))).toBe('A1:K9');
    expect(dim(widenDimension(sheet('A1:AB900'), { right: 10, bottom: 9 }))).toBe('A1:AB900');
  });

  it('changes nothing without a dimension element, or with one it cannot read', () => {
    const none = worksheet(ROWS, MARGINS);
    expect(widenDimension(none, { right: 3, bottom: 3 })).toBe(none);
    expect(widenDimension(sheet('bogus'), { right: 3, bottom: 3 })).toBe(sheet('bogus'));
  });
});
