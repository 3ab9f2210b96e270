import { analyseWorkbook } from '../../../src/core/analyse/workbook';
import { defaultSettings } from '../../../src/core/settings';
import type { CellValue } from '../../../src/core/types';

/*
 * Cells pasted from Word, Outlook, Teams, SharePoint and Excel Online, through the engine as a
 * refresh reads them (SPEC 2.3), rated at 20 Nov 2024: each row has two steps, and each step
 * keeps its own date and status.
 */

function row(nextSteps: CellValue, timeframe: CellValue, status: CellValue) {
  const grid = { name: 'Plan', rows: [['Ref', 'Action', 'Lead', 'Next steps', 'Time frame', 'Status'], ['1', 'Set up the group', 'Ann', nextSteps, timeframe, status]], merges: [], tables: [], hidden: false, protected: false };
  const found = analyseWorkbook([grid], defaultSettings('2024-11-20')).trackers[0];
  const action = found?.actions[0];
  if (found === undefined || action === undefined) throw new Error('no action');
  return { issues: found.issues.map((i) => `${i.cell} ${i.message}`), steps: action.steps.map((s) => [s.text, s.timeframeText, s.statusText, s.rating]) };
}

describe('pasted cells through the engine', () => {
  it('reads a nested HTML list as two steps, its sub-items part of the first', () => {
    const { steps, issues } = row('<ul><li>Draft ToR<ul><li>circulate to members</li><li>agree at ELT</li></ul></li><li>Recruit chair</li></ul>', 'Dec 24\nMar 25', 'Done\nOn track');
    expect(steps).toEqual([
      ['Draft ToR; circulate to members; agree at ELT', 'Dec 24', 'Done', 'complete'],
      ['Recruit chair', 'Mar 25', 'On track', 'green'],
    ]);
    expect(issues).toEqual([]);
  });

  it('finds the numbers of an Excel Online paste behind a zero-width space', () => {
    expect(row('\u200b1.\tDraft\u00a0ToR\u20282.\tRecruit chair', 'Dec\u00a024\nMar 25', 'Done\nOn track').steps.map((s) => s[0])).toEqual(['Draft ToR', 'Recruit chair']);
  });

  it('carries a wrapped numbered item on to its next line, in step with a wrapped time frame', () => {
    const { steps, issues } = row('1. Draft terms of reference for the new\nGroup\n2. Agree at ELT', 'End of\nDec 24\nMar 25', 'Done\nOn track');
    expect(steps.map((s) => s.slice(0, 2))).toEqual([
      ['Draft terms of reference for the new Group', 'End of Dec 24'],
      ['Agree at ELT', 'Mar 25'],
    ]);
    expect(issues).toEqual([]);
  });

  it('drops a heading over the steps and gives a rating over its narrative to every step', () => {
    const { steps, issues } = row('Actions agreed at Nov QSC\n• Draft ToR\n• Recruit chair', 'Dec 24\nMar 25', 'Amber\nRecruitment delayed, interviews moved to Jan');
    expect(steps).toEqual([
      ['Draft ToR', 'Dec 24', 'Amber: Recruitment delayed, interviews moved to Jan', 'amber'],
      ['Recruit chair', 'Mar 25', 'Amber: Recruitment delayed, interviews moved to Jan', 'amber'],
    ]);
    expect(issues).toEqual([]);
  });
});
