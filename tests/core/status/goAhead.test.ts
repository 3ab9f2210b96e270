import { asksForDecision, readStatus } from '../../../src/core/status';

/*
 * A go-ahead given reads as the approved work under way, and says so (StepStatus.goAhead), so a
 * step that asked for that decision can be closed by it; whether a step asks is read from its
 * own words (asksForDecision).
 */

describe('a status decided by a go-ahead given says so', () => {
  it.each([
    'Pilot agreed at Maternity Board.',
    'Pilot approved by ELG',
    'Funding approved for pilot',
    'Roll-out approved by ELG',
    'Go-live approved for 1 April',
    'Approved to proceed to full business case',
    'Approval to proceed given by Exec',
    'Go-ahead given by Exec',
    'Agreed at ELG to pilot on two wards from January',
    'Paper to Maternity Board 12/10\nPilot agreed at Maternity Board',
    'Business case approved at Nov ICB Board',
    'Business case approved',
  ])('"%s"', (text) => {
    expect(readStatus(text)).toMatchObject({ status: 'on_track', goAhead: true });
  });
});

describe('a status decided by anything else does not', () => {
  it.each([
    ['Policy approved at QSC', 'complete'],
    ['Pilot evaluation approved at QSC', 'complete'],
    ['Extension to 30/06/25 agreed by ARC', 'at_risk'],
    ['Awaiting approval to proceed', 'at_risk'],
    ['Being approved at ELG', 'on_track'],
    ['In progress', 'on_track'],
    ['Pilot agreed at Maternity Board; training started', 'on_track'],
    ['Pilot agreed at Maternity Board\nDelayed by staffing', 'at_risk'],
    ['Pilot agreed at Maternity Board\nNo progress since', 'off_track'],
    ['Pilot agreed at Maternity Board; evaluation complete', 'complete'],
    ['Green - pilot approved at ELG', 'on_track'],
    ['', 'unknown'],
  ])('"%s" (%s)', (text, status) => {
    expect(readStatus(text)).toMatchObject({ status, goAhead: false });
  });
});

describe('a step that asks for a decision', () => {
  it.each([
    'Agree the pilot at Maternity Board',
    'Approve roll-out of the triage tool',
    'Sign off the roll-out',
    'Ratify the policy at QSC',
    'Seek approval to pilot the new triage tool',
    'Seek Maternity Board approval of the pilot',
    'Secure funding for the pilot',
    'Obtain sign-off for roll-out',
    'Obtain formal ELG sign-off',
    'Gain the go-ahead for recruitment',
    'Apply for funding from NHSE',
    'Approval of the pilot at Maternity Board',
    'Go-live approval',
    'ELG sign-off of the roll-out',
    'Present the pilot proposal to Maternity Board for approval',
    'Take the roll-out proposal to Board for decision',
    'Submit business case to ELG for formal approval.',
    'Develop business case for 3 WTE midwives',
    'Write the full business case',
    'Business case approved',
    'Pilot to be agreed at Maternity Board',
    'Roll-out to be formally approved by ELG',
    '1. Agree the pilot',
    '• Seek approval to proceed',
  ])('"%s"', (text) => {
    expect(asksForDecision(text)).toBe(true);
  });
});

describe('a step that is the work a decision lets begin, or names no decision', () => {
  it.each([
    'Run the pilot on two wards',
    'Go-live',
    'Roll out the triage tool',
    'Recruit two midwives',
    'Use the funding to run the pilot',
    'Redesign the approval process',
    'Implement decision support tool',
    'Use data for decision making',
    'Confirm ward leads',
    'Secure estates space for the pilot',
    'Agreed pathway to be launched',
    'Recruit 3 midwives subject to business case approval',
    'Open two urgent treatment centres',
    '',
  ])('"%s"', (text) => {
    expect(asksForDecision(text)).toBe(false);
  });
});
