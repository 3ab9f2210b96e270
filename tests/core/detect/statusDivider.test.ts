import { analyseWorkbook } from '../../../src/core/analyse/workbook';
import { namesStatusOnly } from '../../../src/core/detect/archive';
import { defaultSettings } from '../../../src/core/settings';
import type { CellValue, SheetGrid } from '../../../src/core/types';

/*
 * A committee's action log divides its rows under "OPEN ACTIONS" and "CLOSED ACTIONS (retained
 * for 12 months)". Those headings name a status, not a theme: Table One would otherwise show a
 * "CLOSED ACTIONS – 100% – Complete" objective. The rows under them are in no group; a heading
 * naming a theme still heads one.
 */

const grid = (rows: CellValue[][]): SheetGrid => ({ name: 'Action Log', rows, merges: [], tables: [], hidden: false, protected: false });
const HEADER = ['Action No.', 'Meeting', 'Action', 'Owner', 'Due', 'Status', 'Comments'];
const row = (ref: string, status: string): CellValue[] => [ref, 'MSC Jan 26', 'Audit methotrexate prescriptions', 'Medicines Safety Officer', '31/12/2026', status, null];

describe('a heading that only names the status of the rows under it', () => {
  it('is a divider: the actions under it are in no group, and Table One has no line for it', () => {
    const tracker = analyseWorkbook([grid([
      HEADER,
      ['OPEN ACTIONS'],
      row('MSC/26/002', 'Open'),
      ['CLOSED ACTIONS (retained for 12 months)'],
      row('MSC/26/001', 'Closed'),
    ])], defaultSettings('2026-09-21')).trackers[0];
    expect(tracker?.actions.map((a) => [a.ref, a.objective])).toEqual([['MSC/26/002', null], ['MSC/26/001', null]]);
    expect(tracker?.groups.map((g) => g.objective)).not.toContain('CLOSED ACTIONS (retained for 12 months)');
  });

  it('ends the group above it, while a theme heading still heads its rows', () => {
    const tracker = analyseWorkbook([grid([HEADER, ['Insulin safety'], row('1', 'Open'), ['Closed actions'], row('2', 'Closed')])], defaultSettings('2026-09-21')).trackers[0];
    expect(tracker?.actions.map((a) => a.objective)).toEqual(['Insulin safety', null]);
  });

  it.each([
    ['OPEN ACTIONS', true],
    ['CLOSED ACTIONS (retained for 12 months)', true],
    ['Completed items', true],
    ['Open and overdue actions', true],
    ['Open access clinics', false],
    ['New builds', false],
    ['Actions', false],
    ['Duty to maintain plans', false],
  ])('reads "%s" as a divider: %s', (title, divider) => {
    expect(namesStatusOnly(title)).toBe(divider);
  });
});
