import ExcelJS from 'exceljs';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli } from '../helpers/cli';
import { expectValidReport } from '../helpers/report-schema';
import { ALL_SAMPLES, SEED004, sampleDir, tempDir } from '../helpers/samples';

const SEED004_DATES = ['--as-of', '2022-11-03', '--next-meeting', '2022-12-15', '--next-meeting-name', 'ELG December 22'];

/** Every cell's value and style on the user's sheets, outside the product's own columns. */
async function userCells(path: string, ownHeaders = ['RAG', 'RAG reason', 'Meeting focus', 'Next due', 'Trend']): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const out: string[] = [];
  wb.eachSheet((ws) => {
    if (ws.name.startsWith('RAG ')) return;
    const own = new Set<number>();
    ws.eachRow((row) => row.eachCell((cell, col) => {
      if (typeof cell.value === 'string' && ownHeaders.includes(cell.value) && ws.getCell(row.number, col).value !== null) own.add(col);
    }));
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        if (!own.has(col)) out.push(JSON.stringify([ws.name, cell.address, cell.value, cell.style]));
      }),
    );
  });
  return out;
}

describe('rag-tracker refresh', () => {
  it('writes <in>.rag.xlsx beside the input, never the input, and a JSON report that matches the schema', async () => {
    const dir = tempDir();
    const input = join(dir, SEED004);
    writeFileSync(input, readFileSync(join(await sampleDir(), SEED004)));
    const before = readFileSync(input);
    const result = await cli(['refresh', input, ...SEED004_DATES, '--json', join(dir, 'report.json')]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(existsSync(join(dir, 'seed004-tht-elg-action-plan.rag.xlsx'))).toBe(true);
    expect(readFileSync(input).equals(before)).toBe(true);
    expect(result.stdout).toMatch(/^Action Plan: 15 actions \(header row 8\) — Complete 0, Green 6, Amber 5, Red 0, Not rated 4; 4 actions with an update due at the next meeting; 0 errors, 7 warnings$/m);
    expectValidReport(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')));
  });

  it.each(ALL_SAMPLES)('keeps every user cell of %s, value and format, and a second refresh changes nothing', async (name) => {
    const dir = tempDir();
    const input = join(await sampleDir(), name);
    const once = join(dir, 'once.xlsx');
    const twice = join(dir, 'twice.xlsx');
    const first = await cli(['refresh', input, '-o', once, ...SEED004_DATES, '--json', '-']);
    expect(first.code).toBe(0);
    expectValidReport(JSON.parse(first.stdout));
    expect(await userCells(once)).toEqual(await userCells(input));
    const second = await cli(['refresh', once, '-o', twice, ...SEED004_DATES, '--json', '-']);
    expect(second.stdout).toBe(first.stdout);
    expect(await userCells(twice, [])).toEqual(await userCells(once, []));
  });

  it('refuses to overwrite its input (exit 2)', async () => {
    const input = join(await sampleDir(), SEED004);
    const result = await cli(['refresh', input, '-o', input]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/never overwrites its input/);
  });

  it('rejects a malformed date with exit 2 and says how to write it', async () => {
    const result = await cli(['refresh', join(await sampleDir(), SEED004), '--as-of', '3/11/2022']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--as-of must be a date written YYYY-MM-DD/);
  });

  it('exits 2 on an unknown flag', async () => {
    expect((await cli(['refresh', 'x.xlsx', '--frobnicate'])).code).toBe(2);
  });

  it('exits 3 for a missing file, a corrupt file and a workbook with no tracker', async () => {
    const dir = tempDir();
    expect((await cli(['refresh', join(dir, 'nope.xlsx')])).code).toBe(3);
    writeFileSync(join(dir, 'corrupt.xlsx'), 'this is not a workbook');
    const corrupt = await cli(['refresh', join(dir, 'corrupt.xlsx')]);
    expect(corrupt.code).toBe(3);
    expect(corrupt.stderr).toMatch(/corrupt\.xlsx/);
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Notes').getCell('A1').value = 'Minutes of the meeting';
    await wb.xlsx.writeFile(join(dir, 'notes.xlsx'));
    const none = await cli(['refresh', join(dir, 'notes.xlsx')]);
    expect(none.code).toBe(3);
    expect(none.stderr).toMatch(/holds no action tracker/);
  });

  it('exits 1 with --strict when the data-quality check finds errors, 0 without', async () => {
    const dir = tempDir();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Plan');
    ws.addRow(['Action', 'Lead', 'Time frame', 'Confidence']);
    ws.addRow(['Publish the plan', 'Ann', 'End of Dec 22', 1.5e2 + 10]);
    await wb.xlsx.writeFile(join(dir, 'plan.xlsx'));
    const args = ['refresh', join(dir, 'plan.xlsx'), '--as-of', '2022-11-03', '--json', '-'];
    expect((await cli(args)).code).toBe(0);
    const strict = await cli([...args, '--strict']);
    expect(strict.code).toBe(1);
    expect(JSON.parse(strict.stdout).trackers[0].issues.map((i: { code: string }) => i.code)).toContain('percent_out_of_range');
  });

  it('reads a confidence shown as a percentage as Excel shows it: 120% is out of range, not 1.2 %', async () => {
    const dir = tempDir();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Plan');
    ws.addRow(['Action', 'Lead', 'Time frame', 'Confidence']);
    ws.addRow(['Publish the plan', 'Ann', 'End of Dec 22', 0.75]);
    ws.addRow(['Agree the budget', 'Raj', 'End of Dec 22', 1.2]);
    ws.getCell('D2').numFmt = '0%';
    ws.getCell('D3').numFmt = '0%';
    await wb.xlsx.writeFile(join(dir, 'plan.xlsx'));
    const run = await cli(['refresh', join(dir, 'plan.xlsx'), '--as-of', '2022-11-03', '--json', '-']);
    expect(run.code).toBe(0);
    const issues = JSON.parse(run.stdout).trackers[0].issues.filter((i: { code: string }) => i.code.startsWith('percent'));
    expect(issues.map((i: { cell: string; code: string }) => [i.code, i.cell])).toEqual([['percent_out_of_range', 'D3']]);
  });

  // The JSON takes stdout, so the summary and the name of the file written go to stderr, not nowhere.
  it('with --json - still says what it wrote, on stderr', async () => {
    const dir = tempDir();
    const out = join(dir, 'out.xlsx');
    const result = await cli(['refresh', join(await sampleDir(), SEED004), '-o', out, ...SEED004_DATES, '--json', '-']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).version).toBe(1);
    expect(result.stderr).toMatch(/^Action Plan: 15 actions/);
    expect(result.stderr).toContain(`Wrote ${out}\n`);
  });

  it('draws a progress bar only when stderr is a terminal', async () => {
    const dir = tempDir();
    const input = join(await sampleDir(), SEED004);
    const piped = await cli(['refresh', input, '-o', join(dir, 'a.xlsx'), '--as-of', '2022-11-03']);
    expect(piped.stderr).toBe('');
    const tty = await cli(['refresh', input, '-o', join(dir, 'b.xlsx'), '--as-of', '2022-11-03'], '', true);
    expect(tty.stderr).toMatch(/\d+% /);
  });
});
