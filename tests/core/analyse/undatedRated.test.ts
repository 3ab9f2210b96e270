import { analyseWorkbook } from '../../../src/core/analyse/workbook';
import { defaultSettings, type Settings } from '../../../src/core/settings';
import type { CellValue, SheetGrid } from '../../../src/core/types';

/*
 * SPEC 5.1: a step with no usable date is rated by its status when that says at risk, off track or
 * re-dated (rules 3 and 5 come before rule 7), but the missing date is still a gap the lead must
 * fill: without it nobody can tell when the step falls due. So it gets rule 7's 'undated' warning
 * at the same cell, saying it cannot be rated by date. A step done needs no date. Read on 14 Nov 2025.
 */

const settings = defaultSettings('2025-11-14');

function undated(rows: CellValue[][], with_: Settings = settings) {
  const grid: SheetGrid = { name: 'CQC Action Plan', rows: [['Ref', 'Action', 'Lead', 'Target Date', 'RAG', 'Progress update'], ...rows], merges: [], tables: [], hidden: false, protected: false };
  const tracker = analyseWorkbook([grid], with_).trackers[0];
  return {
    ratings: tracker?.actions.map((a) => [a.ref, a.rating]),
    warnings: tracker?.issues.filter((i) => i.code === 'undated' || i.code === 'unparseable_timeframe').map((i) => [i.cell, i.message]),
  };
}

describe('an undated step its status rates Amber or Red', () => {
  it('is warned of at its time-frame cell, as an unrated one is', () => {
    expect(undated([
      ['SD5', 'Nutrition champions on each ward', 'Chief Nurse', 'TBC', 'Amber', 'Champions identified on 6 of 11 wards.'],
      ['SD6', 'Appraisal recovery plan', 'Medical Director', '', '', 'Not on track: appraisal rate 71%.'],
      ['SD7', 'Ligature assessment for ED', 'Chief Nurse', 'Ongoing', '', 'Deadline revised following estates survey.'],
      ['SD8', 'Interpreting app procured', 'COO', 'TBC', '', 'Going well.'],
      ['SD9', 'Translated leaflets', 'COO', 'TBC', '', 'Complete.'],
    ])).toEqual({
      ratings: [['SD5', 'amber'], ['SD6', 'red'], ['SD7', 'amber'], ['SD8', 'not_rated'], ['SD9', 'complete']],
      warnings: [
        ['D2', 'This action has time frame "TBC", so it cannot be rated by date; set a date when one is agreed.'],
        ['D3', 'This action has no time frame, so it cannot be rated by date; set a date when one is agreed.'],
        ['D4', 'This action has time frame "Ongoing", so it cannot be rated by date; set a date when one is agreed.'],
        ['D5', 'This action has time frame "TBC", so it cannot be rated; set a date when one is agreed.'],
      ],
    });
  });

  it('is warned of too where the workbook rates undated steps Amber (rule 7 names the cell either way)', () => {
    expect(undated([['SD8', 'Interpreting app procured', 'COO', 'TBC', '', 'Going well.']], { ...settings, undatedRating: 'amber' })).toEqual({
      ratings: [['SD8', 'amber']],
      warnings: [['D2', 'This action has time frame "TBC", so it cannot be rated by date; set a date when one is agreed.']],
    });
  });

  it('names the step of several that lacks a date', () => {
    const grid: SheetGrid = {
      name: 'Plan',
      rows: [
        ['Action', 'Next steps', 'Lead', 'Due date', 'Status'],
        ['Publish the plan', '1. Draft\n2. Approve', 'CEO', '30/11/2025\nTBC', 'On track\nAt risk - Board date not set'],
      ],
      merges: [], tables: [], hidden: false, protected: false,
    };
    const issues = analyseWorkbook([grid], settings).trackers[0]?.issues ?? [];
    expect(issues.filter((i) => i.code === 'undated').map((i) => [i.cell, i.message])).toEqual([
      ['D2', 'Step 2 of 2 has time frame "TBC", so it cannot be rated by date; set a date when one is agreed.'],
    ]);
  });
});
