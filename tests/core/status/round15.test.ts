import { classifyStatus, readStatus } from '../../../src/core/status';
import { table } from './table';

/*
 * Round 15 (a PMO's fresh-eyes review): complete is final and never downgraded by dates (SPEC 5.1 rule 2),
 * so a completion limited to a part, or another action's, is not this one done; bad news in plain words
 * ("Major issues", "Put on ice", "Wasn't delivered", "Was meant to go live in April") is read; a rating
 * that moved reads as the colour it moved to; plain completion words ("Up and running", "Nothing
 * outstanding") are read; a doubt denied is no warning. Neighbours that must not move are pinned beside them.
 */

describe('a completion limited to a part, or another action\'s, is not this action done', () => {
  table([
    ['All but one recommendation complete', 'on_track'],
    ['Complete for phase 1 only', 'on_track'],
    ['Delivered in ED only', 'on_track'],
    ['Complete in principle', 'on_track'],
    ['Trajectory met for M1 and M2', 'on_track'],
    ['Not all actions complete', 'at_risk'],
    ['Not all wards have completed the training; overall compliance 81%.', 'at_risk'],
    ['Depends on 2.1 (complete)', 'unknown'],
    ['This action not started; action 3.4 complete', 'not_started'],
    ['Action 3.4 complete; this action not yet started', 'not_started'],
    ['Presented to QSC; further assurance requested', 'at_risk'],
    ['PID signed off; PMO tracking', 'on_track'],
    ['On track in 12 of 15 pharmacies; 3 pharmacies not started.', 'on_track'],
  ]);
});

describe('neighbours of a limited completion stay as they were', () => {
  table([
    ['Complete for all sites', 'complete'],
    ['Trajectory met', 'complete'],
    ['Target met in March', 'complete'],
    ['Action 3.4 complete', 'complete'],
    ['Complete - only sign-off remaining', 'complete'],
    ['Not fully implemented', 'at_risk'],
    // Round 25 (reviewer11.test.ts): "Not complete" alone is the work not done, at risk; with words after it a retraction.
    ['Not complete', 'at_risk'],
    ['Policy approved', 'complete'],
    ['On track; not started on estates work yet', 'not_started'],
    ['Closed - not delivered', 'complete'],
    ['Closed - not achieved', 'complete'],
  ]);
});

describe('bad news in plain words is read', () => {
  table([
    ['Major issues', 'off_track'],
    ['Minor issues', 'at_risk'],
    ['Significant challenges', 'at_risk'],
    ['Challenged', 'at_risk'],
    ["Couldn't be completed due to IT failure", 'off_track'],
    ["Wasn't delivered", 'off_track'],
    ['Was not implemented', 'off_track'],
    ["Won't be ready for Sept", 'off_track'],
    ['Going to be late', 'at_risk'],
    ['May slip into Q3', 'at_risk'],
    ['Touch and go for Sept', 'at_risk'],
    ['Was due in March - not yet done', 'off_track'],
    ['Expected in Q4 24/25 but not received', 'off_track'],
    ['Ought to have been signed off by now', 'off_track'],
    ['Was meant to go live in April', 'off_track'],
    ['Progressing slowly', 'at_risk'],
    ['Progress has been hampered by vacancies', 'at_risk'],
    ['Timeline under pressure', 'at_risk'],
    ['Halted', 'at_risk'],
    ['Frozen pending review', 'at_risk'],
    ['Put on ice', 'at_risk'],
    ['Parked', 'at_risk'],
    ['1 week late', 'at_risk'],
    ['Timescales reset', 'at_risk'],
    ['No movement since last report', 'off_track'],
    ['Nil progress', 'at_risk'], // Round 16: no progress on an open action is the work held up (at_risk), not work yet to begin.
    ['Post vacant - no progress', 'off_track'],
    ['Lead has left the Trust - new lead to be identified', 'at_risk'],
    ['Chased x3, no response', 'at_risk'],
    ['Not without risk', 'at_risk'],
    ['Incomplete - see risk register', 'at_risk'],
    ['Remains amber. Recruitment ongoing.', 'at_risk'],
  ]);
  it('reads a deadline reset as moved', () => {
    expect(readStatus('Timescales reset').redated).toBe(true);
  });
});

describe('neighbours of the bad news stay as they were', () => {
  table([
    ['No major issues', 'on_track'],
    ['Completed 2 weeks late', 'complete'],
    ['Overdue - chased 12/03, no response', 'off_track'],
    ['Not delivered', 'off_track'], // Round 16: a delivery denied outright is a failure, as "Not achieved" is; "Not yet delivered" still waits.
    ['Has not been delivered', 'unknown'],
    ['Could not be completed until funding agreed', 'unknown'],
    ['Was due in March', 'unknown'],
    ['Was due in March - completed in April', 'complete'],
    ['Will be ready by March', 'on_track'],
    ['No progress', 'at_risk'], // Round 16: no progress on an open action is the work held up (at_risk), not work yet to begin.
    ['Amber - recruitment ongoing', 'at_risk'],
    ['Recruitment ongoing', 'on_track'],
    ['Due 31/03 - outstanding', 'unknown'], // the status cell has no as-of date: the dates rate it
  ]);
});

describe('a rating that moved reads as the colour it moved to', () => {
  table([
    ['Red → Amber', 'at_risk'],
    ['Red -> Amber', 'at_risk'],
    ['Red to Amber', 'at_risk'],
    ['Amber → Green', 'on_track'],
    ['G→B', 'complete'],
    ['A (was G)', 'at_risk'],
    ['BRAG B', 'complete'],
    ['RAG: A', 'at_risk'],
    ['Red Amber', 'off_track'],
    ['Green (was Amber)', 'on_track'],
  ]);
});

describe('plain completion words are read', () => {
  table([
    ['Finalised', 'complete'],
    ['Addressed', 'complete'],
    ['Rectified', 'complete'],
    ['Fully operational', 'complete'],
    ['Operational', 'complete'],
    ['Operational from 1 May', 'complete'],
    ['Up and running', 'complete'],
    ['In use across all sites', 'complete'],
    ['Adopted by the Board', 'complete'],
    ['Sign off received', 'complete'],
    ['Nothing outstanding', 'complete'],
    ['No further actions outstanding', 'complete'],
    ['None outstanding', 'complete'],
    ['Nothing further to do', 'complete'],
    ['SLA signed', 'complete'],
    ['Superseded by 2025/26 operational plan', 'complete'],
  ]);
});

describe('neighbours of the completion words stay open', () => {
  table([
    ['Being finalised', 'on_track'],
    ['To be addressed at next meeting', 'unknown'],
    ['Not yet up and running', 'unknown'],
    ['Operational pressures', 'unknown'],
    ['Closed by 31 March', 'unknown'],
    ['Complete; 2 actions outstanding', 'on_track'],
  ]);
});

describe('a doubt denied, or no delay with only paperwork left, is on track', () => {
  table([
    ["No reason to think this won't be delivered", 'on_track'],
    ['Not expected to be delayed', 'on_track'],
    ['Not delayed, just awaiting sign off', 'on_track'],
    ['Awaiting funding; no delay yet', 'at_risk'],
    ['Expected to be delayed', 'at_risk'],
    ['Not expected to complete by March', 'at_risk'],
  ]);
  it('reads a denied doubt as yielding to another entry', () => {
    expect(classifyStatus('Delayed\nNo reason to think this will slip further')).toBe('at_risk');
  });
});
