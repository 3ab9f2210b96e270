import type { PlannedCell } from '../../../src/core/output';
import { PatchUnsupportedError } from '../../../src/xlsx/patch/errors';
import { XlsxPackage } from '../../../src/xlsx/patch/package';
import { REL } from '../../../src/xlsx/patch/rels';
import { nameTableColumns } from '../../../src/xlsx/patch/tables';
import { MAIN_NS, PKG_RELS_NS, XML_HEAD, bookParts, elements, parseXml, worksheet, zipOf } from './helpers';

/** A sheet with table "Actions" over A3:H7 (columns Ref … Rag, Reason), header row 3. */
function tablePackage(opts: { headerRowCount?: string; columns?: string[] } = {}): XlsxPackage {
  const columns = opts.columns ?? ['Ref', 'Action', 'Lead', 'Time frame', 'Status', 'Notes', 'rag', 'Reason'];
  const parts = bookParts([{ name: 'Plan', xml: worksheet('', '<tableParts count="1"><tablePart r:id="rId1"/></tableParts>') }]);
  parts.set('xl/worksheets/_rels/sheet1.xml.rels', `${XML_HEAD}<Relationships xmlns="${PKG_RELS_NS}"><Relationship Id="rId1" Type="${REL.table}" Target="../tables/table1.xml"/></Relationships>`);
  const cols = columns.map((name, i) => `<tableColumn id="${i + 1}" name="${name}"${i === 6 ? ' dataDxfId="0"' : ''}/>`).join('');
  const header = opts.headerRowCount === undefined ? '' : ` headerRowCount="${opts.headerRowCount}"`;
  parts.set('xl/tables/table1.xml', `${XML_HEAD}<table xmlns="${MAIN_NS}" id="1" name="Actions" displayName="Actions" ref="A3:H7"${header}><autoFilter ref="A3:H7"/><tableColumns count="${columns.length}">${cols}</tableColumns><tableStyleInfo name="TableStyleMedium2" showRowStripes="1"/></table>`);
  return XlsxPackage.open(zipOf(parts));
}

const cell = (row: number, col: number, value: PlannedCell['value']): PlannedCell => ({ row, col, value });
const names = (pkg: XlsxPackage): (string | undefined)[] => elements(parseXml(pkg.text('xl/tables/table1.xml') ?? ''), 'tableColumn').map((c) => c.attrs.name);

describe('nameTableColumns', () => {
  it("renames a table's columns to the headers written over them, keeping their other attributes", () => {
    const pkg = tablePackage();
    nameTableColumns(pkg, 'xl/worksheets/sheet1.xml', [cell(3, 6, 'RAG'), cell(3, 7, 'RAG reason'), cell(3, 8, 'Meeting focus'), cell(4, 6, 'Red')]);
    expect(names(pkg)).toEqual(['Ref', 'Action', 'Lead', 'Time frame', 'Status', 'Notes', 'RAG', 'RAG reason']);
    expect(pkg.text('xl/tables/table1.xml')).toContain('<tableColumn id="7" dataDxfId="0" name="RAG"/>');
  });

  it('leaves the part untouched when the headers already match or no header cell of a table is written', () => {
    for (const cells of [[cell(3, 6, 'rag')], [cell(3, 9, 'RAG'), cell(2, 6, 'x'), cell(8, 6, 'y')]]) {
      const pkg = tablePackage();
      const before = pkg.text('xl/tables/table1.xml');
      nameTableColumns(pkg, 'xl/worksheets/sheet1.xml', cells);
      expect(pkg.text('xl/tables/table1.xml')).toBe(before);
    }
  });

  it('ignores a table without a header row', () => {
    const pkg = tablePackage({ headerRowCount: '0' });
    const before = pkg.text('xl/tables/table1.xml');
    nameTableColumns(pkg, 'xl/worksheets/sheet1.xml', [cell(3, 6, 'RAG'), cell(3, 7, null)]);
    expect(pkg.text('xl/tables/table1.xml')).toBe(before);
  });

  it('refuses a header that cannot be a column name, two columns named alike, or a part that does not fit its range', () => {
    const sheet = 'xl/worksheets/sheet1.xml';
    expect(() => nameTableColumns(tablePackage(), sheet, [cell(3, 6, null)])).toThrow(PatchUnsupportedError);
    expect(() => nameTableColumns(tablePackage(), sheet, [cell(3, 6, { kind: 'date', iso: '2023-01-05' })])).toThrow(PatchUnsupportedError);
    expect(() => nameTableColumns(tablePackage(), sheet, [cell(3, 6, 'Status')])).toThrow(PatchUnsupportedError);
    expect(() => nameTableColumns(tablePackage({ columns: ['Ref', 'Action'] }), sheet, [cell(3, 1, 'RAG')])).toThrow(PatchUnsupportedError);
  });
});
