import { classifyStatus, readStatus } from '../../../src/core/status';
import { row1, row12, row2, row3, row5, row6, row8 } from '../steps/seed004';

describe('the status cells of seed 004 (THT Engagement Lead Group action plan)', () => {
  it('reads "Completed", "On track" and "Done" as written', () => {
    expect(classifyStatus('Completed')).toBe('complete');
    expect(classifyStatus('On track')).toBe('on_track');
    expect(classifyStatus('Done')).toBe('complete');
  });

  it('reads row 1 as on track: its latest entry is "On track"', () => {
    expect(classifyStatus(row1.status)).toBe('on_track');
  });

  it('reads row 2 as complete, on "End of Nov"', () => {
    expect(readStatus(row2.asInWorkbook.status)).toEqual({ status: 'complete', completedText: 'End of Nov', redated: false, goAhead: false });
    expect(readStatus(row2.status)).toEqual({ status: 'complete', completedText: 'End of Nov', redated: false, goAhead: false });
  });

  it('reads row 3\'s update as unknown: it says what is happening, not whether it is on track', () => {
    expect(readStatus(row3.status)).toEqual({ status: 'unknown', completedText: null, redated: false, goAhead: false });
  });

  it('reads "Deadlines adjusted to reflect more realistic delivery of actions" (rows 5, 12, 13, 14) as at risk and re-dated', () => {
    expect(readStatus(row5.status)).toEqual({ status: 'at_risk', completedText: null, redated: true, goAhead: false });
    expect(readStatus(row12.status)).toEqual({ status: 'at_risk', completedText: null, redated: true, goAhead: false });
  });

  it('reads row 6 "… Disparities Project meeting delayed to Jan 23" as at risk and re-dated', () => {
    expect(row6.status).toBe('<b>Update:</b> THCVS BAME Leadership - Disparities Project meeting delayed to Jan 23');
    expect(readStatus(row6.status)).toEqual({ status: 'at_risk', completedText: null, redated: true, goAhead: false });
  });

  it('reads row 8 "Pick up with Improvement Advisor and new Programme Manager" as unknown', () => {
    expect(classifyStatus(row8.status)).toBe('unknown');
  });
});

describe('the narrative progress text of seed 003 (a trust board paper)', () => {
  it.each([
    ['Work has not commenced on this action yet.', 'not_started'],
    ['This work has not yet been started', 'not_started'],
    ['We remain on schedule for the launch of the Cambridgeshire CYP website this autumn.', 'on_track'],
    ['Pathway re-design is rated as amber because of delay in implementing multidisciplinary team triage in Luton.', 'at_risk'],
    ['Luton adults rated as amber at Executive Programme Board for creation of the ‘virtual ward’ citing recruitment as the key challenge.', 'at_risk'],
    ['A review of the internal CQC self-assessment process is now underway ready for the next round of assessment in December 2023.', 'on_track'],
    ['Second round of self-assessment completed in early 2023.', 'complete'],
    // The briefing is still being disseminated, and the paper's own next step is to "Embed the 'Think Whole
    // Family' approach in line with the implementation plan": work going on after a part done.
    ['Communication plan is in place; 7-minute briefing and introduction to ‘Think Whole Family’ approach being disseminated to services', 'on_track'],
    ['Work on-going in relation to training.', 'on_track'],
    ['Recruitment is progressing well. No identified challenges currently.', 'on_track'],
    ['Implementation is on track with no escalation to the Board.', 'on_track'],
    ['iCaSH report implementation is progressing to plan with no escalations to the Board.', 'on_track'],
    ['High-level actions to achieve our ambitions are broadly on track with no escalations to the Board at this early stage.', 'on_track'],
    ['Progress with implementing supporting strategies and service plans has been reported to sub-committees and Clinical Operational Boards and is on track with no significant issues or escalations to the Board.', 'on_track'],
    ['This is on-going and we continue to promote the use of our adjustments passport.', 'on_track'],
    ['The number of recruited involvement partners is growing across our services; we are on target to achieve this by the end of 2023-24 Quarter 4.', 'on_track'],
    ['A new Learning Disability and Learning Difficulty Strategy is being completed and is due to be shared with staff networks and Staff side for comment.', 'on_track'],
    ['Delay in the cultural competency programme being rolled out across the system.', 'at_risk'],
    ['This work has not yet been started and while it is scheduled for completion in quarter 4, there is some risk of slippage.  No escalation to the Board', 'at_risk'],
    ['Demographic Data Complete the pilot and review feedback.', 'unknown'],
    ['Infrastructure received an update on the Digital Transformation Strategy and on the Green Plan.', 'unknown'],
    ['There has not been a recent sub-committee update on the Estates Strategy.', 'unknown'],
  ])('reads "%s" as %s', (text, status) => {
    expect(classifyStatus(text)).toBe(status);
  });
});
