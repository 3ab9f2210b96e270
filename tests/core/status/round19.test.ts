import { table } from './table';

/*
 * Round 19, from a reviewer's read of exception reports: a negative headline followed by work going on, a
 * completion word for part of the work, a finished action with a history note, and a missed deadline.
 */

describe('work going on after a negative headline mitigates it: the negative stands', () => {
  table([
    ['Not on track, work underway to address', 'off_track'],
    ['Not on track; recovery plan being developed', 'off_track'],
    ['Off track; mitigation plan in progress', 'off_track'],
    ['Delayed - work ongoing to recover position', 'at_risk'],
    ['Overdue - lead now in post and progressing', 'off_track'],
    ['Not achieved, actions in progress', 'off_track'],
    ['Slipped; revised plan agreed and in progress', 'at_risk'],
    ['Behind schedule; work progressing to recover', 'at_risk'],
    ['Off track - recovery actions under way', 'off_track'],
    ['Overdue, being progressed with estates', 'off_track'],
    ['Stalled; discussions ongoing with ICB', 'off_track'],
    ['Not achieved - work continues', 'off_track'],
    ['Slippage due to staffing; recruitment in progress', 'at_risk'],
    ['Overdue - now in progress', 'off_track'],
    // "Has been delayed" is late still; only a past "was"/"previously" puts the delay behind the work.
    ['Has been delayed; work ongoing', 'at_risk'],
    // A headline stands over the sentences after it.
    ['Not on track. Work underway to address the backlog.', 'off_track'],
  ]);
});

describe('an explicit recovery, a negative in the past, or a later dated update still decides', () => {
  table([
    ['Delayed in Q1, now back on track', 'on_track'],
    ['Was delayed, now progressing well', 'on_track'],
    ['Was overdue, now in progress', 'on_track'],
    ['Previously delayed; work now progressing', 'on_track'],
    ['Delayed; now on track', 'on_track'],
    ['Delayed, recovered and on schedule again', 'on_track'],
    ['Delays resolved, work in progress', 'on_track'],
    ['Approved subject to funding; now funded and recruitment under way', 'on_track'],
    ['Work in progress', 'on_track'],
    // A risk named mid-narrative is no headline: the work going on in a later sentence still decides (seed 003).
    ['Self-assessment completed. The main risks identified were staffing and waiting lists. A review is now underway.', 'on_track'],
    // Appended updates, not clauses of one sentence: the latest entry wins (SPEC 4).
    ['Sep 24: Off track. Nov 24: In progress', 'on_track'],
    ['01/10/24: Not on track, work underway to address\n15/11/24: Back on track', 'on_track'],
    ['01/10/24: Delayed\n15/11/24: Work in progress', 'on_track'],
  ]);
});

describe('a completion word for part of the work, a measure, or a step with more to come is not complete', () => {
  table([
    ['Training delivered to 45/60 staff (75%)', 'on_track'],
    ['Delivered to 12/15 teams', 'on_track'],
    ['Training delivered for 30/40 staff', 'on_track'],
    ['Consultation closed; responses being analysed', 'on_track'],
    ['Survey closed; results being collated', 'on_track'],
    ['Tender closed; bids being scored', 'on_track'],
    ['Policy drafted, consultation closed, final version to Feb Board', 'on_track'],
    ['Survey closed; results to QSC in March', 'on_track'],
    ['Signed off by Exec, going to Board in Jan for ratification', 'on_track'],
    ['Approved by ELT; to Board on 12 March for sign off', 'on_track'],
    ['Draft policy signed off by Exec, awaiting ratification at Board', 'on_track'],
    ['Draft strategy approved by Board', 'on_track'],
    ['Survey completed by 120 patients', 'on_track'],
    ['Training completed by 45 staff', 'on_track'],
    ['Done - partly', 'at_risk'],
    ['Done (partly)', 'at_risk'],
    ['Implemented in part', 'at_risk'],
    // A "No" in the field a completion word heads: not done, and nothing said of whether it began.
    ['Completed: No', 'unknown'],
    ['Complete: N', 'unknown'],
  ]);
});

describe('a completion of the whole, or with only paperwork or monitoring after it, stays complete', () => {
  table([
    ['Completed', 'complete'],
    ['Complete – evidence uploaded', 'complete'],
    ['Delivered to all 60 staff', 'complete'],
    ['Delivered to 60/60 staff', 'complete'],
    ['Training completed by all 45 staff', 'complete'],
    ['Signed off at Board in Nov', 'complete'],
    ['Consultation closed and policy ratified', 'complete'],
    ['Consultation closed', 'complete'],
    ['Completed; BAU monitoring continues', 'complete'],
    ['Completed: Yes', 'complete'],
    ['Complete - no issues', 'complete'],
    ['Closed - being managed through the CQC plan', 'complete'],
    ['Strategy drafted and approved by Board', 'complete'],
    ['Draft circulated and policy approved', 'complete'],
    // Completing a draft may be the step itself ("1. Draft the plan"): only a draft approved is a step short of it.
    ['Draft plan completed.', 'complete'],
    ['Complete, going to Board in Jan for ratification', 'complete'],
    ['Agreed at QSC; awaiting ratification', 'complete'],
    ['Approved by QSC; sent to November Board', 'complete'],
  ]);
});

describe('a completion with a history note or a caveat after it stays complete (SPEC 5.1 rule 2)', () => {
  table([
    ['Complete (previously reported as delayed)', 'complete'],
    ['Completed (slipped from Oct)', 'complete'],
    ['Complete but slipped from original date', 'complete'],
    ['Closed with caveats - residual risk held on risk register', 'complete'],
    ['Completed - slipped from Oct to Nov', 'complete'],
    ['Done, although delayed by two weeks', 'complete'],
    ['Complete but was overdue', 'complete'],
    ['Closed; residual risk added to the risk register', 'complete'],
  ]);
});

describe('a slippage with a subject of its own after a completion is more of the work, and still counts', () => {
  table([
    ['Training complete; roll-out delayed to March', 'at_risk'],
    ['Policy approved; implementation delayed', 'at_risk'],
    ['Phase 1 complete; phase 2 slipped', 'at_risk'],
    ['Complete for ED; community sites delayed', 'at_risk'],
    ['Complete - but go-live deferred to April', 'at_risk'],
  ]);
});

describe('a missed deadline with no new date set yet stays off track', () => {
  table([
    ['Missed deadline - new date to be agreed', 'off_track'],
    ['Overdue - revised date TBC', 'off_track'],
    ['Missed; new deadline to be confirmed', 'off_track'],
    // A new date set re-dates the work (SPEC 5.1 rule 5); a delay is at risk either way.
    ['Deadline missed; new date agreed for March', 'at_risk'],
    ['Delayed - new date to be agreed', 'at_risk'],
  ]);
});

describe('a closure without delivery is complete however its note is joined (closed, no longer open work)', () => {
  table([
    ['Closed (not achieved)', 'complete'],
    ['Closed - not achieved', 'complete'],
    ['Closed, not met', 'complete'],
    ['Closed (not delivered)', 'complete'],
    // Only a closure: a completion word that is no closure, then denied, is not done.
    ['Delivered (not achieved)', 'off_track'],
    ['Not achieved', 'off_track'],
  ]);
});
