import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Report } from '../../src/core/report';
import { loadWorkbook } from '../../src/xlsx/files';
import { cli } from '../helpers/cli';
import { HIDDEN_ROWS_MESSAGE, filteredTrackerBytes, hiddenRowsTracker } from '../helpers/hidden-rows';
import { expectValidReport } from '../helpers/report-schema';
import { tempDir } from '../helpers/samples';
import { AS_OF, changed, cliRefresh, hostFor, refreshOn, savedFrom, savedPrints } from './helpers';

/*
 * SPEC 9, a filtered or hidden range: both paths write every row by its position, hidden or
 * not, and both say so in the same words at the same cell. The add-in learns of hidden rows
 * from Range.rowHidden on the used range it already reads, so it still reads in one round trip.
 */

type Issue = Report['trackers'][number]['issues'][number];
const hiddenRows = (report: Report): Issue[] => report.trackers.flatMap((t) => t.issues).filter((i) => i.code === 'hidden_rows');
const EXPECTED = [{ sheet: 'Action plan', cell: 'A3', severity: 'warning', code: 'hidden_rows', message: HIDDEN_ROWS_MESSAGE }];

describe('rows hidden by hand', () => {
  it('are rated and written in their own rows by the add-in, which warns at the header in two round trips and leaves them hidden', async () => {
    const host = await hostFor(hiddenRowsTracker());
    const outcome = await refreshOn(host);
    expect(host.stats.syncs).toBe(2);
    expectValidReport(outcome.report);
    expect(hiddenRows(outcome.report)).toEqual(EXPECTED);
    const [tracker] = outcome.report.trackers;
    expect(tracker?.actions.map((a) => [a.row, a.rating])).toEqual([
      [4, 'complete'],
      [5, 'green'],
      [6, 'red'],
      [7, 'amber'],
    ]);
    const ws = (await savedFrom(host)).getWorksheet('Action plan');
    expect([3, 4, 5, 6, 7].map((r) => [ws?.getCell(`F${r}`).value, ws?.getRow(r).hidden])).toEqual([
      ['RAG', false],
      ['Complete', false],
      ['Green', true],
      ['Red', false],
      ['Amber', true],
    ]);
  });

  it('give the same report and the same saved cells on both paths, desktop and web', async () => {
    const wb = hiddenRowsTracker();
    const { report, saved } = await cliRefresh(wb);
    expect(hiddenRows(report as unknown as Report)).toEqual(EXPECTED);
    for (const platform of ['desktop', 'web'] as const) {
      const host = await hostFor(wb, { platform });
      const outcome = await refreshOn(host);
      expect({ platform, report: outcome.report }).toEqual({ platform, report });
      expect({ platform, differences: changed(savedPrints(saved), savedPrints(await savedFrom(host))) }).toEqual({ platform, differences: [] });
    }
  });

  it('say nothing once no row is hidden', async () => {
    const wb = hiddenRowsTracker();
    for (const r of [5, 7]) wb.getWorksheet('Action plan')!.getRow(r).hidden = false;
    const { report } = await cliRefresh(wb);
    expect(hiddenRows(report as unknown as Report)).toEqual([]);
    expect(hiddenRows((await refreshOn(await hostFor(wb))).report)).toEqual([]);
  });
});

describe('rows a filter leaves out, in a workbook as Excel saves it', () => {
  it('give the same warning on both paths: the command line on the file, the add-in on the workbook it opens', async () => {
    const dir = tempDir();
    const input = join(dir, 'filtered.xlsx');
    writeFileSync(input, new Uint8Array(filteredTrackerBytes()));
    const result = await cli(['refresh', input, '-o', join(dir, 'out.xlsx'), '--as-of', AS_OF, '--json', '-']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    expect(hiddenRows(report)).toEqual([{ ...EXPECTED[0], cell: 'A1' }]);
    const opened = new ExcelJS.Workbook();
    await opened.xlsx.load(filteredTrackerBytes() as unknown as ExcelJS.Buffer);
    for (const platform of ['desktop', 'web'] as const) {
      const outcome = await refreshOn(await hostFor(opened, { platform }));
      expect({ platform, report: outcome.report }).toEqual({ platform, report });
    }
    // Every action was rated, the filtered-out ones too, and their rows are still hidden.
    expect(report.trackers[0]?.actions.map((a) => a.row)).toEqual([2, 3, 4, 5]);
    const out = await loadWorkbook(join(dir, 'out.xlsx'));
    expect([2, 3, 4, 5].map((r) => out.getWorksheet('Action plan')?.getRow(r).hidden)).toEqual([true, false, false, true]);
  });
});
