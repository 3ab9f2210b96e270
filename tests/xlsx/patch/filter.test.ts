import ExcelJS from 'exceljs';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseWorkbook } from '../../../src/core/analyse/workbook';
import { planOutput } from '../../../src/core/output';
import { defaultSettings } from '../../../src/core/settings';
import { gridsFromWorkbook } from '../../../src/xlsx/read';
import { applyPlan } from '../../../src/xlsx/write';
import { readZip, unzipEntry } from '../../../src/xlsx/patch/zip';
import { cli } from '../../helpers/cli';
import { FILTER_COLUMN, filteredTrackerBytes } from '../../helpers/hidden-rows';
import { tempDir } from '../../helpers/samples';
import { zipOf } from './helpers';

/*
 * A sheet AutoFilter (Data > Filter) over the tracker is widened by `rag-tracker refresh` to
 * take in the RAG columns (F:J here), so RAG, Meeting focus and Next due get drop-downs too.
 * Its column criteria and the rows they hide stay as they were, and so does Excel's own name
 * for the filter's range.
 */

/** The refreshed workbook's parts as text, and its bytes. */
async function refreshed(input: Buffer): Promise<Map<string, string> & { bytes?: Buffer }> {
  const dir = tempDir();
  writeFileSync(join(dir, 'in.xlsx'), new Uint8Array(input));
  const result = await cli(['refresh', join(dir, 'in.xlsx'), '-o', join(dir, 'out.xlsx'), '--as-of', '2022-11-30', '--no-summary']);
  expect(result.code).toBe(0);
  const bytes = readFileSync(join(dir, 'out.xlsx'));
  return Object.assign(new Map(readZip(bytes).map((e) => [e.name, unzipEntry(e).toString('utf8')] as const)), { bytes });
}

const filterOf = (sheet: string): string | undefined => /<autoFilter\b[^>]*?(?:\/>|[^/]>[\s\S]*?<\/autoFilter>)/.exec(sheet)?.[0];
const hiddenRows = (sheet: string): number[] => [...sheet.matchAll(/<row r="(\d+)"[^>]*hidden="1"/g)].map((m) => Number(m[1]));

describe('rag-tracker refresh widens a sheet AutoFilter over the tracker', () => {
  it('keeps a filter with criteria filtering the same column and hiding the same rows, and widens its defined name', async () => {
    const parts = await refreshed(filteredTrackerBytes());
    const sheet = parts.get('xl/worksheets/sheet1.xml') ?? '';
    expect(filterOf(sheet)).toBe(`<autoFilter ref="A1:J5">${FILTER_COLUMN}</autoFilter>`);
    expect(hiddenRows(sheet)).toEqual([2, 5]);
    expect(sheet).toContain('<sheetPr filterMode="1"/>');
    expect(parts.get('xl/workbook.xml')).toContain('<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">\'Action plan\'!$A$1:$J$5</definedName>');
  });

  it('widens a filter with no criteria the same way', async () => {
    const parts = await refreshed(filteredTrackerBytes({ criteria: false }));
    const sheet = parts.get('xl/worksheets/sheet1.xml') ?? '';
    expect(filterOf(sheet)).toBe('<autoFilter ref="A1:J5"/>');
    expect(hiddenRows(sheet)).toEqual([]);
    expect(parts.get('xl/workbook.xml')).toContain('\'Action plan\'!$A$1:$J$5</definedName>');
  });

  it('is unchanged by a second refresh, and adds no filter or name to a sheet without one', async () => {
    const once = await refreshed(filteredTrackerBytes());
    const twice = await refreshed(once.bytes ?? Buffer.alloc(0));
    expect(filterOf(twice.get('xl/worksheets/sheet1.xml') ?? '')).toBe(filterOf(once.get('xl/worksheets/sheet1.xml') ?? ''));
    expect(twice.get('xl/workbook.xml')).toBe(once.get('xl/workbook.xml'));
    const plain = filteredTrackerBytes({ criteria: false });
    const parts = readZip(plain).map((e) => [e.name, unzipEntry(e).toString('utf8')] as const);
    const stripped = zipOf(new Map(parts.map(([name, text]) => [name, text.replace('<autoFilter ref="A1:E5"/>', '').replace(/<definedNames>.*<\/definedNames>/, '')])));
    const out = await refreshed(stripped);
    expect(filterOf(out.get('xl/worksheets/sheet1.xml') ?? '')).toBeUndefined();
    expect(out.get('xl/workbook.xml')).not.toContain('_FilterDatabase');
  });
});

describe('the ExcelJS writer (the fallback for packages the patcher does not handle)', () => {
  it('widens the AutoFilter and its defined name the same way', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(filteredTrackerBytes() as unknown as ExcelJS.Buffer);
    const settings = defaultSettings('2022-11-30');
    const [tracker] = analyseWorkbook(gridsFromWorkbook(wb), settings).trackers;
    if (!tracker) throw new Error('no tracker');
    applyPlan(wb, planOutput(tracker, settings));
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(await wb.xlsx.writeBuffer());
    expect(back.getWorksheet('Action plan')?.autoFilter).toBe('A1:J5');
    expect(back.definedNames.getRanges('_xlnm._FilterDatabase').ranges).toEqual(["'Action plan'!$A$1:$J$5"]);
  });
});
