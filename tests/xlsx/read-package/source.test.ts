import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPackageSource } from '../../../src/xlsx/read-package';
import { sourceFromExcelJs } from '../../../src/xlsx/source';
import { styledTracker, tableTracker } from '../../excel/fixtures';
import { cli } from '../../helpers/cli';
import { filteredTrackerBytes, hiddenRowsTracker } from '../../helpers/hidden-rows';
import { ALL_SAMPLES, sampleDir, tempDir } from '../../helpers/samples';
import { buildMessy, messySpec } from '../../reliability/messy';
import { bookParts, worksheet, zipOf } from '../patch/helpers';

/*
 * The command line reads workbooks straight from their XML (readPackageSource); ExcelJS's
 * model is the reference and the fallback. On every sample, fixture, generated messy
 * workbook and refreshed output (with RAG Settings and History), both must give the engine
 * exactly the same grids, settings, history and title.
 */

async function load(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

async function bytesOf(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

async function expectSameSource(name: string, bytes: Buffer): Promise<void> {
  const expected = sourceFromExcelJs(await load(bytes));
  const actual = readPackageSource(bytes);
  expect({ name, source: actual }).toEqual({ name, source: expected });
}

describe('readPackageSource reads what ExcelJS reads', () => {
  it('on every seed sample and the test fixtures', async () => {
    const dir = await sampleDir();
    for (const f of ALL_SAMPLES) await expectSameSource(f, readFileSync(join(dir, f)));
    const titled = styledTracker();
    titled.title = 'Board action plan & risks';
    await expectSameSource('styled tracker', await bytesOf(titled));
    await expectSameSource('table tracker', await bytesOf(tableTracker()));
  }, 60_000);

  it('on 40 generated messy workbooks (title rows, merged headers, errors, serial dates, 1904, tables, hidden rows, long cells)', async () => {
    const specs = fc.sample(messySpec, { numRuns: 40, seed: 1206 });
    for (const [i, spec] of specs.entries()) await expectSameSource(`messy ${i}`, await buildMessy(spec));
    expect(specs).toHaveLength(40);
  }, 120_000);

  it('on refreshed workbooks: settings, history and the product sheets', async () => {
    const dir = await sampleDir();
    const out = join(tempDir(), 'out.xlsx');
    const result = await cli(['refresh', join(dir, ALL_SAMPLES[0] ?? ''), '-o', out, '--as-of', '2022-11-03', '--next-meeting', '2022-12-15']);
    expect(result.code).toBe(0);
    const bytes = readFileSync(out);
    const source = readPackageSource(bytes);
    expect(source.history.length).toBeGreaterThan(0);
    expect(source.settingsJson).toMatchObject({ nextMeeting: { date: '2022-12-15' } });
    await expectSameSource('refreshed seed 004', bytes);
    // And a workbook saved by ExcelJS after the refresh (shared strings rewritten, styles renumbered).
    const resaved = join(tempDir(), 'resaved.xlsx');
    writeFileSync(resaved, new Uint8Array(await bytesOf(await load(bytes))));
    await expectSameSource('refreshed and resaved', readFileSync(resaved));
  }, 60_000);

  it('on a package as other programs write it (ExcelJS itself cannot load this one): inline and rich text, shared formulas, errors, booleans, a value under a merge, a headerless table, protection, a custom date format, rows and cells without r', async () => {
    const strings = '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>Action</t></si><si><r><t>On </t></r><r><rPr><b/></rPr><t>track</t></r></si><si><t xml:space="preserve"> Lead_x000D_ &amp; co </t><rPh sb="0" eb="1"><t>x</t></rPh></si><si><t>Due</t></si></sst>';
    const styles = '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd&quot;/&quot;mm&quot;/&quot;yyyy"/></numFmts><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="14"/></cellXfs></styleSheet>';
    const rows =
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>' +
      '<row r="2"><c r="A2" t="inlineStr"><is><t>Publish &lt;the&gt; plan</t></is></c><c r="B2" t="b"><v>1</v></c><c r="C2" t="e"><v>#N/A</v></c><c r="D2" s="1"><v>44895</v></c></row>' +
      '<row><c t="str"><f>A2</f><v>Formula text</v></c><c><f t="shared" si="0" ref="B3:B4">1+1</f><v>2</v></c><c t="s"><v>1</v></c><c s="2"><v>44927.75</v></c></row>' +
      '<row r="5"><c r="A5" t="inlineStr"><is><r><t>Merged</t></r></is></c><c r="B5" t="inlineStr"><is><t>hidden under the merge</t></is></c><c r="C5"><f>NA()</f></c></row>';
    const tail = '<sheetProtection sheet="1" objects="1"/><mergeCells count="1"><mergeCell ref="A5:B5"/></mergeCells><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><tableParts count="1"><tablePart r:id="rId1"/></tableParts>';
    const parts = bookParts([{ name: 'Plan & risks', xml: worksheet(rows, tail) }, { name: 'Hidden', xml: worksheet('<row r="1"><c r="A1"><v>1</v></c></row>'), state: 'hidden' }], { strings, styles, workbookPr: '<workbookPr date1904="1"/>' });
    parts.set('xl/worksheets/_rels/sheet1.xml.rels', '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/table" Target="../tables/table1.xml"/></Relationships>');
    parts.set('xl/tables/table1.xml', '<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="1" name="Plan" displayName="Plan" ref="A2:D4" headerRowCount="0" totalsRowCount="1"><tableColumns count="4"><tableColumn id="1" name="A"/><tableColumn id="2" name="B"/><tableColumn id="3" name="C"/><tableColumn id="4" name="D"/></tableColumns></table>');
    parts.set('[Content_Types].xml', (parts.get('[Content_Types].xml') ?? '').replace('</Types>', '<Override PartName="/xl/tables/table1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/></Types>'));
    const bytes = zipOf(parts);
    const source = readPackageSource(bytes);
    const grid = source.grids[0];
    expect(grid?.rows).toEqual([
      ['Action', 'On track', ' Lead\r & co ', 'Due'],
      ['Publish <the> plan', true, { kind: 'error', code: '#N/A' }, { kind: 'date', iso: '2026-12-01' }],
      ['Formula text', 2, 'On track', { kind: 'date', iso: '2027-01-02' }],
      [null, null, null, null],
      ['Merged', null, null, null],
    ]);
    expect(grid?.tables).toEqual([{ name: 'Plan', range: { top: 1, left: 0, bottom: 3, right: 3 }, hasHeaderRow: false, hasTotalsRow: true }]);
    expect([grid?.protected, grid?.merges, source.grids[1]?.hidden]).toEqual([true, [{ top: 4, left: 0, bottom: 4, right: 1 }], true]);
  });

  it('on hidden rows and a filter\'s hidden rows (SPEC 9), read as Range.rowHidden gives them over the used range', async () => {
    await expectSameSource('hidden rows', await bytesOf(hiddenRowsTracker()));
    await expectSameSource('filtered', filteredTrackerBytes());
    expect(readPackageSource(await bytesOf(hiddenRowsTracker())).grids.map((g) => g.rowsHidden)).toEqual([null, false]);
    expect(readPackageSource(filteredTrackerBytes()).grids.map((g) => g.rowsHidden)).toEqual([null]);
    // A row Excel wrote as hidden="0", or without r, reads as it says.
    const rows = '<row r="1"><c r="A1" t="inlineStr"><is><t>Action</t></is></c></row><row r="2" hidden="0"><c r="A2" t="inlineStr"><is><t>Publish</t></is></c></row><row hidden="true"><c t="inlineStr"><is><t>Audit</t></is></c></row>';
    expect(readPackageSource(zipOf(bookParts([{ name: 'Plan', xml: worksheet(rows) }]))).grids[0]?.rowsHidden).toBeNull();
  });

  it('refuses a sheet written with prefixed element names (<x:row>), so the caller reads it through ExcelJS', () => {
    const prefixed = '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Action</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>';
    expect(() => readPackageSource(zipOf(bookParts([{ name: 'Plan', xml: prefixed }])))).toThrow(/prefixed/);
  });

  it('refuses what is not a workbook package', () => {
    expect(() => readPackageSource(Buffer.from('not a zip at all, just text'))).toThrow();
  });
});
