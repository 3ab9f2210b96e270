import { analyseWorkbook } from '../../../src/core/analyse/workbook';
import { defaultSettings } from '../../../src/core/settings';
import type { CellValue } from '../../../src/core/types';

/*
 * An estates or capital plan dates its schemes by "Planned completion" (or "Planned end",
 * "Practical completion") beside a "Forecast completion", and names a "Project manager": read
 * unrecognised, every scheme with no forecast was Not rated and warned of as undated though its
 * date was on the row, and a forecast later than the plan was no slippage.
 */

const analyse = (rows: CellValue[][]) =>
  analyseWorkbook([{ name: 'Backlog', rows, merges: [], tables: [], hidden: false, protected: false }], defaultSettings('2026-12-07')).trackers[0];

describe('a capital plan\'s planned completion, forecast and project manager', () => {
  const rows: CellValue[][] = [
    ['Ref', 'Scheme', 'Project manager', 'Planned completion', 'Forecast completion', 'Update'],
    ['BM-04', 'Replace chiller plant', 'J Smith', { kind: 'date', iso: '2027-03-31' }, null, 'Order placed; lead time 16 weeks'],
    ['BM-06', 'Replace fire doors, Block C', 'A Khan', { kind: 'date', iso: '2026-11-30' }, { kind: 'date', iso: '2027-03-31' }, 'Supplier insolvency – re-procured.'],
  ];
  const tracker = analyse(rows);

  it('reads the planned completion as the time frame, the forecast as its revision, the project manager as the lead', () => {
    expect(tracker?.columns).toMatchObject({ lead: 2, timeframe: 3 });
    expect(tracker?.actions.map((a) => a.lead)).toEqual(['J Smith', 'A Khan']);
  });

  it('rates a scheme by its planned date, and one whose forecast is later as re-dated', () => {
    expect(tracker?.actions.map((a) => a.rating)).toEqual(['green', 'amber']);
    expect(tracker?.issues.some((i) => i.code === 'undated')).toBe(false);
  });

  it.each([['Planned end'], ['Planned finish'], ['Practical completion'], ['Planned completion']])('reads "%s" as the time frame', (header) => {
    const t = analyse([['Ref', 'Scheme', 'Lead', header, 'Update'], ['1', 'Replace boiler', 'JS', { kind: 'date', iso: '2027-03-31' }, 'On track']]);
    expect(t?.columns.timeframe).toBe(3);
  });
});
