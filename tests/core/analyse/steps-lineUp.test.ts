import { analyseWorkbook } from '../../../src/core/analyse/workbook';
import { defaultSettings } from '../../../src/core/settings';
import type { CellValue } from '../../../src/core/types';

/*
 * Whole rows through the engine (buildAction), as a refresh reads them: multi-entry cells
 * lined up with their steps (SPEC 2.3), rated at 20 Nov 2024.
 */

function tracker(rows: CellValue[][]) {
  const grid = { name: 'Plan', rows: [['Ref', 'Action', 'Lead', 'Next steps', 'Time frame', 'Status'], ...rows], merges: [], tables: [], hidden: false, protected: false };
  const found = analyseWorkbook([grid], defaultSettings('2024-11-20')).trackers[0];
  if (found === undefined) throw new Error('no tracker');
  return found;
}

function row(nextSteps: CellValue, timeframe: CellValue, status: CellValue) {
  const { actions, issues } = tracker([['1', 'Set up the group', 'Ann', nextSteps, timeframe, status]]);
  const action = actions[0];
  if (action === undefined) throw new Error('no action');
  return { action, issues: issues.map((i) => `${i.cell} ${i.message}`), steps: action.steps.map((s) => [s.text, s.timeframeText, s.statusText, s.rating]) };
}

describe('a dash on a line of the next-steps cell, through the engine', () => {
  it('is no step: no "step 2 of 3" without text, and the lines below keep their own dates', () => {
    const { action, steps, issues } = row('Draft ToR\n-\nAgree at Board', 'Dec 24\n-\nMar 25', 'Done\n-\nOn track');
    expect(steps).toEqual([
      ['Draft ToR', 'Dec 24', 'Done', 'complete'],
      ['Agree at Board', 'Mar 25', 'On track', 'green'],
    ]);
    expect(action.reason).toBe('Green: step 2 of 2 "Agree at Board" is due in 131 days (31 Mar 2025) and is reported on track.');
    expect(issues).toEqual([]);
  });

  it('leaves time-frame and status cells written one per step beside their steps', () => {
    expect(row('Draft ToR\n-\nAgree at Board', 'Dec 24\nMar 25', 'Done\nOn track').steps).toEqual([
      ['Draft ToR', 'Dec 24', 'Done', 'complete'],
      ['Agree at Board', 'Mar 25', 'On track', 'green'],
    ]);
  });

  it('between numbered steps, only spaces out the other cells\' lines too', () => {
    const { steps, issues } = row('1. Draft ToR\n-\n2. Agree at Board', 'Dec 24\n-\nMar 25', 'Done\n-\nOn track');
    expect(steps.map((s) => s[1])).toEqual(['Dec 24', 'Mar 25']);
    expect(issues).toEqual([]);
  });
});

describe('a status log written newest first beside several steps, through the engine', () => {
  it('gives its oldest update to the first step, so a later step is not marked complete by the first\'s news', () => {
    const { steps } = row('Draft ToR\nAgree at Board\nPublish', 'Oct 24\nMar 25\nJun 25', '14/11/24 - Board paper delayed to Feb\n12/10/24 - ToR drafted, complete');
    expect(steps.map((s) => s[3])).toEqual(['complete', 'amber', 'green']);
  });
});

describe('one next step listing several with semicolons, through the engine', () => {
  it('is a step per piece beside as many time frames, with no warning about one step\'s several dates', () => {
    const { steps, issues } = row('Draft paper; circulate; agree at Board', 'Dec 24; Jan 25; Mar 25', 'On track');
    expect(steps.map((s) => [s[0], s[1]])).toEqual([
      ['Draft paper', 'Dec 24'],
      ['circulate', 'Jan 25'],
      ['agree at Board', 'Mar 25'],
    ]);
    expect(issues).toEqual([]);
  });
});

describe('a step dated in its own words, then signed by its lead', () => {
  it('is dated from the words before "(Lead: JS)" or "– JS"', () => {
    const { steps } = row('• Build dashboard by end of Oct (Lead: GH)\n• Test with users by Jan 25 – GH', null, 'Complete\nOn track');
    expect(steps.map((s) => [s[1], s[3]])).toEqual([
      ['by end of Oct', 'complete'],
      ['by Jan 25', 'green'],
    ]);
  });
});
