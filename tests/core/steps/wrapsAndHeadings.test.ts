import { alignSteps, splitEntries } from '../../../src/core/steps';
import { carriesOn } from '../../../src/core/steps/wraps';
import { withoutLeadIns } from '../../../src/core/steps/leadIns';

describe('a numbered item wrapped onto the next line without indentation', () => {
  it('carries on whether or not the wrap falls after a joining word, as the next number places the next item', () => {
    expect(splitEntries('1. Draft terms of reference for the\nnew group\n2. Agree at ELT')).toEqual(['Draft terms of reference for the new group', 'Agree at ELT']);
    expect(splitEntries('1. Draft terms of reference for the new\nGroup\n2. Agree at ELT')).toEqual(['Draft terms of reference for the new Group', 'Agree at ELT']);
    expect(splitEntries('1. Draft terms of reference for the new\nGroup and\nSubgroup\n2. Agree at ELT')).toEqual(['Draft terms of reference for the new Group and Subgroup', 'Agree at ELT']);
  });

  it('stays an entry after the last number, after a blank line, or as a labelled remark', () => {
    expect(splitEntries('1. Draft ToR\n2. Agree at ELT\nRecruit chair')).toEqual(['Draft ToR', 'Agree at ELT', 'Recruit chair']);
    expect(splitEntries('1. Draft ToR\n\nRecruit chair\n2. Agree at ELT')).toEqual(['Draft ToR', 'Recruit chair', 'Agree at ELT']);
    expect(splitEntries('1. Draft ToR\nRAG: Amber\n2. Agree at ELT')).toEqual(['Draft ToR', 'RAG: Amber', 'Agree at ELT']);
  });

  it('in a bulleted list, may still be an item whose bullet was left off', () => {
    expect(splitEntries('• Draft plan\n• Consult\nApprove at Board\n• Publish')).toEqual(['Draft plan', 'Consult', 'Approve at Board', 'Publish']);
    expect(carriesOn('bullet', null, 'Approve at Board', 'Consult', { softEnd: false, numberBelow: false })).toBe(false);
  });

  it('lines up with a time-frame cell whose first date wraps after "End of"', () => {
    const aligned = alignSteps(splitEntries('1. Draft terms of reference for the new\nGroup\n2. Agree at ELT'), splitEntries('End of\nDec 24\nMar 25'), [], 'Set up');
    expect(aligned.steps.map((s) => [s.text, s.timeframeText])).toEqual([
      ['Draft terms of reference for the new Group', 'End of Dec 24'],
      ['Agree at ELT', 'Mar 25'],
    ]);
    expect(aligned.unmatchedTimeframes).toBe(false);
  });
});

describe('a heading above a list', () => {
  it('is no step, with or without its colon, when it names the list', () => {
    expect(splitEntries('Actions agreed at Nov QSC:\n• Draft ToR\n• Recruit chair')).toEqual(['Draft ToR', 'Recruit chair']);
    expect(splitEntries('Actions agreed at Nov QSC\n• Draft ToR\n• Recruit chair')).toEqual(['Draft ToR', 'Recruit chair']);
    expect(splitEntries('Key next steps\n1. Draft ToR\n2. Recruit chair')).toEqual(['Draft ToR', 'Recruit chair']);
  });

  it('stays when it names no list, is a sentence, or stands above no list', () => {
    expect(splitEntries('Draft plan\n- Consult staff\n- Approve at Board')).toEqual(['Draft plan', 'Consult staff', 'Approve at Board']);
    expect(splitEntries('Actions were delayed by the move.\n• Draft ToR\n• Recruit chair')).toEqual(['Actions were delayed by the move.', 'Draft ToR', 'Recruit chair']);
    expect(splitEntries('Actions agreed at Nov QSC\nDraft ToR\nRecruit chair')).toEqual(['Actions agreed at Nov QSC', 'Draft ToR', 'Recruit chair']);
  });
});

describe('a rating alone above its narrative', () => {
  it('opens the entry below it: one status, not two', () => {
    expect(splitEntries('Amber\nRecruitment delayed, interviews moved to Jan')).toEqual(['Amber: Recruitment delayed, interviews moved to Jan']);
    expect(splitEntries('Amber:\nRecruitment delayed')).toEqual(['Amber: Recruitment delayed']);
    expect(splitEntries('RAG: Red\nFunding withdrawn\nGreen\nToR drafted')).toEqual(['RAG: Red: Funding withdrawn', 'Green: ToR drafted']);
  });

  it('leaves ratings one per step, a rated step, a dash, a dated update and a last line as they are', () => {
    expect(splitEntries('Green\nAmber\nRed')).toEqual(['Green', 'Amber', 'Red']);
    expect(splitEntries('Amber\nGreen - ToR drafted')).toEqual(['Amber', 'Green - ToR drafted']);
    expect(splitEntries('Amber\n-\nOn track')).toEqual(['Amber', '-', 'On track']);
    expect(splitEntries('Amber\n14/11/24 - interviews delayed')).toEqual(['Amber', '14/11/24 - interviews delayed']);
    expect(withoutLeadIns(['Done', 'Amber'], 'plain')).toEqual(['Done', 'Amber']);
    expect(splitEntries('• Draft ToR\nAmber\n• Agree at ELT')).toEqual(['Draft ToR', 'Amber', 'Agree at ELT']);
  });

  it('gives every step of the row that status', () => {
    const aligned = alignSteps(['Draft ToR', 'Recruit chair'], ['Dec 24', 'Mar 25'], splitEntries('Amber\nRecruitment delayed by the vacancy'), 'Set up');
    expect(aligned.steps.map((s) => s.statusText)).toEqual(['Amber: Recruitment delayed by the vacancy', 'Amber: Recruitment delayed by the vacancy']);
    // A status word below a rating is the next step's own status, not narrative under it.
    const own = alignSteps(['Draft ToR', 'Recruit chair'], ['Dec 24', 'Mar 25'], splitEntries('Green\nDone'), 'Set up');
    expect(own.steps.map((s) => s.statusText)).toEqual(['Green', 'Done']);
    expect(aligned.unmatchedStatuses).toBe(false);
  });
});
