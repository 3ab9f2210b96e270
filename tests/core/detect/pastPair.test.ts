import { analyseWorkbook } from '../../../src/core/analyse/workbook';
import { findHeader } from '../../../src/core/detect/tracker';
import { defaultSettings } from '../../../src/core/settings';
import type { CellValue, SheetGrid } from '../../../src/core/types';

/*
 * A tracker often keeps last period's RAG and update side by side ("RAG (Sept 26) | Update (Sept
 * 26)", often hidden) left of the current, undated "Progress update" and "RAG". The dated pair is
 * history: the undated update is the status, the undated RAG the lead's, and the old pair stands in
 * only where the current update is blank. A run of different periods is no such pair.
 */

const grid = (rows: CellValue[][]): SheetGrid => ({ name: 'Tracker', rows, merges: [], tables: [], hidden: false, protected: false });
const reading = (header: string[]) => findHeader(grid([header]), undefined)?.reading;
const rated = (rows: CellValue[][]) => {
  const tracker = analyseWorkbook([grid(rows)], defaultSettings('2026-12-07')).trackers[0];
  return { actions: (tracker?.actions ?? []).map((a) => [a.ref, a.rating]), issues: (tracker?.issues ?? []).map((i) => i.code) };
};

describe("an earlier period's RAG and update beside the current ones", () => {
  it.each([
    [['Ref', 'Action', 'Lead', 'Due', 'RAG (Sept 26)', 'Update (Sept 26)', 'Progress update', 'RAG']],
    [['Ref', 'Action', 'Lead', 'Due', 'RAG Sept', 'Update Sept', 'Update', 'RAG']],
    [['Ref', 'Action', 'Lead', 'Due', 'Q2 RAG', 'Q2 update', 'Latest position', 'RAG']],
  ])('reads the undated update as the status and the dated pair as history: %j', (header) => {
    const read = reading(header);
    expect([read?.columns.status, read?.extraStatus, read?.updates]).toEqual([6, [7], [4, 5, 6]]);
  });

  it('rates on the current update and RAG, the old pair only where the current update is blank', () => {
    const header = ['Ref', 'Action', 'Lead', 'Due', 'RAG (Sept 26)', 'Update (Sept 26)', 'Progress update', 'RAG'];
    expect(rated([
      header,
      ['M1', 'Maternity continuity of carer plan', 'DoM', 'Mar 27', 'Green', 'On track', 'Not on track – midwife vacancies 12%', 'Red'],
      ['M2', 'Perinatal mental health access', 'Perinatal Lead', 'Mar 27', 'Red', 'Stalled', 'Recovered – on track', 'Green'],
      ['M3', 'Saving Babies Lives v3 compliance', 'HoM', 'Mar 27', 'Amber', 'Stalled', null, null],
    ])).toEqual({ actions: [['M1', 'red'], ['M2', 'green'], ['M3', 'red']], issues: [] });
  });

  it('leaves a run of different periods as dated updates, the latest filled one the status', () => {
    const read = reading(['Ref', 'Action', 'Lead', 'Due', 'Q1 update', 'Q2 update', 'Comments']);
    expect(read?.updates).toEqual([4, 5]);
  });
});
