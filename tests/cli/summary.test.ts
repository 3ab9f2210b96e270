import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { cli } from '../helpers/cli';
import { SEED003, SEED004, sampleDir, tempDir } from '../helpers/samples';
import { readDocx } from '../export/docx-reader';

const SEED003_DATES = ['--as-of', '2023-09-30', '--next-meeting', '2024-03-28', '--next-meeting-name', 'Board March 2024'];

describe('rag-tracker summary: the board paper from a workbook (SPEC 6, 8)', () => {
  it("writes seed 003's Table One to .docx, CSV and Markdown, with the paper's own percentages", async () => {
    const dir = tempDir();
    const input = join(await sampleDir(), SEED003);
    const docx = join(dir, 'board.docx');
    const csv = join(dir, 'table-one.csv');
    const md = join(dir, 'summary.md');
    const before = readFileSync(input);
    const result = await cli(['summary', input, '--sheet', 'Table One', ...SEED003_DATES, '--docx', docx, '--csv', csv, '--md', md]);
    expect(result).toEqual({ code: 0, stdout: `Wrote ${md}\nWrote ${csv}\nWrote ${docx}\n`, stderr: '' });
    expect(readFileSync(input).equals(before)).toBe(true);

    const { tables, paragraphs } = await readDocx(readFileSync(docx));
    expect(paragraphs.slice(0, 2)).toEqual(['RAG Summary: Table One – High-level Action Progress Summary', 'As at 30 Sep 2023 (2023-24 Q2)']);
    const tableOne = tables[1]?.rows.map((r) => r.map((c) => c.text)) ?? [];
    const ambitions = tableOne.filter((r) => /^\d+\. /.test(r[1] ?? ''));
    // Changed on purpose: a Table One of given figures is shown as given, without the count columns (rv6-d finding 3).
    expect(tableOne[0]).toEqual(['Strategic objectives', 'It is our ambition that by 2026:', 'Progress %', 'Confidence %', 'Overall', 'Trend', 'Supporting strategy']);
    expect(ambitions.map((r) => [r[1]?.split('.')[0], r[2], r[3]])).toEqual([
      ['1', '100%', '100%'], ['2', '100%', '75%'], ['3', '100%', '100%'],
      ['4', '100%', '100%'], ['5', '100%', '80%'], ['6', '90%', '100%'],
      ['7', '100%', '90%'], ['8', '80%', '100%'], ['9', '100%', '100%'],
      ['10', '100%', '80%'], ['11', '100%', '100%'], ['12', '100%', '100%'],
    ]);
    expect(tableOne.at(-1)?.slice(0, 5)).toEqual(['Total', '', '98%', '94%', 'Amber']);

    // CSV keeps every column, the counts blank beside given figures; Markdown shows the paper's columns.
    expect(readFileSync(csv, 'utf8')).toContain('Be collaborative,6. We are leading care collaboratives in each of the systems we work within,,,,,,,90%,100%,Green,● New,"Trust Strategic Framework, People, Quality, Communications"\r\n');
    expect(readFileSync(md, 'utf8')).toContain('|   | 8. Our people embrace diversity and promote an inclusive culture that challenges all forms of discrimination | 80% | 100% | Green | ● New |');
  });

  it('prints Markdown on stdout when no export is named', async () => {
    const result = await cli(['summary', join(await sampleDir(), SEED004), '--as-of', '2022-11-03']);
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith('# RAG Summary: THT Engagement Lead Group Action Plan - 3 November update – Report to the THT Engagement Leads Group\n\nAs at 3 Nov 2022 (2022-23 Q3)')).toBe(true);
  });

  it("shows trends from a refreshed workbook's history: seed 004 at ELG December 22 against 3 November", async () => {
    const dir = tempDir();
    const nov = join(dir, 'november.xlsx');
    await cli(['refresh', join(await sampleDir(), SEED004), '-o', nov, '--as-of', '2022-11-03']);
    const result = await cli(['summary', nov, '--as-of', '2022-12-15', '--md', '-']);
    expect(result.stdout).toContain('Completed since the last meeting (3 Nov 2022): 0');
    expect(result.stdout).toMatch(/\| \*\*Total\*\* \|[^\n]*\| \*\*Red\*\* \| \*\*▼ Worse\*\* \|/);
    expect(result.stdout).toMatch(/\| 3 \| THT Programme Team[^\n]*\| 30 Nov 2022 \| Red \|/);
  });

  it('takes the title from --title, else from the workbook’s own title', async () => {
    const dir = tempDir();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(await sampleDir(), SEED004));
    wb.title = 'THT Engagement Lead Group Action Plan';
    const titled = join(dir, 'titled.xlsx');
    await wb.xlsx.writeFile(titled);
    expect((await cli(['summary', titled, '--as-of', '2022-11-03'])).stdout.split('\n')[0]).toBe('# RAG Summary: THT Engagement Lead Group Action Plan');
    expect((await cli(['summary', titled, '--as-of', '2022-11-03', '--title', 'ELG action plan'])).stdout.split('\n')[0]).toBe('# RAG Summary: ELG action plan');
  });

  it('exits 2 on bad arguments: a malformed date, a .docx to stdout, two outputs on stdout, an export over its input', async () => {
    const input = join(await sampleDir(), SEED004);
    expect((await cli(['summary', input, '--as-of', '15/12/2022'])).code).toBe(2);
    expect((await cli(['summary', input, '--docx', '-'])).code).toBe(2);
    expect((await cli(['summary', input, '--md', '-', '--csv', '-'])).code).toBe(2);
    const over = await cli(['summary', input, '--csv', input]);
    expect(over.code).toBe(2);
    expect(over.stderr).toMatch(/never overwrite their input/);
    expect((await cli(['summary', input, '--frobnicate'])).code).toBe(2);
  });

  it('exits 3 when the workbook cannot be read or holds no tracker, and writes nothing', async () => {
    const dir = tempDir();
    const md = join(dir, 'out.md');
    expect((await cli(['summary', join(dir, 'missing.xlsx'), '--md', md])).code).toBe(3);
    writeFileSync(join(dir, 'notes.xlsx'), 'not a workbook');
    const corrupt = await cli(['summary', join(dir, 'notes.xlsx'), '--md', md]);
    expect(corrupt.code).toBe(3);
    expect(corrupt.stderr).toMatch(/notes\.xlsx/);
    expect(existsSync(md)).toBe(false);
  });
});
