import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { analyseWorkbook } from '../../../src/core/analyse/workbook';
import { applyTrends, historyRows } from '../../../src/core/history';
import { defaultSettings, type Settings } from '../../../src/core/settings';
import type { Tracker } from '../../../src/core/types';
import { gridsFromWorkbook } from '../../../src/xlsx';
import { SEED004, sampleDir } from '../../helpers/samples';

/*
 * Seed 004, the THT Engagement Lead Group action plan, refreshed for its "3 November update"
 * and again for "ELG December 22" on 15 December. The document's statuses do not change
 * between the two, so what moves is what the dates do:
 *  - 2 "Recruitment of the successor": "Complete by mid Dec" has no status; on 3 Nov it is 42
 *    days away (Green), on 15 Dec it is due that day with no sign of a start (Amber): ▼.
 *  - 3 "THT Programme Team to work closely…": "End of Nov", "Update: Currently running existing
 *    process": Green on 3 Nov, 15 days overdue on 15 Dec (Red): ▼.
 *  - 12 "Co-production Task and Finish Group": "2 Dec" with "Deadlines adjusted": Amber on
 *    3 Nov (re-dated), 13 days overdue on 15 Dec (Red): ▼.
 *  - Everything else keeps its rating (►), and no recommendation became Complete.
 */

const NOVEMBER: Settings = { ...defaultSettings('2022-11-03'), nextMeeting: { date: '2022-12-15', name: 'ELG December 22' } };
const DECEMBER: Settings = { ...defaultSettings('2022-12-15'), nextMeeting: { date: '2023-01-12', name: 'January ELG meeting' } };

async function workbook(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(await sampleDir(), SEED004));
  return wb;
}

function plan(wb: ExcelJS.Workbook, settings: Settings): Tracker {
  const tracker = analyseWorkbook(gridsFromWorkbook(wb), settings).trackers[0];
  if (!tracker) throw new Error('seed 004 has no tracker');
  return tracker;
}

describe('seed 004 refreshed at the 3 November update, then for ELG December 22', () => {
  it('shows ▼ for recommendations 2, 3 and 12, whose dates passed, and ► for the rest', async () => {
    const wb = await workbook();
    const history = historyRows([plan(wb, NOVEMBER)], NOVEMBER.asOf, '2022-11-03T09:00:00.000Z');
    const { trackers, trends } = applyTrends([plan(wb, DECEMBER)], history, DECEMBER.asOf);
    const down = ['2', '3', '12'];
    expect(trackers[0]?.actions.map((a) => [a.ref, a.trend])).toEqual(Array.from({ length: 15 }, (_, i) => [String(i + 1), down.includes(String(i + 1)) ? 'down' : 'same']));
    expect(trends[0]).toEqual({ sheet: 'Action Plan', previousAsOf: '2022-11-03', completedSinceLastMeeting: 0 });
  });

  it('shows the plan as a whole ▼: 6 of 11 rated recommendations Green in November, 4 of 11 in December', async () => {
    const wb = await workbook();
    const november = plan(wb, NOVEMBER);
    const december = applyTrends([plan(wb, DECEMBER)], historyRows([november], NOVEMBER.asOf, 't1'), DECEMBER.asOf).trackers[0];
    expect(november.groups.at(-1)).toMatchObject({ counts: { complete: 0, green: 6, amber: 5, red: 0, not_rated: 4 } });
    expect(december?.groups.at(-1)).toMatchObject({ counts: { complete: 0, green: 4, amber: 5, red: 2, not_rated: 4 }, trend: 'down' });
  });

  it('counts recommendation 2 as completed since the last meeting, ▲, once the December update says every step is Done', async () => {
    const wb = await workbook();
    const history = historyRows([plan(wb, NOVEMBER)], NOVEMBER.asOf, 't1');
    const sheet = wb.getWorksheet('Action Plan');
    sheet?.eachRow((row) => {
      if (row.getCell(1).value === '2' || row.getCell(1).value === 2) row.getCell(6).value = 'Done\nDone (End of Nov)\nDone\nDone';
    });
    const { trackers, trends } = applyTrends([plan(wb, DECEMBER)], history, DECEMBER.asOf);
    expect(trackers[0]?.actions.find((a) => a.ref === '2')).toMatchObject({ rating: 'complete', trend: 'up' });
    expect(trends[0]?.completedSinceLastMeeting).toBe(1);
  });
});
