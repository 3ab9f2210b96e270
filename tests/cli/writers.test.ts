import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withTrends } from '../../src/cli/board';
import { refreshEdits } from '../../src/cli/commands/refresh';
import { openTracker } from '../../src/cli/workbook';
import { applyEdits, patchWorkbook } from '../../src/xlsx';
import { readZip, unzipEntry, writeZip, zipEntry } from '../../src/xlsx/patch/zip';
import { unescapeXml } from '../../src/xlsx/patch/xml';
import { AS_OF, changed, savedPrints, summaryValues } from '../excel/helpers';
import { severalTables, styledTracker, tableTracker } from '../excel/fixtures';
import { ALL_SAMPLES, sampleDir, tempDir } from '../helpers/samples';
import { buildMessy, messySpec } from '../reliability/messy';

/*
 * The command line saves a refresh by patching the input package (src/xlsx/patch); a package
 * the patcher does not handle goes through ExcelJS's full model (applyEdits). Both must give
 * the same workbook, read back cell by cell; the patch must also leave every part it does not
 * own exactly as it was, and add nothing on a second refresh of its own output.
 */

const REFRESHED_AT = '2026-12-06T10:00:00.000Z';

async function bytesOf(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

async function load(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

/** Both writers' output for the same input file. */
async function bothWriters(input: Buffer, asOf = AS_OF): Promise<{ patched: Buffer; modelled: Buffer }> {
  const file = join(tempDir(), 'in.xlsx');
  writeFileSync(file, new Uint8Array(input));
  const opened = await openTracker(file, { asOf });
  const edits = refreshEdits(opened, withTrends(opened.source, opened.analysis, opened.settings), { summary: true, refreshedAt: REFRESHED_AT });
  const patched = await patchWorkbook(opened.bytes, opened.source.grids, edits);
  const workbook = await load(input);
  applyEdits(workbook, edits);
  return { patched, modelled: await bytesOf(workbook) };
}

/** The summary sheet's look per cell: fill, bold, merge master, plus widths and print titles. */
function summaryLook(wb: ExcelJS.Workbook): Map<string, string> {
  const out = new Map<string, string>();
  const ws = wb.getWorksheet('RAG Summary');
  if (!ws) return out;
  out.set('widths', JSON.stringify(ws.columns.map((c) => c.width ?? null)));
  out.set('print', JSON.stringify([ws.pageSetup.orientation, ws.pageSetup.fitToWidth, ws.pageSetup.fitToHeight, ws.pageSetup.printTitlesRow]));
  out.set('position', String(wb.worksheets.indexOf(ws)));
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      const fill = cell.fill?.type === 'pattern' ? cell.fill.fgColor?.argb : undefined;
      out.set(cell.address, JSON.stringify([fill ?? null, cell.font?.bold === true, cell.alignment?.wrapText === true, cell.border?.top?.style ?? null, cell.isMerged ? cell.master.address : null, cell.numFmt ?? null]));
    }),
  );
  return out;
}

/** The names docProps/app.xml lists (TitlesOfParts), in its order. */
function appTitles(zip: Buffer): string[] {
  const entry = readZip(zip).find((e) => e.name === 'docProps/app.xml');
  const xml = entry ? unzipEntry(entry).toString('utf8') : '';
  const titles = /<TitlesOfParts>([\s\S]*?)<\/TitlesOfParts>/.exec(xml)?.[1] ?? '';
  return [...titles.matchAll(/<vt:lpstr>([^<]*)<\/vt:lpstr>/g)].map((m) => unescapeXml(m[1] ?? ''));
}

async function inputs(): Promise<[string, Buffer][]> {
  const dir = await sampleDir();
  const samples = ALL_SAMPLES.map((f): [string, Buffer] => [f, readFileSync(join(dir, f))]);
  const messy = await Promise.all(fc.sample(messySpec, { numRuns: 12, seed: 2026 }).map(async (spec, i): Promise<[string, Buffer]> => [`messy ${i}`, await buildMessy(spec)]));
  return [...samples, ['styled tracker', await bytesOf(styledTracker())], ['table tracker', await bytesOf(tableTracker())], ['several tables', await bytesOf(severalTables())], ...messy];
}

