import { alignSteps, inStepOrder, lineUp, listedSteps, needsLineUp, splitEntries } from '../../../src/core/steps';

/*
 * Trackers fill a row line by line, so a dash in the next-steps cell says there is no step on
 * that line, and the time frame and status on that line go with it (SPEC 2.3).
 */

const align = (nextSteps: string, timeframe: string, status: string) =>
  alignSteps(splitEntries(nextSteps), splitEntries(timeframe), splitEntries(status), 'Set up the group').steps.map((s) => [s.text, s.timeframeText, s.statusText]);

describe('a dash on a line of the next-steps cell', () => {
  it('is no step, and takes the time frame and status on its line with it', () => {
    expect(align('Draft ToR\n-\nAgree at Board', 'Dec 24\n-\nMar 25', 'Done\n-\nOn track')).toEqual([
      ['Draft ToR', 'Dec 24', 'Done'],
      ['Agree at Board', 'Mar 25', 'On track'],
    ]);
    expect(lineUp(['Draft ToR', '-', 'Agree'], ['Dec 24', 'Jan 25', 'Mar 25'])).toEqual(['Dec 24', 'Mar 25']);
    expect(lineUp(['-', 'Draft ToR', 'Agree'], ['-', 'Dec 24', 'Mar 25'])).toEqual(['Dec 24', 'Mar 25']);
  });

  it('leaves a cell already holding one entry per step as it is', () => {
    expect(align('Draft ToR\n-\nAgree at Board', 'Dec 24\nMar 25', 'Done\nOn track')).toEqual([
      ['Draft ToR', 'Dec 24', 'Done'],
      ['Agree at Board', 'Mar 25', 'On track'],
    ]);
  });

  it('never leaves a cell with one entry, which would then be every step\'s', () => {
    // "Done" is the first step's; read alone it would mark the third done too.
    expect(lineUp(['Draft ToR', '-', 'Agree', 'Publish'], ['Done', '-'])).toEqual(['Done', '-']);
    expect(align('Draft ToR\n-\nAgree\nPublish', '', 'Done\n-').map((s) => s[2])).toEqual(['Done', '-', null]);
  });

  it('at the end, or with one step left, leaves that step every entry of the row', () => {
    expect(align('Draft ToR\n-', 'Dec 24\n-', 'On track\n-')).toEqual([['Draft ToR', 'Dec 24', 'On track']]);
  });
});

describe('dashes in a cell with more entries than steps', () => {
  it('are spacing when, taken out, they leave one entry per step', () => {
    expect(align('1. Agree ToR\n-\n2. Recruit chair', 'Oct 23\n-\nDec 23', 'Complete\n-\nOn track')).toEqual([
      ['Agree ToR', 'Oct 23', 'Complete'],
      ['Recruit chair', 'Dec 23', 'On track'],
    ]);
  });

  it('keep their places otherwise', () => {
    expect(lineUp(['Agree ToR', 'Recruit chair'], ['Oct 23', '-', 'Dec 23', 'Jan 24'])).toEqual(['Oct 23', '-', 'Dec 23', 'Jan 24']);
    expect(lineUp(['Agree ToR', 'Recruit chair', 'Meet'], ['Oct 23', '-', 'Dec 23'])).toEqual(['Oct 23', '-', 'Dec 23']);
  });
});

describe('a dated status log beside several steps', () => {
  it('is read oldest first when written newest first, so its first update sits beside the first step', () => {
    const status = '14/11/24 - Board paper delayed to Feb\n12/10/24 - ToR drafted, complete';
    expect(align('Draft ToR\nAgree at Board\nPublish', 'Oct 24\nMar 25\nJun 25', status).map((s) => s[2])).toEqual([
      '12/10/24 - ToR drafted, complete',
      '14/11/24 - Board paper delayed to Feb',
      null,
    ]);
  });

  it('is left as written when written oldest first, or beside one step (which reads the whole log)', () => {
    const log = ['12/10/24 - ToR drafted', '14/11/24 - Board paper delayed'];
    expect(inStepOrder(2, log)).toBe(log);
    expect(inStepOrder(1, [...log].reverse())).toEqual([...log].reverse());
  });
});

describe('one next step listing several with semicolons', () => {
  it('is split when the time-frame cell has one entry per piece', () => {
    expect(align('Draft paper; circulate; agree at Board', 'Dec 24; Jan 25; Mar 25', 'On track')).toEqual([
      ['Draft paper', 'Dec 24', 'On track'],
      ['circulate', 'Jan 25', 'On track'],
      ['agree at Board', 'Mar 25', 'On track'],
    ]);
    expect(listedSteps(['Draft paper; circulate'], ['Dec 24', 'Jan 25'])).toEqual(['Draft paper', 'circulate']);
  });

  it('stays whole otherwise: a semicolon also joins the clauses of one step, and statuses are often a log', () => {
    expect(listedSteps(['Recruit chair; interviews delayed'], ['Mar 25'])).toEqual(['Recruit chair; interviews delayed']);
    expect(listedSteps(['Draft paper; circulate; agree'], ['Dec 24', 'Mar 25'])).toEqual(['Draft paper; circulate; agree']);
    expect(align('Recruit chair; interviews delayed', 'Mar 25', 'Delayed\nOn track').map((s) => s[0])).toEqual(['Recruit chair; interviews delayed']);
  });
});

describe('needsLineUp', () => {
  it('picks out only the rows that need lining up', () => {
    expect(needsLineUp(['Draft ToR', '-', 'Agree'], [], [])).toBe(true);
    expect(needsLineUp(['Draft ToR', 'Agree'], ['Dec 24', '-', 'Mar 25'], [])).toBe(true);
    expect(needsLineUp(['Draft paper; circulate'], ['Dec 24', 'Mar 25'], [])).toBe(true);
    expect(needsLineUp(['Draft ToR', 'Agree'], [], ['14/11/24 - delayed', '12/10/24 - drafted'])).toBe(true);
    expect(needsLineUp(['Draft ToR', 'Agree'], ['Dec 24', 'Mar 25'], ['Done', 'On track'])).toBe(false);
    expect(needsLineUp(['Draft ToR'], ['Dec 24', 'Mar 25'], ['Done', 'On track'])).toBe(false);
  });
});
