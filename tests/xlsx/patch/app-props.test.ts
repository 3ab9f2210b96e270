import { listWorksheets, syncAppProps } from '../../../src/xlsx/patch/app-props';
import { XlsxPackage } from '../../../src/xlsx/patch/package';
import { addSheet } from '../../../src/xlsx/patch/workbook';
import { REL_TYPE, XML_HEAD, bookParts, elements, loadWorkbook, only, parseXml, worksheet, zipOf } from './helpers';

const VT = 'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes';

/** docProps/app.xml as Excel writes it: (heading, count) pairs, then every group's names in turn. */
function appXml(groups: readonly [string, readonly string[]][], opts: { titlesBase?: string; titlesSize?: number } = {}): string {
  const pairs = groups.map(([h, names]) => `<vt:variant><vt:lpstr>${h}</vt:lpstr></vt:variant><vt:variant><vt:i4>${names.length}</vt:i4></vt:variant>`).join('');
  const titles = groups.flatMap(([, names]) => names).map((n) => `<vt:lpstr>${n}</vt:lpstr>`);
  return (
    `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="${VT}"><Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>` +
    `<HeadingPairs><vt:vector size="${groups.length * 2}" baseType="variant">${pairs}</vt:vector></HeadingPairs>` +
    `<TitlesOfParts><vt:vector size="${opts.titlesSize ?? titles.length}" baseType="${opts.titlesBase ?? 'lpstr'}">${titles.join('')}</vt:vector></TitlesOfParts>` +
    '<Company></Company><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>'
  );
}

/** What the part lists: each heading with its count, and the names in order. */
function listed(xml: string): { headings: [string, number][]; titles: string[]; sizes: [string | undefined, string | undefined] } {
  const doc = parseXml(xml);
  const variants = elements(only(doc, 'HeadingPairs'), 'vt:variant');
  const headings: [string, number][] = [];
  for (let i = 0; i < variants.length; i += 2) headings.push([elements(variants[i] ?? doc, 'vt:lpstr')[0]?.text ?? '', Number(elements(variants[i + 1] ?? doc, 'vt:i4')[0]?.text)]);
  const titles = only(doc, 'TitlesOfParts');
  return { headings, titles: elements(titles, 'vt:lpstr').map((t) => t.text), sizes: [only(only(doc, 'HeadingPairs'), 'vt:vector').attrs.size, only(titles, 'vt:vector').attrs.size] };
}

describe('listWorksheets', () => {
  it("rewrites the worksheets group, keeping the named ranges group's names and count", () => {
    const xml = appXml([
      ['Worksheets', ['Plan', 'Notes']],
      ['Named Ranges', ['Plan!Print_Titles', 'Owners']],
    ]);
    const out = listWorksheets(xml, new Set(['Plan', 'Notes']), ['Plan', 'RAG Summary', 'Notes', 'R & D']);
    expect(out).not.toBeNull();
    expect(listed(out ?? '')).toEqual({
      headings: [
        ['Worksheets', 4],
        ['Named Ranges', 2],
      ],
      titles: ['Plan', 'RAG Summary', 'Notes', 'R & D', 'Plan!Print_Titles', 'Owners'],
      sizes: ['4', '6'],
    });
    // Everything around the two lists is as it was.
    expect(out?.slice(out.indexOf('</TitlesOfParts>'))).toBe(xml.slice(xml.indexOf('</TitlesOfParts>')));
  });

  it('finds the group by its names when Excel wrote its headings in another language, after a charts group', () => {
    const xml = appXml([
      ['Diagramme', ['Chart1']],
      ['Arbeitsblätter', ['Plan']],
      ['Benannte Bereiche', ['Owners']],
    ]);
    expect(listed(listWorksheets(xml, new Set(['Plan']), ['Plan', 'RAG History']) ?? '').titles).toEqual(['Chart1', 'Plan', 'RAG History', 'Owners']);
  });

  it('gives null for a part not in the usual shape, or whose worksheets group it cannot tell', () => {
    const known = new Set(['Plan']);
    expect(listWorksheets(appXml([['Worksheets', ['Plan']]], { titlesSize: 3 }), known, ['Plan'])).toBeNull();
    expect(listWorksheets(appXml([['Worksheets', ['Plan']]], { titlesBase: 'bstr' }), known, ['Plan'])).toBeNull();
    expect(listWorksheets(appXml([['Feuilles', ['Gone']]]), known, ['Plan'])).toBeNull();
    expect(listWorksheets(appXml([['Feuilles', ['Plan']], ['Plages', ['Plan']]]), known, ['Plan'])).toBeNull();
    expect(listWorksheets(appXml([['Worksheets', ['Plan']]]).replace(/<TitlesOfParts>[\s\S]*<\/TitlesOfParts>/, ''), known, ['Plan'])).toBeNull();
    expect(listWorksheets(appXml([['Worksheets', ['Plan']]]).replace('<vt:i4>1</vt:i4>', '<vt:i4>2</vt:i4>'), known, ['Plan'])).toBeNull();
  });
});

function withApp(app: string | null): XlsxPackage {
  const parts = bookParts([{ name: 'Plan', xml: worksheet('') }]);
  if (app !== null) {
    parts.set('docProps/app.xml', app);
    parts.set('_rels/.rels', (parts.get('_rels/.rels') ?? '').replace('</Relationships>', `<Relationship Id="rId2" Type="${REL_TYPE}extended-properties" Target="docProps/app.xml"/></Relationships>`));
  }
  return XlsxPackage.open(zipOf(parts));
}

describe('syncAppProps', () => {
  it('lists the sheets the workbook part now has, hidden ones too, as ExcelJS does', async () => {
    const pkg = withApp(appXml([['Worksheets', ['Plan']]]));
    addSheet(pkg, 'RAG Summary', worksheet(''));
    addSheet(pkg, 'RAG History', worksheet(''), { state: 'veryHidden' });
    syncAppProps(pkg, ['Plan']);
    expect(listed(pkg.text('docProps/app.xml') ?? '').titles).toEqual(['Plan', 'RAG Summary', 'RAG History']);
    const wb = await loadWorkbook(await pkg.toBuffer());
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Plan', 'RAG Summary', 'RAG History']);
  });

  it('leaves the part as it was when it already lists the sheets, is not in the usual shape, or is absent', async () => {
    const input = zipOf(bookParts([{ name: 'Plan', xml: worksheet('') }]));
    for (const app of [appXml([['Worksheets', ['Plan']]]), appXml([['Worksheets', ['Plan']]], { titlesSize: 5 })]) {
      const pkg = withApp(app);
      syncAppProps(pkg, ['Plan']);
      expect(pkg.text('docProps/app.xml')).toBe(app);
    }
    const without = XlsxPackage.open(input);
    syncAppProps(without, ['Plan']);
    expect((await without.toBuffer()).equals(input)).toBe(true);
  });
});
