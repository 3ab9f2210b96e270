import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli } from '../helpers/cli';
import { tempDir } from '../helpers/samples';
import { changed, savedPrints } from '../excel/helpers';
import { severalTables } from '../excel/fixtures';

/*
 * `rag-tracker refresh` on a sheet of several titled tables, each repeating the header: every
 * table's header row gets the product's column headers, bold as the first's, so a table printed
 * on its own still says what its coloured columns are. The closed actions' header under an
 * archive heading is no header of the tracker and stays as the user left it.
 */

const WORDS = ['RAG', 'RAG reason', 'Meeting focus', 'Next due', 'Trend'];
/** Column F, 1-based: the product's columns go right of the five the user filled. */
const FIRST = 6;

async function refreshed(input: string, output: string): Promise<ExcelJS.Workbook> {
  const result = await cli(['refresh', input, '-o', output, '--as-of', '2022-11-30', '--json', '-']);
  if (result.code !== 0) throw new Error(result.stderr);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(output);
  return wb;
}

describe('rag-tracker refresh on a sheet of several tables', () => {
  let dir = '';
  let once: ExcelJS.Workbook;
  beforeAll(async () => {
    dir = tempDir();
    const input = join(dir, 'in.xlsx');
    writeFileSync(input, new Uint8Array((await severalTables().xlsx.writeBuffer()) as ArrayBuffer));
    once = await refreshed(input, join(dir, 'once.xlsx'));
  }, 30_000);

  // findCell, not getCell, which would add the cell it is asked for to the workbook compared below.
  const cell = (wb: ExcelJS.Workbook, row: number, c: number): ExcelJS.Cell | undefined => wb.getWorksheet('Programme actions')?.findCell(row, FIRST + c);
  const cells = (wb: ExcelJS.Workbook, row: number): unknown[] => WORDS.map((_, c) => cell(wb, row, c)?.value ?? null);
  const bold = (wb: ExcelJS.Workbook, row: number): boolean[] => WORDS.map((_, c) => cell(wb, row, c)?.font?.bold === true);

  it('writes the column headers in bold on both tables\' header rows', () => {
    for (const row of [2, 7]) {
      expect(cells(once, row)).toEqual(WORDS);
      expect(bold(once, row)).toEqual([true, true, true, true, true]);
    }
  });

  it('rates the actions under both headers and writes nothing on the titles or the archive', () => {
    expect(cells(once, 8)[0]).toBe('Green');
    for (const row of [1, 6, 11, 12, 13]) expect(cells(once, row)).toEqual([null, null, null, null, null]);
  });

  it('changes nothing when refreshed again', async () => {
    const twice = await refreshed(join(dir, 'once.xlsx'), join(dir, 'twice.xlsx'));
    expect(changed(savedPrints(once), savedPrints(twice)).filter((k) => !k.startsWith('RAG History'))).toEqual([]);
  });
});