describe('refresh writers: patching the package and ExcelJS\'s full model give the same workbook', () => {
  let cases: [string, Buffer][] = [];
  beforeAll(async () => {
    cases = await inputs();
  }, 60_000);

  it('writes the same cells, number formats, bold, notes, rules, states and widths', async () => {
    expect(cases.length).toBeGreaterThanOrEqual(19);
    for (const [name, input] of cases) {
      const opened = await load(input);
      if (opened.worksheets.length === 0) continue;
      let out: { patched: Buffer; modelled: Buffer };
      try {
        out = await bothWriters(input);
      } catch (error) {
        // A workbook with no tracker is exit 3 before anything is written, whichever writer.
        if (error instanceof Error && /holds no action tracker/.test(error.message)) continue;
        throw error;
      }
      const [patched, modelled] = [await load(out.patched), await load(out.modelled)];
      expect({ name, differences: changed(savedPrints(modelled), savedPrints(patched)) }).toEqual({ name, differences: [] });
      expect({ name, differences: changed(summaryValues(modelled) ?? new Map(), summaryValues(patched) ?? new Map()) }).toEqual({ name, differences: [] });
      expect({ name, differences: changed(summaryLook(modelled), summaryLook(patched)) }).toEqual({ name, differences: [] });
      // docProps/app.xml lists the sheets the workbook now has, as ExcelJS writes it afresh.
      expect({ name, app: appTitles(out.patched) }).toEqual({ name, app: patched.worksheets.map((w) => w.name) });
      expect({ name, app: [...appTitles(out.patched)].sort() }).toEqual({ name, app: [...appTitles(out.modelled)].sort() });
    }
  }, 120_000);

  it('formats a new cell as its row or column is formatted, as ExcelJS (and Excel) do', async () => {
    const wb = styledTracker();
    const ws = wb.worksheets[0];
    if (!ws) throw new Error('no sheet');
    // Rows 8 and 9 have cells in A:F only, so the product's cells there are new cells.
    ws.getRow(8).values = [3, 'Publish the engagement plan', 'Engagement Manager', 'Draft plan', 'Dec 2022', 'On track'];
    ws.getRow(9).values = [4, 'Recruit patient partners', 'Engagement Manager', 'Advertise', 'Jan 2023', 'Not started'];
    ws.getRow(8).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } };
    ws.getColumn(9).font = { italic: true, color: { argb: 'FF7F7F7F' } };
    const out = await bothWriters(await bytesOf(wb));
    const [patched, modelled] = [await load(out.patched), await load(out.modelled)];
    const styles = (book: ExcelJS.Workbook): Map<string, string> => {
      const sheet = book.worksheets[0];
      const map = new Map<string, string>();
      sheet?.eachRow({ includeEmpty: true }, (row) => row.eachCell({ includeEmpty: true }, (cell) => map.set(cell.address, JSON.stringify([cell.fill ?? null, cell.font ?? null, cell.numFmt ?? null]))));
      return map;
    };
    const [p, m] = [styles(patched), styles(modelled)];
    expect(changed(m, p)).toEqual([]);
    // The test means something only if the formats reached the product's columns.
    expect([p.get('H8')?.includes('FFD9D9D9'), p.get('I9')?.includes('FF7F7F7F')]).toEqual([true, true]);
  }, 60_000);

  it('copies every part it does not own byte for byte: a custom part, the theme, the core properties', async () => {
    const [, seed] = cases.find(([n]) => n.startsWith('seed004')) ?? [];
    if (!seed) throw new Error('seed 004 missing');
    const custom = zipEntry('customXml/item1.xml', Buffer.from('<root><keep>this</keep></root>'));
    const input = writeZip([...readZip(seed), custom]);
    const { patched } = await bothWriters(input);
    const before = new Map(readZip(input).map((e) => [e.name, e]));
    const after = new Map(readZip(patched).map((e) => [e.name, e]));
    // docProps/app.xml is not among them: it lists the sheets, and the refresh adds some.
    for (const name of ['customXml/item1.xml', 'xl/theme/theme1.xml', 'docProps/core.xml']) {
      const [a, b] = [before.get(name), after.get(name)];
      if (!a) continue;
      expect({ name, same: b !== undefined && Buffer.compare(a.data, b.data) === 0 && a.crc === b.crc }).toEqual({ name, same: true });
    }
    expect(after.has('customXml/item1.xml')).toBe(true);
  }, 60_000);

  it('adds nothing on a second refresh of its own output: no new styles, strings, rules or notes', async () => {
    const [, seed] = cases.find(([n]) => n.startsWith('seed004')) ?? [];
    if (!seed) throw new Error('seed 004 missing');
    const first = (await bothWriters(seed)).patched;
    const second = (await bothWriters(first)).patched;
    const text = (zip: Buffer, name: string): string => {
      const entry = readZip(zip).find((e) => e.name === name);
      return entry ? unzipEntry(entry).toString('utf8') : '';
    };
    for (const name of ['xl/styles.xml', 'xl/sharedStrings.xml', 'xl/comments1.xml', 'xl/worksheets/sheet1.xml', 'xl/workbook.xml', 'docProps/app.xml']) {
      expect({ name, same: text(second, name) === text(first, name) }).toEqual({ name, same: true });
    }
    expect(readZip(second).map((e) => e.name).sort()).toEqual(readZip(first).map((e) => e.name).sort());
  }, 60_000);
});
