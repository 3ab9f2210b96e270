import { readStatus } from '../../../src/core/status';
import { table } from './table';

/*
 * Round 6, part 1: short forms of action logs, approvals read as what they approve, and hedges.
 * In each theme the first table is what changed, the second what must not.
 */

describe('a short form opening an entry reads as its full form', () => {
  table([
    ['Cmpl', 'complete'],
    ['Cmplt', 'complete'],
    ['Compl.', 'complete'],
    ['Cmpl - see evidence log', 'complete'],
    ['Cmpl 12/03/25', 'complete'],
    ['C/F', 'at_risk'],
    ['c/f to next meeting', 'at_risk'],
    ['C/F x2', 'at_risk'],
    ['I/P', 'on_track'],
  ]);

  it.each(['C/F', 'C/F to Dec meeting', 'C/Fwd'])('"%s" is carried forward, so re-dated', (text) => {
    expect(readStatus(text)).toEqual({ status: 'at_risk', completedText: null, redated: true, goAhead: false });
  });
});

describe('short forms that stand for other things as often stay unread', () => {
  table([
    ['B/F', 'unknown'],
    ['IP', 'unknown'],
    ['NS', 'unknown'],
    ['Cf. minutes of 12/10', 'unknown'],
  ]);
});

describe('an approval of work it lets begin (a pilot, a trial, a roll-out, "to proceed") is that work under way', () => {
  table([
    ['Pilot agreed at Maternity Board.', 'on_track'],
    ['Pilot approved by ELG', 'on_track'],
    ['Proposal to pilot the new triage tool approved at QSC', 'on_track'],
    ['Agreed at ELG to pilot on two wards from January', 'on_track'],
    ['Approved to proceed to full business case', 'on_track'],
    ['Approval to proceed given by Exec', 'on_track'],
    ['Go-ahead given by Exec', 'on_track'],
    ['Funding approved for pilot', 'on_track'],
    ['Funding confirmed for the pilot', 'on_track'],
    ['Roll-out approved by ELG', 'on_track'],
    ['Go-live approved for 1 April', 'on_track'],
    ['Test of change agreed at the Deteriorating Patient Group', 'on_track'],
    ['Business case approved for recruitment of 2 WTE', 'on_track'],
    ['Pilot designed with the ward team. Approved by ELG', 'on_track'],
    ['Green - pilot approved at ELG', 'on_track'],
  ]);
});

describe('an approval of a document, of results, or of work already done stays the work done', () => {
  table([
    ['Policy approved at QSC', 'complete'],
    // Not a business case: the case for investing in the work, whose approval lets the work go ahead (goAhead.test.ts).
    ['Business case and policy approved', 'complete'],
    ['Implementation plan signed off', 'complete'],
    ['Pilot evaluation approved at QSC', 'complete'],
    ['Evaluation of the pilot approved', 'complete'],
    ['Pilot evaluation report signed off by QSC', 'complete'],
    ['Pilot closed and signed off', 'complete'],
    ['Pilot approved and now complete', 'complete'],
    ['Pilot agreed at Maternity Board; evaluation complete', 'complete'],
    ['Funding secured for 2024/25', 'complete'],
    ['Signed off by Medical Director', 'complete'],
    ['Ratified at Policy Group', 'complete'],
    ['Deadline met; policy approved', 'complete'],
    ['Extension of the virtual ward service approved by ICB', 'complete'],
    ['Awaiting approval to proceed', 'at_risk'],
  ]);
});

describe('an approval of a new date is the deadline moved: at risk and re-dated', () => {
  it.each([
    'Extension to 30/06/25 agreed by Audit Committee',
    'Revised date approved by ARC',
    'Extension requested and approved',
    'Deadline moved to March, agreed by ELG',
  ])('%s', (text) => {
    expect(readStatus(text)).toEqual({ status: 'at_risk', completedText: null, redated: true, goAhead: false });
  });

  it('still reads an extension agreed in so many words so', () => {
    expect(readStatus('3-month extension agreed by ARC')).toEqual({ status: 'at_risk', completedText: null, redated: true, goAhead: false });
  });

  it('reads a date before a completion word as a date, not as a share of the work', () => {
    expect(readStatus('Audit 01/10/24 complete').status).toBe('complete');
    expect(readStatus('3/5 audits complete').status).toBe('on_track');
  });
});

describe('a hedge ("may not", "risk that … will") makes an off-track phrase a risk', () => {
  table([
    ['May not be achieved by year end', 'at_risk'],
    ['Target may not be met', 'at_risk'],
    ['May not be on track', 'at_risk'],
    ['Trajectory may be missed', 'at_risk'],
    ['Potentially off track', 'at_risk'],
    ['Risk that the deadline will not be met', 'at_risk'],
    ['There is a risk the deadline will be missed', 'at_risk'],
  ]);
});

describe('a plain or ruled-out shortfall, a month, or a risk called significant stays off track', () => {
  table([
    ['Will not be achieved this year', 'off_track'],
    ['Unlikely to be met by Q3', 'off_track'],
    ['Will not be delivered in 2024/25 - carried forward', 'off_track'],
    ['In May not achieved due to sickness', 'off_track'],
    ['Significant risk that the target will not be met', 'off_track'],
    ['Not achieved by March - may be achieved by June', 'off_track'],
  ]);
});
