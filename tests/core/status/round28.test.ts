import { table } from './table';

/*
 * Round 28, from a fresh reviewer's misreads. Each finding is read as a pattern, with variants of our own and
 * non-examples that must keep their class.
 */

describe('1: an approval with its go-live or roll-out still to come is under way', () => {
  table([
    ['Rota redesign agreed at Divisional Board 18/11/26. New rota goes live with Feb rotation.', 'on_track'],
    ['Policy approved. Goes live 1 March.', 'on_track'],
    ['SOP agreed at QSC; goes live in January', 'on_track'],
    ['Pathway signed off 02/11. Going live from April.', 'on_track'],
    ['Model agreed at ELT. New model rolls out from January.', 'on_track'],
    ['Approved at Board. Launches with the April cohort.', 'on_track'],
    ['Training complete; new rota goes live with Feb rotation', 'on_track'],
    ['Policy approved; rolls out from January', 'on_track'],
    // Already right, and still.
    ['Business case approved at F&P 12/11. Implementation from April.', 'on_track'],
    ['Policy ratified at QSC; launch planned for January', 'on_track'],
    // A go-live in the past is done, and a go-live alone is no approval reopened.
    ['Policy approved. Went live 1 March.', 'complete'],
    ['Rota agreed at Board; went live with Feb rotation', 'complete'],
    ['Now live', 'complete'],
  ]);
});

describe('2: a first phase done with a later one named and not done is under way', () => {
  table([
    ['Phase 1 launched 09/11/26. Phase 2 creative signed off.', 'on_track'],
    ['Phase 1 complete. Phase 2 design signed off.', 'on_track'],
    ['Phase 2: creative signed off', 'on_track'],
    ['Phase 1 went live', 'on_track'],
    ['Wave 1 live; wave 2 from March', 'on_track'],
    ['Phase 1 live; phase 2 from March', 'on_track'],
    ['Stage 1 complete, stage 2 design agreed', 'on_track'],
    ['Tranche 1 delivered. Tranche 2 specification approved.', 'on_track'],
    ['Wave 1 complete; wave 2 from March', 'on_track'],
    // The later stage itself done, or every stage, is done.
    ['Phase 2 complete - all phases now live', 'complete'],
    ['Phase 1 launched. Phase 2 complete.', 'complete'],
    ['Phase 1 complete. Phase 2 implementation completed.', 'complete'],
    ['Phase 2 now live - all phases complete', 'complete'],
    ['Phase 3: all actions complete', 'complete'],
  ]);
});

describe('3: work going through governance, a forecast, a paper going to a meeting, a kick-off booked', () => {
  table([
    ['SOP written, going through governance', 'on_track'],
    ['Policy drafted - going through the governance process', 'on_track'],
    ['Going through governance', 'on_track'],
    ['Guideline going through approvals', 'on_track'],
    // A forecast of the end: the date decides; a hedge names no risk, so "hopefully" is a forecast too.
    ['Should be complete by end Jan', 'on_track'],
    ['Should be completed by March', 'on_track'],
    ['Should complete by Q4', 'on_track'],
    ['Hopefully complete by March', 'on_track'],
    ['Hope to complete by end of December', 'on_track'],
    ['Likely to be complete by March', 'on_track'],
    // A past duty or a hedge with no time is no forecast; a doubt still is a doubt, "unlikely" a miss foreseen.
    ['Should have been completed by Dec', 'off_track'],
    ['Unlikely to complete by March', 'off_track'],
    ['May not complete by March', 'at_risk'],
    ['Should be complete', 'unknown'],
    ['All staff should complete training by March', 'unknown'],
    // A paper submitted for a decision, or on its way to a meeting, waits for the meeting.
    ['QIA submitted', 'on_track'],
    ['EQIA submitted', 'on_track'],
    ['Business case submitted', 'on_track'],
    ['Bid submitted 03/11', 'on_track'],
    ['Submitted for approval', 'on_track'],
    ['Bus case to F&P Jan', 'on_track'],
    ['Business case to F&P in Jan', 'on_track'],
    ['Paper to Board in January', 'on_track'],
    ['Business case going to FPC in Feb', 'on_track'],
    ['Proposal to ELT 12/01', 'on_track'],
    ['Paper to go to QSC in March for approval', 'on_track'],
    ['Business case submitted to ICB', 'on_track'],
    ['Proposal to reduce beds', 'unknown'],
    ['Report to Board in January', 'unknown'],
    ['QIA submitted and approved', 'complete'],
    ['Report submitted', 'unknown'],
    ['Evidence submitted', 'complete'],
    ['Paper submitted to Board for noting', 'complete'],
    // A business case approved lets the work begin (a go-ahead, round 12).
    ['Business case approved at F&P', 'on_track'],
    ['Paper to Board for noting', 'unknown'],
    // A kick-off booked: the work's start is to come, as "Planned for Q4" is (round 27), so not started.
    ['Kick-off meeting booked for 15/01', 'not_started'],
    ['Kick off meeting scheduled for 15 Jan', 'not_started'],
    ['Kick-off booked 12/02', 'not_started'],
    ['Project initiation meeting arranged for January', 'not_started'],
    ['Kick off planned for January', 'not_started'],
    ['Kick-off meeting held 15/01', 'complete'],
    ['Kick-off meeting booked', 'unknown'],
    ['Kick-off meeting booked for 15/01 - delayed', 'at_risk'],
  ]);
});

describe('4: a scope removed closes the action, as cancelled and withdrawn do', () => {
  table([
    ['Descoped', 'complete'],
    ['De-scoped', 'complete'],
    ['Removed from scope', 'complete'],
    ['Descoped.', 'complete'],
    ['Action descoped', 'complete'],
    ['Descoped by Audit Committee', 'complete'],
    ['Taken out of scope', 'complete'],
    ['No longer in scope', 'complete'],
    ['Descoped (see minutes)', 'complete'],
    ['Cancelled', 'complete'],
    ['Withdrawn', 'complete'],
    ['No longer required', 'complete'],
    ['Descoped - agreed at Board', 'complete'],
    // A part taken out of scope leaves the rest.
    ['Part descoped; rest on track', 'on_track'],
    ['Ward 7 removed from scope; rest on track', 'on_track'],
    ['Part removed from scope', 'unknown'],
  ]);
});

describe('5: a gap named in the rota is at risk; a rota not yet agreed alone says nothing of how it goes', () => {
  table([
    ['Weekend rota not agreed - 3 shifts uncovered.', 'at_risk'],
    ['3 shifts uncovered', 'at_risk'],
    ['Rota drafted; 2 shifts unfilled', 'at_risk'],
    ['Gaps in the rota over Christmas', 'at_risk'],
    ['Night rota agreed but 4 uncovered shifts', 'at_risk'],
    ['No shifts uncovered', 'on_track'],
    // Not yet agreed: a step still to take, the dates decide (as "Not signed off at QSC" is, round 27).
    ['Rota for weekend cover not yet agreed.', 'unknown'],
    ['Weekend rota not agreed', 'unknown'],
  ]);
});
