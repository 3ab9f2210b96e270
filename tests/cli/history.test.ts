import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { cli } from '../helpers/cli';
import { expectValidReport } from '../helpers/report-schema';
import { SEED004, sampleDir, tempDir } from '../helpers/samples';

/*
 * `refresh` keeps RAG History and builds the RAG Summary sheet. Seed 004 is refreshed for its
 * "3 November update", then that output is refreshed for ELG December 22: the steps due at
 * the end of November and on 2 and 15 December have passed (recommendations 3, 12 and 2).
 */
const NOVEMBER = ['--as-of', '2022-11-03', '--next-meeting', '2022-12-15', '--next-meeting-name', 'ELG December 22'];
const DECEMBER = ['--as-of', '2022-12-15', '--next-meeting', '2023-01-12', '--next-meeting-name', 'January ELG meeting'];

async function open(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

/** Every cell of every sheet, the product's own included. */
async function everything(path: string): Promise<unknown[]> {
  const wb = await open(path);
  const out: unknown[] = [wb.worksheets.map((w) => [w.name, w.state])];
  wb.eachSheet((ws) => ws.eachRow({ includeEmpty: true }, (row) => row.eachCell({ includeEmpty: true }, (c) => out.push([ws.name, c.address, c.value, c.style]))));
  return out;
}

async function refreshTwice(dir: string): Promise<{ nov: string; dec: string; json: { trackers: { actions: { ref: string; trend: string }[]; previousAsOf: string; completedSinceLastMeeting: number }[] } }> {
  const nov = join(dir, 'november.xlsx');
  const dec = join(dir, 'december.xlsx');
  expect((await cli(['refresh', join(await sampleDir(), SEED004), '-o', nov, ...NOVEMBER])).code).toBe(0);
  const second = await cli(['refresh', nov, '-o', dec, ...DECEMBER, '--json', '-']);
  expect(second.code).toBe(0);
  const json = JSON.parse(second.stdout);
  expectValidReport(json);
  return { nov, dec, json };
}

describe('refresh with RAG History: trends across meetings', () => {
  it('says on its output what the Trend column compares with', async () => {
    const dir = tempDir();
    const nov = join(dir, 'november.xlsx');
    const first = await cli(['refresh', join(await sampleDir(), SEED004), '-o', nov, ...NOVEMBER]);
    expect(first.stdout).toContain('\n  Trends: no earlier snapshot in RAG History, so every action shows as new (●).\n');
    const second = await cli(['refresh', nov, '-o', join(dir, 'december.xlsx'), ...DECEMBER]);
    expect(second.stdout).toContain('\n  Trends against 3 Nov 2022: 0 actions completed since.\n');
  });

  it('shows ▼ in the Trend column for recommendations 2, 3 and 12 and ► for the rest, against 3 November', async () => {
    const { dec, json } = await refreshTwice(tempDir());
    expect(json.trackers[0]?.previousAsOf).toBe('2022-11-03');
    expect(json.trackers[0]?.completedSinceLastMeeting).toBe(0);
    expect(json.trackers[0]?.actions.filter((a) => a.trend === 'down').map((a) => a.ref)).toEqual(['2', '3', '12']);
    const ws = (await open(dec)).getWorksheet('Action Plan');
    const trendCol = ((ws?.getRow(8).values ?? []) as unknown[]).indexOf('Trend');
    const arrows = new Map<string, unknown>();
    ws?.eachRow((row, n) => {
      const ref = row.getCell(1).value;
      if (n > 8 && ref !== null) arrows.set(String(ref), row.getCell(trendCol).value);
    });
    expect(Object.fromEntries(arrows)).toEqual(Object.fromEntries(Array.from({ length: 15 }, (_, i) => [String(i + 1), ['2', '3', '12'].includes(String(i + 1)) ? '▼' : '►'])));
  });

  it('records one row per recommendation per meeting in the very hidden RAG History sheet', async () => {
    const { dec } = await refreshTwice(tempDir());
    const ws = (await open(dec)).getWorksheet('RAG History');
    expect(ws?.state).toBe('veryHidden');
    const asOf = (ws?.getColumn(2).values ?? []).slice(2);
    expect(asOf.filter((d) => d === '2022-11-03')).toHaveLength(15);
    expect(asOf.filter((d) => d === '2022-12-15')).toHaveLength(15);
    expect(ws?.getRow(2).values).toEqual([undefined, expect.stringMatching(/^\d{4}-\d\d-\d\dT/), '2022-11-03', 'Action Plan', '1', 'green', 'on_track', '2022-12-31']);
  });

  it('builds the RAG Summary sheet after the tracker, saying what was completed since the last meeting', async () => {
    const { dec } = await refreshTwice(tempDir());
    const wb = await open(dec);
    expect(wb.worksheets.filter((w) => w.state === 'visible').map((w) => w.name)).toEqual(['Action Plan', 'RAG Summary']);
    const first = (wb.getWorksheet('RAG Summary')?.getColumn(1).values ?? []).slice(1, 5);
    expect(first).toEqual(['RAG Summary: THT Engagement Lead Group Action Plan - 3 November update – Report to the THT Engagement Leads Group', 'As at 15 Dec 2022 (2022-23 Q3)', 'Next meeting: January ELG meeting, 12 Jan 2023', 'Completed since the last meeting (3 Nov 2022): 0']);
  });

  it('counts recommendation 2 completed since the last meeting, ▲, when the December update marks every step Done', async () => {
    const dir = tempDir();
    const nov = join(dir, 'november.xlsx');
    await cli(['refresh', join(await sampleDir(), SEED004), '-o', nov, ...NOVEMBER]);
    const wb = await open(nov);
    wb.getWorksheet('Action Plan')?.eachRow((row) => {
      if (String(row.getCell(1).value) === '2') row.getCell(6).value = 'Done\nDone (End of Nov)\nDone\nDone';
    });
    const updated = join(dir, 'updated.xlsx');
    await wb.xlsx.writeFile(updated);
    const result = await cli(['refresh', updated, '-o', join(dir, 'december.xlsx'), ...DECEMBER, '--json', '-']);
    const json = JSON.parse(result.stdout);
    expect(json.trackers[0].completedSinceLastMeeting).toBe(1);
    expect(json.trackers[0].actions.find((a: { ref: string }) => a.ref === '2')).toMatchObject({ rating: 'complete', trend: 'up' });
  });

  it('refreshed twice at the same as-of date: history is not duplicated and the second output is identical', async () => {
    const dir = tempDir();
    const { dec } = await refreshTwice(dir);
    const again = join(dir, 'again.xlsx');
    const result = await cli(['refresh', dec, '-o', again, ...DECEMBER, '--json', '-']);
    expect(JSON.parse(result.stdout).trackers[0].previousAsOf).toBe('2022-11-03');
    expect((await open(again)).getWorksheet('RAG History')?.actualRowCount).toBe(31);
    expect(await everything(again)).toEqual(await everything(dec));
  });

  it('leaves the RAG Summary sheet out with --no-summary', async () => {
    const dir = tempDir();
    const out = join(dir, 'out.xlsx');
    expect((await cli(['refresh', join(await sampleDir(), SEED004), '-o', out, ...NOVEMBER, '--no-summary'])).code).toBe(0);
    const wb = await open(out);
    expect(wb.getWorksheet('RAG Summary')).toBeUndefined();
    expect(wb.getWorksheet('RAG History')?.state).toBe('veryHidden');
  });
});
