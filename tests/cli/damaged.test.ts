import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli } from '../helpers/cli';
import { expectValidReport } from '../helpers/report-schema';
import { SEED004, sampleDir, tempDir } from '../helpers/samples';

const NOVEMBER = ['--as-of', '2022-11-03'];
const DECEMBER = ['--as-of', '2022-12-15'];

async function historyCells(path: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const rows: unknown[][] = [];
  wb.getWorksheet('RAG History')?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe('refresh over a RAG History someone edited by hand', () => {
  it('repairs a date retyped the UK way, keeps a row it cannot read, and says which cell to fix', async () => {
    const dir = tempDir();
    const nov = join(dir, 'november.xlsx');
    expect((await cli(['refresh', join(await sampleDir(), SEED004), '-o', nov, ...NOVEMBER])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(nov);
    const ws = wb.getWorksheet('RAG History');
    if (!ws) throw new Error('no history');
    ws.getCell('B2').value = '03/11/2022';
    ws.getCell('B3').value = 'last week';
    const edited = join(dir, 'edited.xlsx');
    await wb.xlsx.writeFile(edited);
    const dec = join(dir, 'december.xlsx');
    const result = await cli(['refresh', edited, '-o', dec, ...DECEMBER, '--json', '-']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`rag-tracker: warning: 'RAG History'!B3: RAG History row 3 was left out of the trends: As of "last week" is not a date.`);
    const report = JSON.parse(result.stdout) as { issues: { cell: string; code: string }[] };
    expectValidReport(report);
    expect(report.issues.filter((i) => i.code === 'history_row_unreadable').map((i) => i.cell)).toEqual(['B3']);
    const rows = await historyCells(dec);
    expect(rows[1]?.[1]).toBe('2022-11-03');
    expect(rows[2]?.[1]).toBe('last week');
    expect(rows.length).toBe(1 + 15 + 15);
  });
});

describe('rollup over a folder with several bad workbooks', () => {
  it('names every workbook it cannot read in one message, exit 3, and writes nothing', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a-broken.xlsx'), 'not a workbook');
    writeFileSync(join(dir, 'b-password.xlsx'), Buffer.concat([Buffer.from('D0CF11E0A1B11AE1', 'hex'), Buffer.alloc(504)]));
    const result = await cli(['rollup', join(await sampleDir(), SEED004), join(dir, 'a-broken.xlsx'), join(dir, 'b-password.xlsx'), '--json', '-']);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/2 of 3 workbooks could not be rolled up/);
    expect(result.stderr).toMatch(/a-broken\.xlsx is not a readable/);
    expect(result.stderr).toMatch(/b-password\.xlsx is password-protected/);
    expect(result.stdout).toBe('');
  });

  it('counts a workbook named twice (itself and its folder) once, and says so', async () => {
    const dir = await sampleDir();
    const result = await cli(['rollup', join(dir, SEED004), join(dir, SEED004), ...DECEMBER, '--json', '-']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { files: string[]; total: { actions: number } };
    // Changed on purpose: `workbooks` now holds the trackers' titles (rv6-d finding 5); `files` the file names.
    expect(report.files).toEqual([SEED004]);
    expect(report.total.actions).toBe(15);
    expect(result.stderr).toContain('was named more than once; it is counted once');
  });
});

describe('the command line with no command, or asking for help', () => {
  it('exits 2 with no command (usage on stderr), and 0 when help is asked for', async () => {
    const none = await cli([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Usage: rag-tracker');
    expect((await cli(['help'])).code).toBe(0);
    expect((await cli(['help', 'rollup'])).code).toBe(0);
  });

  it('lists the exit codes in --help, and points to --help after a mistake', async () => {
    const help = await cli(['--help']);
    expect(help.stdout).toMatch(/Exit codes: 0 done; 1 .*2 bad arguments;\s+3 a file cannot be read/);
    expect((await cli(['refresh', 'x.xlsx', '--bogus'])).stderr).toContain('rag-tracker <command> --help');
    expect((await cli(['rollup', '--help'])).stdout.replace(/\s+/g, ' ')).toContain('(default: "Roll-up of <n> workbooks")');
  });
});
