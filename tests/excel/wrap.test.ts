import type ExcelJS from 'exceljs';
import { cliRefresh, hostFor, refreshOn, savedFrom } from './helpers';
import { plainTracker, WRAP } from '../xlsx/helpers';

/*
 * The add-in wraps the RAG reason column as the command line does: one format call per
 * property over the column under the header, in the write round trip, on the first refresh.
 */

/** The user unwraps one cell (on a copy of its style: ExcelJS shares one style object between like cells). */
const unwrap = (cell: ExcelJS.Cell): void => {
  cell.style = { ...cell.style, alignment: {} };
};
const sheetOf = (wb: ExcelJS.Workbook): ExcelJS.Worksheet => wb.getWorksheet('Action plan') as ExcelJS.Worksheet;
const alignments = (ws: ExcelJS.Worksheet, refs: string[]): unknown[] => refs.map((r) => [r, ws.getCell(r).alignment ?? {}]);
const REFS = ['H3', 'H4', 'H5', 'H6', 'H7', 'G4', 'I4', 'J4', 'K4'];

describe('the add-in wraps the RAG reason column', () => {
  it('wraps the reason cells under the header, top-aligned, as the command line does, in two round trips', async () => {
    const host = await hostFor(plainTracker());
    await refreshOn(host);
    expect(host.stats.syncs).toBe(2);
    const ws = sheetOf(await savedFrom(host));
    expect(alignments(ws, ['H4', 'H5', 'H7'])).toEqual(['H4', 'H5', 'H7'].map((r) => [r, WRAP]));
    expect(ws.getCell('H3').alignment?.wrapText).toBeUndefined();
    expect(ws.getCell('H4').border).toMatchObject({ top: { style: 'thin' }, bottom: { style: 'thin' } });
    const { saved } = await cliRefresh(plainTracker());
    expect(alignments(ws, REFS)).toEqual(alignments(sheetOf(saved), REFS));
  });

  it('does it in two format calls over the whole column, not one per cell', async () => {
    const small = await hostFor(plainTracker());
    await refreshOn(small);
    const wb = plainTracker();
    const ws = sheetOf(wb);
    // Forty more rows of actions: no more format calls for them (the summary's vary by a few with its lists).
    for (let row = 8; row <= 47; row++) ws.getRow(row).values = [row - 6, `Action ${row}`, 'Lead', 'Agree terms', 'End of Dec 22', 'On track'];
    const large = await hostFor(wb);
    await refreshOn(large);
    expect(Math.abs(large.stats.formatCalls - small.stats.formatCalls)).toBeLessThan(5);
    expect(alignments(sheetOf(await savedFrom(large)), ['H47'])).toEqual([['H47', WRAP]]);
  });

  it('leaves a reason the user unwrapped after the first refresh unwrapped, and makes no wrap calls then', async () => {
    const first = await hostFor(plainTracker());
    await refreshOn(first);
    const saved = await savedFrom(first);
    unwrap(sheetOf(saved).getCell('H4'));
    const second = await hostFor(saved);
    await refreshOn(second);
    const ws = sheetOf(await savedFrom(second));
    expect(ws.getCell('H4').alignment?.wrapText).toBeUndefined();
    expect(ws.getCell('H5').alignment).toEqual(WRAP);
    // Widths and wrapping are the first refresh's alone: five widths and two wrap calls fewer, and
    // the RAG History header's bold (the second refresh appends rows under it).
    expect(second.stats.formatCalls).toBe(first.stats.formatCalls - 8);
  });
});
