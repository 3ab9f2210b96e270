import ExcelJS from 'exceljs';
import type { Report } from '../../src/core/report';
import { expectValidReport } from '../helpers/report-schema';
import { changed, cliRefresh, hostFor, refreshOn, savedFrom, savedPrints } from './helpers';

/*
 * A workbook in the 1904 date system (Excel for Mac before 2011 made them; File > Options >
 * Advanced > "Use 1904 date system" still does) stores every date 1,462 days lower. The add-in
 * learns the system from DATE(2000, 1, 1) in its first round trip, as the command line learns
 * it from the file, so both read the same days and write Next due on the same day.
 */

const day = (iso: string): Date => new Date(`${iso}T00:00:00.000Z`);

/** Time frames typed as dates (as Excel stores them: serials shown with a date format) in a 1904 workbook. */
function tracker1904(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  (wb.properties as { date1904?: boolean }).date1904 = true;
  const ws = wb.addWorksheet('Action plan');
  ws.getRow(1).values = ['Ref', 'Action', 'Lead', 'Time frame', 'Status'];
  ws.getRow(2).values = [1, 'Publish the quality strategy', 'Director of Nursing', day('2022-10-31'), 'Completed'];
  ws.getRow(3).values = [2, 'Recruit patient partners', 'Engagement Manager', day('2023-01-31'), 'On track'];
  ws.getRow(4).values = [3, 'Audit discharge letters', 'Medical Director', day('2022-11-15'), 'In progress'];
  for (const r of [2, 3, 4]) ws.getCell(`D${r}`).numFmt = 'dd/mm/yyyy';
  return wb;
}

type Action = Report['trackers'][number]['actions'][number];
const facts = (a: Action): [string | null, string, string | null] => [a.ref, a.rating, a.nextDue];

describe('a workbook in the 1904 date system', () => {
  it('is read on the right days by the add-in, as by the command line', async () => {
    const { report } = await cliRefresh(tracker1904());
    const cli = report as unknown as Report;
    const expected: ReturnType<typeof facts>[] = [
      ['1', 'complete', null],
      ['2', 'green', '2023-01-31'],
      ['3', 'red', '2022-11-15'],
    ];
    expect(cli.trackers[0]?.actions.map(facts)).toEqual(expected);
    for (const platform of ['desktop', 'web'] as const) {
      const host = await hostFor(tracker1904(), { platform });
      const outcome = await refreshOn(host);
      expectValidReport(outcome.report);
      expect({ platform, actions: outcome.report.trackers[0]?.actions.map(facts) }).toEqual({ platform, actions: expected });
      expect({ platform, report: outcome.report }).toEqual({ platform, report: cli });
    }
  });

  it('gets Next due written on the same day by both paths, in two round trips on desktop', async () => {
    const { saved } = await cliRefresh(tracker1904());
    const host = await hostFor(tracker1904());
    await refreshOn(host);
    expect(host.stats.syncs).toBe(2);
    const fromAddin = await savedFrom(host);
    expect(changed(savedPrints(saved), savedPrints(fromAddin))).toEqual([]);
    const nextDue = fromAddin.getWorksheet('Action plan')?.getCell('I3').value;
    expect(nextDue).toEqual(day('2023-01-31'));
  });
});
