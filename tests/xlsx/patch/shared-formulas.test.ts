import { PatchUnsupportedError } from '../../../src/xlsx/patch/errors';
import { sharedMaster, unshareFormulas } from '../../../src/xlsx/patch/shared-formulas';
import { elements, parseXml, worksheet } from './helpers';

const MASTER = '<c r="G4" s="2"><f t="shared" ref="G4:H6" si="3">IF($F4=&quot;Done&quot;,B4,0)</f><v>0</v></c>';

describe('sharedMaster', () => {
  it('reads a master: its group, place, range and unescaped formula', () => {
    expect(sharedMaster(MASTER, 4, 6)).toEqual({ si: '3', row: 4, col: 6, formula: 'IF($F4="Done",B4,0)', range: { top: 4, left: 6, bottom: 6, right: 7 } });
  });

  it('is null for a cell that only shares a formula, a plain formula, or no formula', () => {
    expect(sharedMaster('<c r="G5"><f t="shared" si="3"/><v>0</v></c>', 5, 6)).toBeNull();
    expect(sharedMaster('<c r="G5"><f>B5*2</f><v>0</v></c>', 5, 6)).toBeNull();
    expect(sharedMaster('<c r="G5" t="s"><v>1</v></c>', 5, 6)).toBeNull();
  });

  it('refuses a master whose range it cannot read', () => {
    expect(() => sharedMaster('<c r="G4"><f t="shared" ref="bad" si="0">B4</f></c>', 4, 6)).toThrow(PatchUnsupportedError);
  });
});

describe('unshareFormulas', () => {
  const rows =
    '<row r="4"><c r="G4" t="s"><v>0</v></c><c r="H4" s="2"><f t="shared" si="3"/><v>0</v></c></row>' +
    '<row r="5"><c r="B5"><v>7</v></c><c r="G5" s="2"><f t="shared" si="3" ca="1"/><v>0</v></c><c r="H5"><f t="shared" si="9"/><v>1</v></c></row>' +
    '<row r="6"><c r="G6" t="s"><v>1</v></c><c r="H6" s="2"><f t="shared" si="3"></f><v>0</v></c></row>' +
    '<row r="9"><c r="G9"><f t="shared" si="3"/><v>5</v></c></row>';

  it('gives every cell still sharing a replaced master its own formula, moved to its place', () => {
    const master = sharedMaster(MASTER, 4, 6);
    if (!master) throw new Error('no master');
    const out = unshareFormulas(worksheet(rows), [master]);
    const formulas = Object.fromEntries(elements(parseXml(out), 'c').map((c) => [c.attrs.r, elements(c, 'f')[0]]));
    expect(formulas.H4?.text).toBe('IF($F4="Done",C4,0)');
    expect(formulas.G5?.text).toBe('IF($F5="Done",B5,0)');
    expect(formulas.G5?.attrs).toEqual({ ca: '1' });
    expect(formulas.H6?.text).toBe('IF($F6="Done",C6,0)');
    expect(formulas.H6?.attrs).toEqual({});
    // Another group, and a cell outside the group's range, are left as they were.
    expect(formulas.H5?.attrs).toEqual({ t: 'shared', si: '9' });
    expect(formulas.G9?.attrs).toEqual({ t: 'shared', si: '3' });
    expect(out).toContain('<c r="H4" s="2"><f>IF($F4="Done",C4,0)</f><v>0</v></c>');
    expect(out).toContain('<c r="B5"><v>7</v></c>');
  });

  it('changes nothing when no cell shares the formula any more', () => {
    const master = sharedMaster(MASTER, 4, 6);
    if (!master) throw new Error('no master');
    const xml = worksheet('<row r="4"><c r="G4" t="s"><v>0</v></c></row>');
    expect(unshareFormulas(xml, [master])).toBe(xml);
  });

  it('refuses a formula it cannot move with certainty', () => {
    const master = sharedMaster('<c r="G4"><f t="shared" ref="G4:G5" si="0">"open</f></c>', 4, 6);
    if (!master) throw new Error('no master');
    expect(() => unshareFormulas(worksheet('<row r="5"><c r="G5"><f t="shared" si="0"/></c></row>'), [master])).toThrow(PatchUnsupportedError);
  });
});
