import { table } from './table';

/*
 * Round 8: a step done with the work it lets go ahead still open read complete, dropping the
 * action out of a board's exceptions. Waiting on someone after a step is at risk; a later stage set
 * at a time after a stage done is work going on. Their neighbours that must not move are pinned too.
 */

describe('a wait after a step done (an approval, a plan in place) holds up the work: at risk', () => {
  table([
    ['Decant plan approved; awaiting national funding', 'at_risk'],
    ['Business case approved; awaiting funding', 'at_risk'],
    ['Business case approved; funding awaited', 'at_risk'],
    ['Plan agreed; awaiting sign-off from ICB', 'at_risk'],
    // Waiting outranks a stage set for later: the stage cannot start until the wait ends.
    ['Plan approved; awaiting funding; roll-out from April', 'at_risk'],
  ]);
});

describe('a wait only for closing paperwork, after the action closed, or no longer a wait stays complete', () => {
  table([
    ['Policy approved; awaiting ratification', 'complete'],
    ['Policy approved pending ratification', 'complete'],
    ['SOP in place pending ratification', 'complete'],
    ['Decant plan approved, awaiting formal approval', 'complete'],
    ['Complete, awaiting sign-off', 'complete'],
    // A business case approved is the go-ahead for the work it makes the case for (on track, goAhead.test.ts),
    // and the step done only where the step was the business case.
    ['Business case approved; no longer awaiting funding', 'on_track'],
    ['Business case approved', 'on_track'],
  ]);
});

describe('a later stage set at a time after a stage done is work left: on track', () => {
  table([
    ['Build complete; testing in Dec', 'on_track'],
    ['Build complete; go-live in March', 'on_track'],
    ['Build complete; roll-out from Jan', 'on_track'],
    ['Build complete; training w/c 4 Nov', 'on_track'],
    ['Build complete; user acceptance testing next week', 'on_track'],
    ['Training complete; go live on 1 April', 'on_track'],
    ['Phase 1 complete; phase 2 from April', 'on_track'],
    ['Build complete.\nTesting in Dec', 'on_track'],
  ]);
});

describe('a routine check, a past stage or a stage only mentioned after a completion stays complete', () => {
  table([
    ['Complete; next review due 2026', 'complete'],
    ['Complete; audit in 12 months to confirm embedded', 'complete'],
    ['Complete; re-audit in March', 'complete'],
    ['Complete; training refresh from Jan', 'complete'],
    ['Complete; annual training from Jan', 'complete'],
    ['Build complete; testing in Dec was successful', 'complete'],
    ['Complete; 95% compliance with training in March', 'complete'],
    ['Complete; pilot in March', 'complete'],
    ['Training complete in March', 'complete'],
    ['Completed; presented at Board in March', 'complete'],
  ]);
});
