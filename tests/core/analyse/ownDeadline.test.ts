import { analyseWorkbook } from '../../../src/core/analyse/workbook';
import { defaultSettings } from '../../../src/core/settings';
import type { CellValue } from '../../../src/core/types';

/*
 * Trackers without a time-frame column, or with it left blank, still date their steps in
 * the steps' own words ("Agree ToR by end of Dec", "Recruit chair (Jan 24)").
 */

function actions(rows: CellValue[][]) {
  const grid = { name: 'Plan', rows: [['Ref', 'Action', 'Lead', 'Next steps', 'Time frame', 'Status'], ...rows], merges: [], tables: [], hidden: false, protected: false };
  return analyseWorkbook([grid], defaultSettings('2023-11-15')).trackers[0]?.actions ?? [];
}

describe('a step the time-frame column gives nothing dates itself from its own words', () => {
  it('takes the date a next step ends with, and says where it came from', () => {
    const [action] = actions([['1', 'Set up the group', 'Ann', '1. Agree ToR by end of Dec\n2. Recruit chair (Jan 24)\n3. First meeting', null, 'On track']]);
    expect(action?.steps.map((s) => [s.timeframeText, s.timeframe.end, s.rating])).toEqual([
      ['by end of Dec', '2023-12-31', 'green'],
      ['Jan 24', '2024-01-31', 'green'],
      [null, null, 'not_rated'],
    ]);
    expect(action?.reason).toBe('Green: step 1 of 3 "Agree ToR by end of Dec" is due in 46 days (31 Dec 2023) and is reported on track.');
  });

  it('takes the date an action with no next steps ends with', () => {
    const [action] = actions([['2', 'Agree ToR by end of Oct 23', 'Ann', null, null, 'In progress']]);
    expect([action?.rating, action?.reason]).toEqual(['red', 'Red: the action was due 31 Oct 2023 and is 15 days overdue.']);
  });

  it('leaves a step whose words end in no date, or whose time-frame column speaks, as it was', () => {
    const [undated, given] = actions([
      ['3', 'Recruit chair - may need support', 'Ann', null, null, null],
      ['4', 'Agree ToR by end of Dec', 'Ann', null, 'TBC', 'On track'],
    ]);
    expect(undated?.rating).toBe('not_rated');
    expect([given?.rating, given?.steps[0]?.timeframeText]).toEqual(['not_rated', 'TBC']);
  });
});
