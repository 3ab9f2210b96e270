import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseWorkbook } from '../../src/core/analyse/workbook';
import { defaultSettings } from '../../src/core/settings';
import { summaryModel } from '../../src/core/summary';
import { escapeHtml, summaryHtml } from '../../src/export';
import { gridsFromWorkbook } from '../../src/xlsx';
import { loadWorkbook } from '../../src/xlsx/files';
import { cli } from '../helpers/cli';
import { tempDir } from '../helpers/samples';
import { AS_OF, hostFor, refreshOn } from '../excel/helpers';

/*
 * SPEC 11: workbook content is data, never code. Cells that a spreadsheet would run as a
 * formula (= + - @, tab, carriage return) come out as text wherever the product writes them
 * (its sheets, in both paths, and the CSV export); HTML in cells stays literal text.
 */

const HOSTILE = ['=HYPERLINK("http://evil.example","click")', '+44 20 7946 0000 call', '-2+3 cmd', '@SUM(A1:A9)', '\tTabbed lead', '\rCarriage lead'];
const HTML = ['<script>alert(1)</script> Draft public comms', '<img src=x onerror=alert(1)> Review and design recruitment process'];

async function hostileWorkbook(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Action Plan');
  ws.addRow(['#', 'Recommendation', 'Lead', 'Next steps', 'Time frame', 'Is the action on track/update']);
  const texts = [...HOSTILE, ...HTML];
  texts.forEach((text, i) => ws.addRow([i + 1, text, text, `${text}\nReport to THT Board`, 'End of Oct 2022', 'Delayed']));
  const dir = tempDir();
  const path = join(dir, 'hostile.xlsx');
  writeFileSync(path, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  return path;
}

const RISKY = /^[=+\-@\t\r]/;

/** Cells of an ExcelJS workbook that hold a formula, or a string that begins like one, by sheet!address. */
function formulaCells(wb: ExcelJS.Workbook): string[] {
  const out: string[] = [];
  for (const ws of wb.worksheets) {
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula) out.push(`${ws.name}!${cell.address}`);
      }),
    );
  }
  return out;
}

describe('formula and HTML injection', () => {
  let input: string;
  beforeAll(async () => {
    input = await hostileWorkbook();
  });

  it('the command line writes hostile cell text as text, never as a formula, in every sheet it writes', async () => {
    const out = join(tempDir(), 'out.xlsx');
    const result = await cli(['refresh', input, '-o', out, '--as-of', AS_OF]);
    expect(result.code).toBe(0);
    const wb = await loadWorkbook(out);
    expect(formulaCells(wb)).toEqual([]);
    // The summary quotes the actions: each hostile text is there, as a string.
    const summary = wb.getWorksheet('RAG Summary');
    const strings: string[] = [];
    summary?.eachRow((row) => row.eachCell((cell) => void (typeof cell.value === 'string' && strings.push(cell.value))));
    expect(strings.some((s) => s.includes('HYPERLINK'))).toBe(true);
  });

  it('the add-in writes no formula into any cell', async () => {
    const host = await hostFor(await loadWorkbook(input));
    await refreshOn(host);
    const formulas = host.workbook.sheets.flatMap((s) => s.rows.flatMap((line, r) => line.flatMap((cell, c) => (cell?.formula !== undefined ? [`${s.name}!${r},${c}`] : []))));
    expect(formulas).toEqual([]);
    const risky = host.workbook.sheets
      .filter((s) => s.name.startsWith('RAG '))
      .flatMap((s) => s.rows.flatMap((line) => line.filter((cell) => cell?.type === 'String' && RISKY.test(String(cell.value)) && cell.numberFormat !== '@')));
    // A risky string the product writes is entered as text (the Text format), so Excel never parses it.
    expect(risky).toEqual([]);
  });

  it('the CSV export defuses every field that would run as a formula, and keeps HTML literal', async () => {
    const result = await cli(['summary', input, '--csv', '-', '--as-of', AS_OF]);
    expect(result.code).toBe(0);
    const fields = result.stdout.replace(/^\uFEFF/, '').split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)|\r\n/).map((f) => f.replace(/^"|"$/g, '').replace(/""/g, '"'));
    expect(fields.filter((f) => RISKY.test(f))).toEqual([]);
    expect(result.stdout).toContain("'=HYPERLINK");
    expect(result.stdout).toContain('<script>alert(1)</script>');
    // The reader tidies pasted HTML (seed 004's <p> and <b>), so a known tag such as <img> is
    // dropped with its attributes, and the text around it kept; <script> is not a tag it knows.
    expect(result.stdout).toContain('Review and design recruitment process');
  });

  it('the clipboard HTML the task pane copies escapes HTML and keeps every cell as text', async () => {
    const wb = await loadWorkbook(input);
    const settings = defaultSettings(AS_OF);
    const model = summaryModel(analyseWorkbook(gridsFromWorkbook(wb), settings).trackers, settings);
    const html = summaryHtml(model);
    expect(html).toContain('alert(1)');
    expect(html).not.toMatch(/<script>|<img /);
    expect(html).toContain(escapeHtml(HOSTILE[0] ?? ''));
    expect(html.match(/<td /g)?.length).toBe(html.match(/<td style="[^"]*mso-number-format:'\\@'">/g)?.length);
  });

  it('the Markdown export escapes HTML, so an email or wiki shows it as text', async () => {
    const result = await cli(['summary', input, '--md', '-', '--as-of', AS_OF]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('alert(1)');
    expect(result.stdout).not.toMatch(/<script>|<img /);
  });
});
