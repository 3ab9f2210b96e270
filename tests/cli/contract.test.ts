import ExcelJS from 'exceljs';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli } from '../helpers/cli';
import { tempDir } from '../helpers/samples';

/*
 * SPEC 8 from outside: a file the command line writes never replaces a workbook it was given
 * or another of its own outputs, a file it cannot write is a sentence and exit 3 (not an
 * "unexpected failure"), and the phrase commands echo each line as it was typed.
 */

/** A one-sheet tracker in a fresh folder; returns its path. */
async function plan(): Promise<string> {
  const dir = tempDir();
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Plan');
  ws.addRow(['Ref', 'Action', 'Lead', 'Time frame', 'Status']);
  ws.addRow(['1', 'Publish the plan', 'Ann', 'End of Dec 22', 'On track']);
  ws.addRow(['2', 'Agree the budget', 'Raj', 'Nov 22', 'Delayed']);
  const path = join(dir, 'plan.xlsx');
  await wb.xlsx.writeFile(path);
  return path;
}

const AS_OF = ['--as-of', '2022-12-01'];

describe('rag-tracker never writes over a workbook it was given', () => {
  it('validate --json naming the input: exit 2, and the workbook is untouched', async () => {
    const input = await plan();
    const before = readFileSync(input);
    const result = await cli(['validate', input, ...AS_OF, '--json', input]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--json .*plan\.xlsx.* input/);
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  it('refresh --json naming the input: exit 2, the input untouched, no refreshed copy written', async () => {
    const input = await plan();
    const before = readFileSync(input);
    const result = await cli(['refresh', input, ...AS_OF, '--json', input]);
    expect(result.code).toBe(2);
    expect(readFileSync(input).equals(before)).toBe(true);
    expect(existsSync(input.replace(/\.xlsx$/, '.rag.xlsx'))).toBe(false);
  });

  it('refresh --json naming the refreshed workbook (-o, or the default <in>.rag.xlsx): exit 2 before writing either', async () => {
    const input = await plan();
    const out = join(tempDir(), 'out.xlsx');
    const named = await cli(['refresh', input, ...AS_OF, '-o', out, '--json', out]);
    expect(named.code).toBe(2);
    expect(named.stderr).toMatch(/-o and --json/);
    expect(existsSync(out)).toBe(false);
    const byDefault = input.replace(/\.xlsx$/, '.rag.xlsx');
    const implicit = await cli(['refresh', input, ...AS_OF, '--json', byDefault]);
    expect(implicit.code).toBe(2);
    expect(existsSync(byDefault)).toBe(false);
  });

  it('rollup --json naming one of the workbooks rolled up: exit 2, untouched', async () => {
    const input = await plan();
    const before = readFileSync(input);
    const result = await cli(['rollup', input, ...AS_OF, '--json', input]);
    expect(result.code).toBe(2);
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  it('summary with two exports naming one file: exit 2, so neither silently replaces the other', async () => {
    const input = await plan();
    const both = join(tempDir(), 'board.txt');
    const result = await cli(['summary', input, ...AS_OF, '--csv', both, '--md', both]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--csv and --md/);
    expect(existsSync(both)).toBe(false);
  });
});

describe('rag-tracker names a file it cannot write', () => {
  it('refresh -o into a folder that does not exist: exit 3 with the path, not an unexpected failure', async () => {
    const input = await plan();
    const out = join(tempDir(), 'no-such-folder', 'out.xlsx');
    const result = await cli(['refresh', input, ...AS_OF, '-o', out]);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/Cannot save .*out\.xlsx/);
    expect(result.stderr).not.toMatch(/unexpected failure/);
  });

  it('--json into a folder that does not exist: exit 3 with the path', async () => {
    const input = await plan();
    const report = join(tempDir(), 'no-such-folder', 'report.json');
    const result = await cli(['validate', input, ...AS_OF, '--json', report]);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/Cannot write .*report\.json/);
    expect(result.stderr).not.toMatch(/unexpected failure/);
  });
});

describe('rag-tracker timeframe and status echo the phrase as typed', () => {
  // Windows editors and PowerShell pipes start a UTF-8 file with a byte-order mark.
  it('leaves a byte-order mark at the start of stdin out of the first "text"', async () => {
    const status = await cli(['status'], '\uFEFFDone\r\non track\r\n');
    expect(status.stdout.trim().split('\n').map((l) => JSON.parse(l))).toEqual([
      { text: 'Done', status: 'complete' },
      { text: 'on track', status: 'on_track' },
    ]);
    const timeframe = await cli(['timeframe', ...AS_OF], '\uFEFFTBC\n');
    expect(JSON.parse(timeframe.stdout)).toEqual({ text: 'TBC', kind: 'tbc', start: null, end: null });
  });
});
