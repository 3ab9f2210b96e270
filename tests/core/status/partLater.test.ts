import { table } from './table';

/*
 * Round 24, from reviewers' false completes and a missed forecast:
 * - a part done, then further work of the same action planned or scheduled, is under way, whether the plan is in the
 *   same entry or a later line of the cell (Alt+Enter); so is a completion named for a subset of places;
 * - a preparatory step done ("data collection complete", "draft complete") whose paper still goes to a named meeting
 *   is under way: the action is not done until the meeting has taken it;
 * - a completion denied with a forecast of when it will come ("Not yet complete, expected by end Nov") is on track.
 * Real completions stay complete (the controls at the end).
 */

describe('further work planned after a part done, on the same line or a later one, is under way', () => {
  table([
    ['Alert live on Wards 7 and 8 from 02/11.\nTrust-wide rollout planned Q4.', 'on_track'],
    ['Alert live on Wards 7 and 8 from 02/11. Trust-wide rollout planned Q4.', 'on_track'],
    ['Live on Ward 7.\nPhase 2 to follow.', 'on_track'],
    ['Launched in ED.\nNext phase scheduled for March.', 'on_track'],
    ['Went live in ED 04/11.\nRoll-out to other areas planned for Q1.', 'on_track'],
    ['Implemented on Ward 3.\nRoll-out to remaining wards from Jan.', 'on_track'],
    ['Implemented on Ward 3. Roll-out to remaining wards from Jan.', 'on_track'],
    ['Implemented on Ward 3.\nRollout to wards 4-6 in March.', 'on_track'],
    ['Installed in theatres 1-3; installation in theatres 4-6 in Feb', 'on_track'],
    ['Pilot complete.\nNext phase scheduled for March.', 'on_track'],
    ['Phase 1 implemented.\nPhase 2 to follow.', 'on_track'],
  ]);
});

describe('a completion named for a subset of places is under way', () => {
  table([
    ['Live on Wards 7 and 8', 'on_track'],
    ['Alert live on Wards 7 and 8 from 02/11.', 'on_track'],
    ['Live on 2 wards', 'on_track'],
    ['Implemented on 3 of 8 sites', 'on_track'],
    ['Rolled out to three wards', 'on_track'],
    ['Implemented at sites A and B', 'on_track'],
  ]);
});

describe('a preparatory step done with its paper still to go to a named meeting is under way', () => {
  table([
    ['SNCT data collection complete (Oct). Paper to Dec N&M Board.', 'on_track'],
    ['SNCT data collection complete (Oct).\nPaper to Dec N&M Board.', 'on_track'],
    ['Data collection complete. Paper to December Board.', 'on_track'],
    ['Data collection complete, report to Dec QSC', 'on_track'],
    ['Analysis done; going to ELG in Feb', 'on_track'],
    ['Draft complete; for approval at QSC in Jan', 'on_track'],
    ['Draft policy completed.\nGoing to Policy Group for approval in March.', 'on_track'],
    ['Business case completed - to FIC in March for approval', 'on_track'],
    ['Gap analysis complete; report to People Committee in Jan', 'on_track'],
    ['Options appraisal finished. Paper to Trust Board in Nov', 'on_track'],
  ]);
});

describe('a completion denied with a forecast of when it will come is on track', () => {
  table([
    ['Not yet complete, expected by end Nov', 'on_track'],
    ['Not complete - expected end of Nov', 'on_track'],
    ['Not yet completed; anticipated by March', 'on_track'],
    ['Expected by end Nov', 'on_track'],
    ['Not yet completed; due to complete by end of Q3', 'on_track'],
    // A negative said beside it still rates it.
    ['Not yet complete, not expected by end Nov', 'at_risk'],
    ['Delayed - expected by end Nov', 'at_risk'],
    ['Not started; expected by end Nov', 'not_started'],
  ]);
});

describe('real completions stay complete', () => {
  table([
    ['Completed - paper approved at Dec Board', 'complete'],
    ['Data collection complete and report approved at QSC', 'complete'],
    ['Live on all wards since Oct', 'complete'],
    ['Live across the trust', 'complete'],
    ['Implemented on all 8 sites', 'complete'],
    ['Implemented on both sites', 'complete'],
    ['Rolled out to all 12 wards', 'complete'],
    ['Rolled out trust-wide', 'complete'],
    ['Delivered to 60/60 staff', 'complete'],
    ['All 4 cohorts delivered', 'complete'],
    ['Complete', 'complete'],
    ['Completed.\nNext review due March.', 'complete'],
    ['Complete - next review due December 2025', 'complete'],
    ['Complete; update to go to QSC', 'complete'],
    ['Complete. Paper to Board for noting.', 'complete'],
    ['Complete. Report to QSC in Jan for information.', 'complete'],
    ['Report complete - presented to Board Dec', 'complete'],
    ['Paper approved at Dec N&M Board', 'complete'],
    ['Training approved at FIC in March', 'complete'],
    ['Data collection complete; report presented to QSC in Nov and approved', 'complete'],
    ['Draft complete and ratified at Policy Group', 'complete'],
    ['Policy approved', 'complete'],
    ['Policy agreed at QSC', 'complete'],
    ['Closed at Care Group 02/05/26', 'complete'],
    ['Implemented', 'complete'],
    ['Implemented on Ward 3', 'complete'],
    ['Installed on Ward 12 (the only ward in scope)', 'complete'],
    ['In place since April; utilisation 81% (Aug)', 'complete'],
    ['Complete (previously reported as delayed)', 'complete'],
    ['Delivered (originally due Sept, deferred to Dec)', 'complete'],
    ['Complete; risk remains on risk register', 'complete'],
    ['Done (End of Nov)', 'complete'],
    ['Signed off', 'complete'],
    ['Completed ahead of the planned date of December', 'complete'],
    ['Training delivered.\nAudit planned Q4 to check embedded.', 'complete'],
    ['Go live complete across all wards.', 'complete'],
    ['Launched trust-wide in Oct', 'complete'],
    ['Completed in March', 'complete'],
    ['Completed 31/10', 'complete'],
    ['Expected to complete by March.\nCompleted 28/02.', 'complete'],
    ['Not yet complete, expected by end Nov.\nNow complete.', 'complete'],
    ['Phase 1 complete.\nPhase 2 complete. Action closed.', 'complete'],
    ['Rolled out to 4 wards in scope - all complete', 'complete'],
    // Near misses of the new rules.
    ['Closed on 2 wards', 'complete'],
    ['Live on both wards', 'complete'],
    ['Implemented in 2 phases', 'complete'],
    ['Completed in 2 weeks', 'complete'],
    ['Complete.\nHandover to BAU team from April.', 'complete'],
    ['Data collection complete. Paper to Board for information.', 'complete'],
    ['Data collection complete; report presented to Dec QSC.', 'complete'],
    ['Draft complete and approved at Dec Board', 'complete'],
    ['Complete; paper to Dec N&M Board', 'complete'],
    ['Audit complete; results to QSC in Jan', 'complete'],
    ['Analysis complete, changes to address Board feedback', 'complete'],
    ['Completed.\nPaper to Board for noting in Jan.', 'complete'],
    ['Delivered as expected in March', 'complete'],
  ]);
});

describe('a date named after a forecast word is not a forecast without a lead', () => {
  table([
    ['Forecast end date', 'unknown'],
    ['Baseline Dec 24, forecast Mar 25', 'unknown'],
    ['Expected by the team', 'unknown'],
  ]);
});
