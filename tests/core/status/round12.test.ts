import { table } from './table';

/*
 * Round 12: a check's result read as a share of the work, a deadline read as a closure, a paper going
 * for closure and recruitment or roll-out counts left unread. A false Complete hides an open action
 * (SPEC 5.1), so each rule reads complete only on the wording of work done.
 */

describe('a figure naming what it measures after a completed check is the check\'s result', () => {
  table([
    ['Audit complete - 98% compliance', 'complete'],
    ['Re-audit complete: 85% compliance', 'complete'],
    ['Survey completed - 64% response rate', 'complete'],
    // The figure is the audit's result, but a baseline is the first audit of a series, so work on the way (remaining.test.ts).
    ['Baseline audit completed: 72% compliance', 'on_track'],
    ['Patient survey complete - 81% would recommend', 'complete'],
    ['Peer review complete - 90% adherence', 'complete'],
  ]);
  // Still shares, as before (round 6, 11): "Training 98% complete", "Audit complete (98%)".
});

describe('"by" and a date after a completion word is a deadline, not a closure', () => {
  table([
    ['Closed by 31 March', 'unknown'],
    ['Completed by end of Q3', 'unknown'],
    ['Signed off by 30 June', 'unknown'],
    ['Implemented by end of March', 'unknown'],
    ['Delivered by Q4', 'unknown'],
    ['Approved by 31 March', 'unknown'],
  ]);
  // Dated as when it happened, or "by" the body, stays closed: "Closed 3 March", "Closed by ARC on 3 March".
});

describe('a paper going to the body that will close the action is work under way', () => {
  table([
    ['Paper to ARC for closure in March', 'on_track'],
    ['Paper to ARC for closure', 'on_track'],
    ['Paper going to Audit Committee for closure in May', 'on_track'],
    ['Report going to ARC on 12 March for closure', 'on_track'],
    ['Evidence to be presented to ARC for closure', 'on_track'],
    ['Paper to QSC to close the action in April', 'on_track'],
  ]);
  // A paper that went proposes closure (SPEC 4): "Submitted to ARC for closure" stays complete.
});

describe('done-words of a step with part left are work under way', () => {
  table([
    ['Recruited to 3 of 4 posts', 'on_track'],
    ['Appointed to 2 of 3 roles', 'on_track'],
    ['Installed in 12 of 20 bays', 'on_track'],
    ['Screens installed on 3 of 6 wards', 'on_track'],
    ['Issued to 4 of 10 practices', 'on_track'],
    ['Posts appointed to, start dates Jan and Feb', 'on_track'],
    ['Recruited - start date 1 April', 'on_track'],
    ['Guidance issued; compliance audit to follow', 'on_track'],
    ['Guidance issued, training to follow', 'on_track'],
    ['Training package developed, roll-out next phase', 'on_track'],
    ['Developed; implementation from April', 'on_track'],
  ]);
  // Alone an issue or install is done, as "Delivered" is; recruitment alone stays unread (round 6).
  table([
    ['Installed', 'complete'],
    ['Policy issued', 'complete'],
  ]);
});
