import type ExcelJS from 'exceljs';
import { analyseWorkbook } from '../../../src/core/analyse/workbook';
import { historyRows } from '../../../src/core/history';
import { planOutput } from '../../../src/core/output';
import { defaultSettings, storedSettings } from '../../../src/core/settings';
import { patchWorkbook } from '../../../src/xlsx/patch';
import { gridsFromWorkbook } from '../../../src/xlsx/read';
import { readZip, unzipEntry } from '../../../src/xlsx/patch/zip';
import { applyPlan } from '../../../src/xlsx/write';
import { plainTracker, roundTrip, trackerWorkbook, WRAP } from '../helpers';
import { loadWorkbook } from './helpers';

/*
 * The reason is the product's point, so it wraps (top-aligned, as tracker rows are) instead of
 * running under the filled Meeting focus cell; set with the widths, on the first refresh only.
 */

const SETTINGS = defaultSettings('2023-01-03');

async function refreshed(bytes: Buffer): Promise<{ out: Buffer; wb: ExcelJS.Workbook }> {
  const before = await loadWorkbook(bytes);
  const { trackers } = analyseWorkbook(gridsFromWorkbook(before), SETTINGS);
  const edits = { plans: trackers.map((t) => planOutput(t, SETTINGS)), settingsJson: storedSettings(SETTINGS), history: historyRows(trackers, SETTINGS.asOf, '2023-01-03T09:30:00.000Z'), summary: null };
  const out = await patchWorkbook(bytes, gridsFromWorkbook(before), edits);
  return { out, wb: await loadWorkbook(out) };
}

/** The style index (s) a cell of the tracker's sheet part carries in a package. */
function styleIndex(bytes: Buffer, ref: string): string | undefined {
  const part = readZip(bytes).find((e) => e.name === 'xl/worksheets/sheet1.xml');
  if (!part) throw new Error('no sheet1 part');
  return new RegExp(`<c r="${ref}" s="(\\d+)"`).exec(unzipEntry(part).toString('utf8'))?.[1];
}

const bytesOf = async (wb: ExcelJS.Workbook): Promise<Buffer> => Buffer.from(await wb.xlsx.writeBuffer());
/** The user unwraps one cell (on a copy of its style: ExcelJS shares one style object between like cells). */
const unwrap = (cell: ExcelJS.Cell): void => {
  cell.style = { ...cell.style, alignment: {} };
};
const sheetOf = (wb: ExcelJS.Workbook): ExcelJS.Worksheet => wb.getWorksheet('Action plan') as ExcelJS.Worksheet;
const alignments = (ws: ExcelJS.Worksheet, refs: string[]): unknown[] => refs.map((r) => [r, ws.getCell(r).alignment ?? {}]);

describe('the RAG reason column wraps, in the package patcher', () => {
  it('wraps every reason cell under the header, top-aligned, keeping the cell’s borders', async () => {
    const ws = sheetOf((await refreshed(await bytesOf(plainTracker()))).wb);
    // H6 is covered by the row's merged heading: formatted like the rest of the column, as Range.format does.
    expect(alignments(ws, ['H4', 'H5', 'H6', 'H7'])).toEqual(['H4', 'H5', 'H6', 'H7'].map((r) => [r, WRAP]));
    expect(ws.getCell('H4').border).toMatchObject({ top: { style: 'thin' }, bottom: { style: 'thin' } });
    expect(ws.getCell('H4').value).toEqual(expect.stringContaining('was due'));
  });

  it('leaves the header and the other output columns unwrapped', async () => {
    const ws = sheetOf((await refreshed(await bytesOf(plainTracker()))).wb);
    expect(ws.getCell('H3').alignment?.wrapText).toBeUndefined();
    for (const ref of ['G4', 'I4', 'J4', 'K4', 'G7', 'I7']) expect([ref, ws.getCell(ref).alignment?.wrapText]).toEqual([ref, undefined]);
  });

  it('reuses a cell style that already wraps top-aligned rather than adding a copy', async () => {
    const input = await bytesOf(trackerWorkbook());
    const { out } = await refreshed(input);
    expect(sheetOf(await loadWorkbook(out)).getCell('H4').alignment).toEqual(WRAP);
    expect(styleIndex(out, 'H4')).toBe(styleIndex(input, 'H4'));
  });

  it('leaves a reason the user unwrapped after the first refresh unwrapped, as it leaves their widths', async () => {
    const first = (await refreshed(await bytesOf(plainTracker()))).wb;
    unwrap(sheetOf(first).getCell('H4'));
    sheetOf(first).getColumn(8).width = 45;
    const ws = sheetOf((await refreshed(await bytesOf(first))).wb);
    expect(ws.getCell('H4').alignment?.wrapText).toBeUndefined();
    expect(ws.getCell('H5').alignment).toEqual(WRAP);
    expect(ws.getColumn(8).width).toBe(45);
  });
});

describe('the RAG reason column wraps, in the ExcelJS writer', () => {
  it('wraps the same cells as the patcher on the first refresh, and none on a later one', async () => {
    const wb = await roundTrip(plainTracker());
    const { trackers } = analyseWorkbook(gridsFromWorkbook(wb), SETTINGS);
    const plan = planOutput(trackers[0] as (typeof trackers)[number], SETTINGS);
    applyPlan(wb, plan);
    const ws = sheetOf(await roundTrip(wb));
    const patched = sheetOf((await refreshed(await bytesOf(plainTracker()))).wb);
    const refs = ['H3', 'H4', 'H5', 'H6', 'H7', 'G4', 'I4'];
    expect(alignments(ws, refs)).toEqual(alignments(patched, refs));
    unwrap(ws.getCell('H4'));
    applyPlan(ws.workbook, plan);
    expect(ws.getCell('H4').alignment?.wrapText).toBeUndefined();
  });
});
